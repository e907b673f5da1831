import Foundation
import HemimatchTestSupport
import Knowledge
import Profile
import Run
import Testing

/// A file to a report on `TestData/fixture-kb` (KRAS codon 12 → D, codon 61 → E): the groups, rules
/// and citations in the report are the knowledge base's, not the trial's.
@Suite struct FixtureRunTests {
    static let knowledgeBase = try! KnowledgeBase(directory: Repository.fixtureKnowledgeBaseFolder)

    /// Two tumors: one with KRAS G12D (unannotated: the fixture's hotspot table), one with KRAS
    /// Q61H and G13D (annotated); NRAS Q61R in both, a gene the fixture does not name.
    static let vcf = """
        ##fileformat=VCFv4.2
        ##contig=<ID=chr1,length=248956422>
        ##contig=<ID=chr12,length=133275309>
        ##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp|CANONICAL">
        ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
        ##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">
        #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tONE\tTWO
        chr1\t114713908\t.\tT\tC\t50\tPASS\tCSQ=C|missense_variant|NRAS|ENST00000369535.5|c.182A>G|p.Gln61Arg|YES\tGT:AD\t0/1:30,12\t0/1:30,12
        chr12\t25227341\t.\tT\tG\t60\tPASS\tCSQ=G|missense_variant|KRAS|ENST00000311936.8|c.183A>C|p.Gln61His|YES\tGT:AD\t0/0:40,0\t0/1:40,20
        chr12\t25245347\t.\tC\tT\t60\tPASS\tCSQ=T|missense_variant|KRAS|ENST00000311936.8|c.38G>A|p.Gly13Asp|YES\tGT:AD\t0/0:40,0\t0/1:40,20
        chr12\t25245350\t.\tC\tT\t60\tPASS\t.\tGT:AD\t0/1:40,25\t0/0:38,0

        """

    @Test func groupsRulesAndSourcesComeFromTheKnowledgeBase() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("fixture.vcf").path
        try Data(Self.vcf.utf8).write(to: URL(fileURLWithPath: input))
        let report = try FileRun(knowledgeBase: Self.knowledgeBase, options: RunOptions()).report(input: input, threads: 1)
        #expect(report.run.knowledgeBaseVersion == "fixture-1")
        #expect(report.run.trialGroups == ["A", "D", "E"])
        #expect(report.samples.map(\.sample) == ["ONE", "TWO"])
        let one = try #require(report.samples.first), two = try #require(report.samples.last)
        #expect(one.alterations.map { "\($0.gene) \($0.alteration) \($0.ruleID) \($0.groups)" } == ["KRAS p.G12D FIX-D-KRAS-G12 [\"D\"]"])
        #expect(one.candidateGroups == ["D"])
        #expect(one.suggestedGroup == "D")
        #expect(two.alterations.map { "\($0.gene) \($0.alteration) \($0.ruleID)" } == ["KRAS p.Q61H FIX-E-KRAS-Q61"])
        #expect(two.candidateGroups == ["E"])
        #expect(two.suggestedGroup == "E")
        #expect(
            one.alterations.first?.sources == [
                Citation(id: "FIXTURE", citation: "A made-up source for the engine tests", url: "https://example.org/fixture")
            ])
    }

    @Test func theReportSchemaTakesTheFixturesGroupE() throws {
        let schema = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Repository.root.appendingPathComponent("Schema/hemimatch-report.schema.json")))
        // The group fields, wherever they stand: their own or their items' pattern (an enum of letters would fail here).
        var patterns: [String: String] = [:]
        func walk(_ node: Any) {
            guard let object = node as? [String: Any] else {
                (node as? [Any])?.forEach(walk)
                return
            }
            for (name, value) in object {
                if ["group", "groups", "candidate_groups", "excluded_groups", "suggested_group"].contains(name), let field = value as? [String: Any] {
                    let items = field["items"] as? [String: Any]
                    patterns[name] = (field["pattern"] ?? items?["pattern"]) as? String ?? "(none)"
                }
                walk(value)
            }
        }
        walk(schema)
        #expect(
            patterns == [
                "group": "^[A-Z]$", "groups": "^[A-Z]$", "candidate_groups": "^[A-Z]$", "excluded_groups": "^[A-Z]$",
                "suggested_group": "^([A-Z]|review|incomplete|none)$",
            ])
        for pattern in patterns.values {
            #expect("E".wholeMatch(of: try Regex(String(pattern.dropFirst().dropLast()))) != nil, "\(pattern)")
        }
    }
}

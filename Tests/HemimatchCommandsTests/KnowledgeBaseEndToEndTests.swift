import Foundation
import HemimatchTestSupport
import Testing

/// The shipped knowledge base through the command line (run in process): every hotspot allele is found in both builds,
/// and `hemimatch kb` lists, shows and validates.
@Suite struct KnowledgeBaseEndToEndTests {
    private static let reference = Hemimatch.repositoryRoot.appendingPathComponent("Reference")

    /// Rows of a knowledge-base TSV file as dictionaries, read independently of the Knowledge module.
    private static func table(_ name: String) throws -> [[String: String]] {
        let lines = try String(contentsOf: reference.appendingPathComponent(name), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
        let header = lines[0].components(separatedBy: "\t")
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0.components(separatedBy: "\t"))) }
    }

    /// What a correct matcher must report for a single-residue missense allele: every (gene, change, group)
    /// of a qualifying rule whose codon list, codon window or exact change covers it.
    private static func expectedTriples(gene: String, protein: String, rules: [[String: String]]) -> Set<String> {
        let residue = protein.dropFirst(2).prefix(1)
        let position = Int(protein.dropFirst(3).prefix { $0.isNumber })!
        func covers(_ rule: [String: String]) -> Bool {
            let target = rule["target"]!
            switch rule["kind"] {
            case "missense_codon": return target.components(separatedBy: ",").contains("\(residue)\(position)")
            case "missense_range":
                let bounds = target.components(separatedBy: "-").compactMap { Int($0) }
                return (bounds[0]...bounds[1]).contains(position)
            case "protein_change": return target.components(separatedBy: ",").contains(protein)
            case "protein_altering": return true
            default: return false
            }
        }
        // An allele that meets an exclusion is listed only as the exclusion (issue 20).
        if rules.contains(where: { $0["gene"] == gene && $0["role"] == "excludes" && covers($0) }) { return [] }
        var triples = Set<String>()
        for rule in rules where rule["gene"] == gene && rule["role"] == "qualifies" && covers(rule) {
            for group in rule["groups"]!.components(separatedBy: ",") { triples.insert("\(gene) \(protein) \(group)") }
        }
        return triples
    }

    @Test(arguments: ["GRCh37", "GRCh38"])
    func everyHotspotAlleleIsMatchedInEachBuild(build: String) throws {
        let alleles = try Self.table("hotspot_alleles.tsv")
        let rules = try Self.table("rules.tsv")
        let lengths = try Self.table("genome_builds.tsv").filter { $0["build"] == build }
        let prefix = build == "GRCh38" ? "chr" : ""
        let key = build.lowercased()
        let order = lengths.map { $0["contig"]! }
        let records = alleles.sorted {
            (order.firstIndex(of: $0["\(key)_chrom"]!)!, Int($0["\(key)_pos"]!)!) < (
                order.firstIndex(of: $1["\(key)_chrom"]!)!, Int($1["\(key)_pos"]!)!
            )
        }
        var text = "##fileformat=VCFv4.2\n"
        text += lengths.map { "##contig=<ID=\(prefix)\($0["contig"]!),length=\($0["length"]!)>\n" }.joined()
        text += "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
        text += records.map { "\(prefix)\($0["\(key)_chrom"]!)\t\($0["\(key)_pos"]!)\t.\t\($0["ref"]!)\t\($0["alt"]!)\t.\tPASS\t.\n" }.joined()
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("hotspots.\(build).vcf")
        try text.write(to: path, atomically: true, encoding: .utf8)

        let result = try Hemimatch.run([path.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try ReportJSON.decode(result.stdout)
        #expect(report.run.genome_build == build)
        let sample = try #require(report.samples.first)
        let found = Set(sample.alterations.flatMap { alteration in alteration.groups.map { "\(alteration.gene) \(alteration.alteration) \($0)" } })
        let expected = alleles.reduce(into: Set<String>()) {
            $0.formUnion(Self.expectedTriples(gene: $1["gene"]!, protein: $1["protein"]!, rules: rules))
        }
        #expect(expected.count > 150, "most DoCM alleles of panel genes meet a rule")
        #expect(found.subtracting(expected).sorted() == [], "matched but not expected")
        #expect(expected.subtracting(found).sorted() == [], "expected but missed")
        // The table holds the exclusion alleles too (since KB 0.3.0): without annotation they bar C (BCL2 also B).
        #expect(Set(sample.exclusions.map(\.gene)) == ["BCL2", "JAK1", "JAK2"])
        #expect(sample.excluded_groups == ["C"])
        #expect(sample.candidate_groups == ["D"])
    }

    @Test func validateAcceptsTheShippedKnowledgeBase() throws {
        let result = try Hemimatch.run(["kb", "validate"])
        #expect(result.status == 0)
        #expect(result.text.hasPrefix("knowledge base 0.8.2 is valid: 62 rules (qualifying per group: B 8, C 26, D 22; exclusions 3; advisory 3;"))
        #expect(result.text.contains(", 305 hotspot alleles, 2 common polymorphisms (never alterations), "))
    }

    @Test func showListsThePolymorphismsInsideARule() throws {
        let rule = try Hemimatch.run(["kb", "show", "C-IL7R-TM-MISSENSE"]).text.split(separator: "\n").map(String.init)
        let heading = try #require(rule.firstIndex(of: "common polymorphisms inside the rule (never alterations; polymorphisms.tsv)"))
        #expect(rule[heading + 1] == "  IL7R p.T244I (rs6897932) NM_002185.5:c.731C>T, population frequency 0.25 (approximate)")
    }

    @Test(arguments: [
        ("rules.tsv", "D-KRAS-HOTSPOT\tKRAS\t", "D-KRAS-HOTSPOT\tKRASS\t", "field gene: unknown gene 'KRASS'"),
        ("rules.tsv", "D-NRAS-HOTSPOT\t", "D-KRAS-HOTSPOT\t", "field rule_id: duplicate rule id 'D-KRAS-HOTSPOT'"),
        (
            "rules.tsv", "named\tyes\tNCT05658640;CHANG2018;DOCM2016;IRVING2014\tKRAS named", "named\tyes\t\tKRAS named",
            "field source_ids: names no source"
        ),
        (
            "polymorphisms.tsv", "JAK3\tp.V722I\tNM_000215.4:c.2164G>A\trs3213409\t19\t17945696\t19\t17834887\tC\tT",
            "JAK3\tp.A572V\tNM_000215.4:c.1715C>T\trs3213409\t19\t17948009\t19\t17837200\tG\tA",
            "field protein: JAK3 p.A572V is also a hotspot allele (JAK3 p.A572V in hotspot_alleles.tsv)"
        ),
        (
            "hotspot_alleles.tsv", "12\t25398284\t12\t25245350", "12\t25398284\t12\t25245353",
            "field grch38_pos: p.G12V names codon 12, but GRCh38 12:25245353 is c.32, codon 11, of NM_004985"
        ),
    ])
    func validateRejectsBrokenFiles(file: String, original: String, broken: String, message: String) throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("kb")
        try FileManager.default.copyItem(at: Self.reference, to: copy)
        let target = copy.appendingPathComponent(file)
        let text = try String(contentsOf: target, encoding: .utf8)
        let range = try #require(text.range(of: original), "fixture text not found in \(file)")
        try text.replacingCharacters(in: range, with: broken).write(to: target, atomically: true, encoding: .utf8)
        let result = try Hemimatch.run(["kb", "validate", target.path])
        #expect(result.status == 78)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("\(target.path) line "), "names the file and line: \(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func listAndShow() throws {
        let list = try Hemimatch.run(["kb", "list"])
        #expect(list.status == 0)
        let lines = list.text.split(separator: "\n")
        #expect(lines.first == "knowledge base 0.8.2: 62 rules")
        #expect(lines.count == 64, "title, header and one line per rule")
        let rule = try Hemimatch.run(["kb", "show", "B-BCR-ABL1"]).text
        #expect(rule.contains("evidence   flagged"))
        #expect(rule.contains("NCT05751044: HEM-iSMART sub-protocol B"))
        let gene = try Hemimatch.run(["kb", "show", "KRAS"]).text
        #expect(gene.contains("GRCh37     12:25357723-25403870\nGRCh38     12:25204789-25250936"))
        #expect(gene.contains("D-KRAS-HOTSPOT  qualifies D  missense_codon G12,G13,L19,Q22,A59,G60,Q61,K117,A146"))
        let codons = try Hemimatch.run(["kb", "show", "D-KRAS-HOTSPOT"]).text
        #expect(codons.contains("G12   12:25398283-25398285  12:25245349-25245351"))
        let unknown = try Hemimatch.run(["kb", "show", "NOPE"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "hemimatch: 'NOPE' is neither a gene, a rule id nor a group of knowledge base 0.8.2\n")
    }
}

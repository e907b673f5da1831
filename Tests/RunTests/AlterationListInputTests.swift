import Foundation
import HemimatchTestSupport
import Profile
import Run
import Testing

/// A lab's alteration list, as the input and beside a VCF: each row checked against the MANE model,
/// matched by the rules every other route uses, given to exactly the sample it names, its file and
/// line named; the screen says what a list can show.
@Suite struct AlterationListInputTests {
    private func report(_ input: String, _ configure: (inout RunOptions) -> Void = { _ in }) throws(RunError) -> MatchReport {
        var options = RunOptions()
        configure(&options)
        return try FileRun(knowledgeBase: shippedKnowledgeBase, options: options).report(input: input, threads: 1)
    }

    private static func found(_ profile: SampleProfile?) -> [String] {
        (profile?.alterations ?? []).map { "\($0.gene) \($0.alteration) \($0.groups.joined(separator: ",")) \($0.ruleID)" }
    }

    @Test func theFixtureListGivesEachSampleItsOwnRowsByTheSameRules() throws {
        let report = try report(Repository.testData("lab_alterations.tsv"))
        let samples = Dictionary(uniqueKeysWithValues: report.samples.map { ($0.sample, $0) })
        #expect(report.samples.map(\.sample) == ["REL-01", "REL-02", "REL-03", "REL-04"])
        #expect(Self.found(samples["REL-01"]) == ["KRAS p.G12D D D-KRAS-HOTSPOT", "NF1 deletion (copy number not given) D D-NF1-DELETION"])
        #expect(Self.found(samples["REL-02"]) == ["ABL1 ETV6::ABL1 B B-ABL1-FUSION"])
        #expect(Self.found(samples["REL-03"]) == ["JAK2 p.R683G C C-JAK2-DOMAINS"])
        #expect(Self.found(samples["REL-04"]) == ["FLT3 ITD D D-FLT3-ITD", "ABL1 amplification B B-ABL1-AMPLIFICATION"])
        #expect(samples.mapValues(\.suggestedGroup) == ["REL-01": "D", "REL-02": "B", "REL-03": "C", "REL-04": "review"])
        // The evidence names the file and line; the list's VAF is the record's.
        let kras = try #require(samples["REL-01"]?.alterations.first)
        #expect(kras.records.map(\.variant) == ["lab_alterations.tsv line 3"])
        #expect(kras.maxVAF == 0.31)
        #expect(
            kras.basis
                == "lab_alterations.tsv line 3: p.G12D as the lab reported it, on MANE NM_004985.5 (reference residue G12 as in rule D-KRAS-HOTSPOT)")
        // IL7R T244I is the polymorphism table's: never an alteration, said by a flag.
        #expect(samples["REL-03"]?.flags.map(\.code.rawValue).contains("common-polymorphism") == true)
        #expect(report.run.inputs.first?.format == "alteration list" && report.run.inputs.count == 1)
        #expect(report.run.genomeBuildBasis == .alterationList && report.run.genomeBuild == .grch38)
        #expect(
            report.run.warnings == [
                "alteration list rows naming genes the knowledge base has no MANE model of were neither checked nor matched, "
                    + "as no rule names them: TP53 (lab_alterations.tsv line 6)"
            ])
    }

    @Test func theScreenSaysWhatAListCanShow() throws {
        let report = try report(Repository.testData("lab_alterations.tsv"))
        let screens = Dictionary(uniqueKeysWithValues: report.samples.map { ($0.sample, $0.screen) })
        let rel01 = try #require(screens["REL-01"] ?? nil)
        #expect(rel01.smallVariants.status == .partial)
        #expect(rel01.smallVariants.basis.contains("the changes the lab reported, not what it looked at"))
        #expect(
            rel01.smallVariants.basis.contains("an inherited polymorphism is recognised only where the knowledge base's polymorphism table names it"))
        #expect(rel01.rearrangements.status == .notAssessed, "REL-01's rows report no fusion")
        #expect(rel01.copyNumber.status == .partial)
        let rel02 = try #require(screens["REL-02"] ?? nil)
        #expect(rel02.rearrangements.status == .partial && rel02.copyNumber.status == .notAssessed)
        #expect(rel02.missing == [.smallVariants, .rearrangements, .copyNumber])
    }

    @Test func besideAVCFRowsReachOnlyTheSampleTheyName() throws {
        let folder = try TemporaryDirectory()
        let list = try folder.write("lab.tsv", "sample\tgene\talteration\nTUMOR\tNF1\tdeletion\nTUMOR\tBCR\tBCR::ABL1\n")
        let beside = try report(Repository.testData("tumor_normal.grch38.vcf")) { $0.alterationLists = [list] }
        #expect(beside.samples.map(\.sample) == ["TUMOR"])
        #expect(
            Self.found(beside.samples.first) == [
                "JAK2 p.R683G C C-JAK2-DOMAINS", "KRAS p.G12D D D-KRAS-HOTSPOT", "FLT3 ITD D D-FLT3-ITD",
                "ABL1 BCR::ABL1 B B-BCR-ABL1", "NF1 deletion (copy number not given) D D-NF1-DELETION",
            ])
        #expect(beside.run.inputs.map(\.role) == [.variants, .alterations])
        // A list naming a sample the VCF lacks beside one it has is refused (exit 64), never guessed; mapped, it is read.
        let other = try folder.write("other.tsv", "sample\tgene\talteration\nTUMOR\tNF1\tdeletion\nREL-9\tKRAS\tG12D\n")
        #expect(throws: RunError.self) {
            _ = try report(Repository.testData("tumor_normal.grch38.vcf")) { $0.alterationLists = [other] }
        }
        let mapped = try report(Repository.testData("tumor_normal.grch38.vcf")) {
            $0.alterationLists = [other]
            $0.tableSamples = ["REL-9": "TUMOR"]
        }
        #expect(
            mapped.samples.first?.alterations.filter { $0.records.contains { $0.variant == "other.tsv line 3" } }.map(\.ruleID) == ["D-KRAS-HOTSPOT"])
    }

    @Test(arguments: [
        (
            "sample\tgene\talteration\nS1\tKRAS\tA12D\n",
            "line 2: column alteration 'A12D' names A at codon 12, but MANE NM_004985.5 has G there (rule D-KRAS-HOTSPOT)"
        ),
        (
            "sample\tgene\talteration\ttranscript\nS1\tKRAS\tG12D\tNM_033360.4\n",
            "line 2: column transcript 'NM_033360.4' is not KRAS's MANE Select transcript (NM_004985.5, ENST00000311936.8): residue numbers on another isoform may differ; write the change on MANE"
        ),
        (
            "sample\tgene\talteration\nS1\tKRAS\tp.G912D\n",
            "line 2: column alteration 'p.G912D' names residue 912 of KRAS, whose MANE protein (NM_004985.5) has 188 residues"
        ),
        (
            "sample\tgene\talteration\nS1\tKRAS\tc.35G>A\n",
            "line 2: column alteration 'c.35G>A' is not a protein change (p.G12D), a fusion (GENE1::GENE2), ITD, deletion or amplification"
        ),
        ("Sample\tGene\tAlteration\tVAF\nS1\tKRAS\tG12D\t31\n", "line 2: column vaf '31' is not a fraction from 0 to 1 (a percent? write 0.31)"),
        ("sample\tgene\talteration\nS1\tKRAS\tETV6::ABL1\n", "line 2: column gene 'KRAS' is neither partner of the fusion ETV6::ABL1"),
    ])
    func aRowThatContradictsMANEOrIsMalformedRefusesTheListNamingLineAndColumn(list: String, problem: String) throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("list.tsv", list)
        do {
            _ = try report(path)
            Issue.record("the list was read")
        } catch {
            #expect(error.kind == .invalidInput)
            #expect(error.message == "\(path) \(problem)")
        }
    }
}

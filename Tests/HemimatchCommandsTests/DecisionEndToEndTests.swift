import Foundation
import HemimatchTestSupport
import Testing

/// The group decision through the command line (run in process): one group, several (board review, ranked), exclusions,
/// group A, and the flags a person must look at; every output format.
@Suite struct DecisionEndToEndTests {
    /// A GRCh38 tumor-only VCF with VEP CSQ: rows of (chrom, pos, ref, alt, CSQ entry, AD).
    private static func vcf(_ rows: [(String, Int, String, String, String?, String)]) -> String {
        var text = """
            ##fileformat=VCFv4.2
            ##contig=<ID=chr9,length=138394717>
            ##contig=<ID=chr12,length=133275309>
            ##contig=<ID=chr18,length=80373285>
            ##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp|CANONICAL">
            ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
            ##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">
            #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR

            """
        for (chrom, pos, ref, alt, csq, ad) in rows {
            text += "\(chrom)\t\(pos)\t.\t\(ref)\t\(alt)\t.\tPASS\t\(csq.map { "CSQ=\($0)" } ?? ".")\tGT:AD\t0/1:\(ad)\n"
        }
        return text
    }

    private static let krasG12D = ("chr12", 25_245_350, "C", "T", "T|missense_variant|KRAS|ENST00000311936.8|c.35G>A|p.Gly12Asp|YES", "52,48")
    private static let jak2R683G = ("chr9", 5_078_360, "A", "G", "G|missense_variant|JAK2|ENST00000381652.4|c.2047A>G|p.Arg683Gly|YES", "70,30")
    private static let bcl2G101V = ("chr18", 63_318_000, "C", "A", "A|missense_variant|BCL2|ENST00000333681.5|c.302G>T|p.Gly101Val|YES", "60,40")

    private func run(
        _ rows: [(String, Int, String, String, String?, String)], fusions: [String] = [],
        format: String = "json", extra: [String] = []
    ) throws -> (Hemimatch.Result, URL) {
        let folder = try Hemimatch.temporaryFolder()
        let path = folder.appendingPathComponent("tumor.vcf")
        try Self.vcf(rows).write(to: path, atomically: true, encoding: .utf8)
        var arguments = [path.path, "--format", format] + extra
        if !fusions.isEmpty {
            let list = folder.appendingPathComponent("fusions.txt")
            try (fusions.joined(separator: "\n") + "\n").write(to: list, atomically: true, encoding: .utf8)
            arguments += ["--fusions", list.path]
        }
        return (try Hemimatch.run(arguments), folder)
    }

    private func tumor(_ rows: [(String, Int, String, String, String?, String)], fusions: [String] = []) throws -> ReportJSON.Sample {
        let (result, folder) = try run(rows, fusions: fusions)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try ReportJSON.decode(result.stdout).samples.first)
    }

    @Test func oneAlterationPerGroupGivesThatGroup() throws {
        #expect(try tumor([], fusions: ["EBF1::PDGFRB"]).suggested_group == "B")
        #expect(try tumor([Self.jak2R683G]).suggested_group == "C")
        #expect(try tumor([Self.krasG12D]).suggested_group == "D")
        let nothing = try tumor([])
        #expect(nothing.suggested_group == "incomplete")
        #expect(nothing.candidate_groups == ["A"])
        #expect(nothing.candidates.isEmpty)
    }

    @Test func krasAndJak2GoToBoardReviewRankedByTheHeuristic() throws {
        let sample = try tumor([Self.jak2R683G, Self.krasG12D])
        #expect(sample.candidate_groups == ["C", "D"])
        #expect(sample.suggested_group == "review")
        // Both named in the registry text: the higher VAF (KRAS 0.48 over JAK2 0.30) ranks first.
        #expect(sample.candidates.map { "\($0.rank) \($0.group) \($0.evidence_level)" } == ["1 D named", "2 C named"])
        #expect(sample.candidates.map(\.max_vaf) == [0.48, 0.3])
        #expect(sample.candidates.first?.basis == ["KRAS p.G12D (D-KRAS-HOTSPOT)"])
    }

    @Test func bcl2G101VExcludesTheAbl1FusionsGroupB() throws {
        let sample = try tumor([Self.bcl2G101V], fusions: ["NUP214::ABL1"])
        #expect(sample.alterations.map { "\($0.gene) \($0.alteration)" } == ["ABL1 NUP214::ABL1"])
        #expect(sample.exclusions.map { "\($0.gene) \($0.alteration) \($0.groups.joined(separator: ","))" } == ["BCL2 p.G101V B,C"])
        #expect(sample.excluded_groups == ["B"])
        #expect(sample.candidate_groups == ["A"])
        // Group A's venetoclax is undermined too: never a bare letter (issue 27).
        #expect(sample.suggested_group == "review")
        #expect(
            sample.flags.map(\.code) == [
                "all-groups-excluded", "arm-not-recruiting", "resistance-change", "routes-not-assessable", "screen-incomplete",
            ])
        // Group A gives venetoclax and navitoclax too; the flag's wording is pinned once, in AssessmentTests/RegistryFlagsTests.
    }

    @Test func bcl2ExclusionLeavesOtherGroupsStanding() throws {
        let sample = try tumor([Self.bcl2G101V, Self.krasG12D])
        #expect(sample.suggested_group == "D", "BCL2 bars B and C only")
        #expect(sample.excluded_groups == [])
    }

    @Test func bcrAbl1QualifiesForBWithItsFlag() throws {
        let sample = try tumor([], fusions: ["BCR::ABL1"])
        #expect(sample.alterations.map { "\($0.alteration) \($0.rule_id)" } == ["BCR::ABL1 B-BCR-ABL1"])
        #expect(sample.suggested_group == "B")
        #expect(sample.flags.map(\.code) == ["confirm-with-board", "routes-not-assessable", "screen-incomplete"])
    }

    @Test func everyFormatCarriesTheSameDecision() throws {
        let rows = [Self.jak2R683G, Self.krasG12D]
        let (jsonl, folder1) = try run(rows, format: "jsonl")
        defer { try? FileManager.default.removeItem(at: folder1) }
        let lines = jsonl.stdout.split(separator: UInt8(ascii: "\n"))
        #expect(lines.count == 1, "one line per sample")
        let line = try ReportJSON.decode(Data(lines[0]))
        #expect(line.samples.map(\.suggested_group) == ["review"])
        #expect(
            line.samples.first?.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" }
                == ["JAK2 p.R683G C-JAK2-DOMAINS", "KRAS p.G12D D-KRAS-HOTSPOT"])

        let (tsv, folder2) = try run(rows, format: "tsv")
        defer { try? FileManager.default.removeItem(at: folder2) }
        let table = tsv.text.split(separator: "\n").map { $0.components(separatedBy: "\t") }
        #expect(
            table.first?.prefix(8) == ["sample", "suggested_group", "candidate_groups", "excluded_groups", "gene", "alteration", "groups", "rule_id"])
        #expect(
            table.dropFirst().map { "\($0[0]) \($0[1]) \($0[4]) \($0[5]) \($0[7])" }
                == ["TUMOR review JAK2 p.R683G C-JAK2-DOMAINS", "TUMOR review KRAS p.G12D D-KRAS-HOTSPOT"])
        #expect(table.allSatisfy { $0.count == table[0].count })

        let (text, folder3) = try run(rows, format: "text")
        defer { try? FileManager.default.removeItem(at: folder3) }
        #expect(text.text.contains("sample TUMOR: suggested group review (candidates: C, D)"))
        #expect(text.text.contains("board review; ranking by heuristic (evidence, then VAF): 1. D (named, VAF 0.48), 2. C (named, VAF 0.30)"))
        #expect(!text.text.contains("\u{1B}["), "no colour when standard output is not a terminal")
    }

    @Test func theOrderOfExtraFilesDoesNotChangeTheBytes() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.txt"), second = folder.appendingPathComponent("b.txt")
        try "EBF1::PDGFRB\n".write(to: first, atomically: true, encoding: .utf8)
        try "P2RY8::CRLF2\nEBF1::PDGFRB\n".write(to: second, atomically: true, encoding: .utf8)
        let vcf = Hemimatch.testData("tumor_normal.grch38.vcf")
        let one = try Hemimatch.run([vcf, "--format", "json", "--fusions", first.path, "--fusions", second.path])
        let other = try Hemimatch.run([vcf, "--format", "json", "--fusions", second.path, "--fusions", first.path, "--threads", "3"])
        #expect(one.status == 0)
        #expect(one.stdout == other.stdout)
        let tumor = try #require(try ReportJSON.decode(one.stdout).samples.first)
        #expect(tumor.alterations.first { $0.gene == "PDGFRB" }?.records.count == 2)
    }

    @Test func inputChecksumsAreTheFilesSHA256() throws {
        let vcf = Hemimatch.testData("tumor_normal.grch38.vcf")
        let result = try Hemimatch.run([vcf, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let inputs = try #require((object["run"] as? [String: Any])?["inputs"] as? [[String: Any]])
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sum = folder.appendingPathComponent("sum")
        try Hemimatch.tool("sha256sum '\(vcf)' | cut -c1-64 > '\(sum.path)'")
        let expected = try String(contentsOf: sum, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(inputs.map { $0["sha256"] as? String } == [expected])
        #expect(inputs.map { $0["role"] as? String } == ["variants"])
    }

    @Test func quietKeepsWarningsInTheReportOnly() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bad-csq.vcf")
        try Self.vcf([("chr12", 25_245_350, "C", "T", "T|missense_variant|KRAS", "50,50")]).write(to: path, atomically: true, encoding: .utf8)
        let loud = try Hemimatch.run([path.path, "--format", "json"])
        #expect(loud.stderr.contains("warning:"))
        let quiet = try Hemimatch.run([path.path, "--format", "json", "--quiet"])
        #expect(quiet.stderr.isEmpty)
        #expect(quiet.stdout == loud.stdout)
        let sample = try ReportJSON.decode(quiet.stdout).samples.first
        #expect(sample?.suggested_group == "D", "the hotspot table still finds KRAS G12D")
        #expect(sample?.flags.map(\.code).contains("unusable-records") == true, "the broken CSQ is recorded in the profile")
    }

    @Test func weakEvidenceMakesANearMissWithItsReason() throws {
        let low = ("chr12", 25_245_350, "C", "T", "T|missense_variant|KRAS|ENST00000311936.8|c.35G>A|p.Gly12Asp|YES", "990,10")
        let sample = try tumor([low])
        #expect(sample.alterations.isEmpty)
        #expect(sample.suggested_group == "incomplete")
        #expect(
            sample.flags.filter { $0.code != "routes-not-assessable" && $0.code != "arm-not-recruiting" }.map(\.message)
                == [
                    "KRAS p.G12D (D-KRAS-HOTSPOT) would qualify for D but below --min-vaf 0.02 (VAF 0.01)",
                    "no targeted group was found on an incomplete screen: rearrangements not-assessed, copy number not-assessed: could change B, C, D (see the screen's bases); another arm may still qualify",
                ])
        let (loose, folder) = try run([low], extra: ["--min-vaf", "0.005"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(loose.status == 0, "\(loose.stderr)")
        let lowered = try #require(try ReportJSON.decode(loose.stdout).samples.first)
        #expect(lowered.alterations.map { "\($0.gene) \($0.alteration)" } == ["KRAS p.G12D"], "--min-vaf 0.005 lets the VAF 0.01 allele qualify")
        #expect(lowered.suggested_group == "D")
        let thin = ("chr12", 25_245_350, "C", "T", "T|missense_variant|KRAS|ENST00000311936.8|c.35G>A|p.Gly12Asp|YES", "3,3")
        #expect(
            try tumor([thin]).flags.filter { $0.code == "filtered-near-miss" }.map(\.message)
                == ["KRAS p.G12D (D-KRAS-HOTSPOT) would qualify for D but below --min-depth 10 (depth 6)"])
    }

    /// An FLT3 insertion written too deep in intron 14 to be placed as the ITD: its flag says it was not placed.
    @Test func anUnplacedITDSaysNotPlaced() throws {
        let bases = "TTACCAAACTCTAAATTTTCTCTTGGAAACTCCCAT"
        let sample = try tumor([("chr13", 28_034_043, "A", "A" + bases, "\(bases)|inframe_insertion|FLT3|NM_004119.3|||", "30,30")])
        #expect(sample.alterations.isEmpty)
        #expect(
            sample.flags.filter { $0.code == "filtered-near-miss" }.map(\.message) == [
                "FLT3 insertion in intron 14 (D-FLT3-ITD) would qualify for D but not placed: an in-frame insertion of 36 bases in FLT3 intron 14, "
                    + "farther from coding bases than its length, is not read as an ITD; check the call"
            ])
    }

    @Test func schemaRejectsADocumentThatBreaksTheContract() throws {
        let (result, folder) = try run([Self.krasG12D])
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = String(decoding: result.stdout, as: UTF8.self).replacingOccurrences(
            of: "\"suggested_group\" : \"D\"",
            with: "\"suggested_group\" : \"d\"")
        #expect(throws: SchemaCheck.Invalid.self) { try SchemaCheck.validate(Data(broken.utf8)) }
    }
}

import Foundation
import HemimatchTestSupport
import Testing

/// Fusion tables that name their samples give each fusion to its own sample of the VCF, by name; a
/// caller's low tier is a near-miss.
@Suite struct FusionTableSamplesEndToEndTests {
    /// A GRCh38 tumor/normal VCF without any panel record.
    static let vcf =
        [
            "##fileformat=VCFv4.2", "##contig=<ID=chr9,length=138394717>", "##contig=<ID=chr22,length=50818468>",
            "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tT1\tN1",
            "chr22\t30000000\t.\tA\tC\t.\tPASS\t.\tGT\t0/1\t0/0",
        ].joined(separator: "\n") + "\n"

    private func run(table name: String, _ lines: [String], extra: [String] = []) throws -> (Hemimatch.Result, [String: [String: Any]], [String]) {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let vcf = folder.appendingPathComponent("pair.vcf"), table = folder.appendingPathComponent(name)
        try Self.vcf.write(to: vcf, atomically: true, encoding: .utf8)
        try (lines.joined(separator: "\n") + "\n").write(to: table, atomically: true, encoding: .utf8)
        let result = try Hemimatch.run([vcf.path, "--fusions", table.path, "--format", "json"] + extra)
        guard result.status == 0 else { return (result, [:], []) }
        _ = try ReportJSON.decode(result.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let samples = (json["samples"] as? [[String: Any]] ?? []).map { ($0["sample"] as? String ?? "", $0) }
        let warnings = (json["run"] as? [String: Any])?["warnings"] as? [String] ?? []
        return (result, Dictionary(uniqueKeysWithValues: samples), warnings)
    }

    private static func names(_ sample: [String: Any]?, _ key: String) -> [String] {
        (sample?[key] as? [[String: Any]] ?? []).map { "\($0["gene"] ?? "") \($0["alteration"] ?? "") \($0["rule_id"] ?? "")" }
    }

    @Test("a consolidated STAR-Fusion table naming a sample the VCF lacks: exit 64 naming it; mapped, each row reaches its own sample")
    func starFusionRowsGoToTheirSamples() throws {
        let header = "sample\t#FusionName\tJunctionReadCount\tSpanningFragCount\tSpliceType\tLeftGene\tLeftBreakpoint\tRightGene\tRightBreakpoint"
        let lines = [
            header,
            "T1\tBCR--ABL1\t26\t18\tONLY_REF_SPLICE\tBCR^ENSG00000186716\tchr22:23290413:+\tABL1^ENSG00000097007\tchr9:130854064:+",
            "RT112\tETV6--ABL1\t12\t3\tONLY_REF_SPLICE\tETV6^ENSG00000139083\tchr12:11869969:+\tABL1^ENSG00000097007\tchr9:130854064:+",
        ]
        let (refused, _, _) = try run(table: "consolidated.tsv", lines)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("consolidated.tsv: rows name sample RT112 that "), "\(refused.stderr)")
        #expect(
            refused.stderr.contains("(the table names T1, RT112; the input has T1, N1): map each with --table-sample NAME=SAMPLE"),
            "\(refused.stderr)")
        let (result, samples, _) = try run(table: "consolidated.tsv", lines, extra: ["--table-sample", "RT112=N1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.names(samples["T1"], "alterations") == ["ABL1 BCR::ABL1 B-BCR-ABL1"])
        #expect(samples["T1"]?["candidate_groups"] as? [String] == ["B"])
        #expect(Self.names(samples["N1"], "alterations") == ["ABL1 ETV6::ABL1 B-ABL1-FUSION"])
    }

    @Test("JAFFA: a HighConfidence BCR::ABL1 is the tumor's alteration, a LowConfidence one only the normal's near-miss")
    func jaffaTiers() throws {
        let header =
            "\"sample\",\"fusion genes\",\"chrom1\",\"base1\",\"strand1\",\"chrom2\",\"base2\",\"strand2\",\"gap (kb)\","
            + "\"spanning pairs\",\"spanning reads\",\"inframe\",\"aligns\",\"rearrangement\",\"contig\",\"contig break\",\"classification\",\"known\""
        let (result, samples, _) = try run(
            table: "jaffa_results.csv",
            [
                header,
                "\"T1\",\"BCR:ABL1\",\"chr22\",23290413,\"+\",\"chr9\",130854064,\"+\",Inf,\"12\",30,TRUE,TRUE,TRUE,\"T1-contig_1\",401,\"HighConfidence\",\"Yes\"",
                "\"N1\",\"BCR:ABL1\",\"chr22\",23290413,\"+\",\"chr9\",130854064,\"+\",Inf,\"0\",2,TRUE,TRUE,TRUE,\"N1-contig_9\",380,\"LowConfidence\",\"Yes\"",
            ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.names(samples["T1"], "alterations") == ["ABL1 BCR::ABL1 B-BCR-ABL1"])
        #expect(Self.names(samples["T1"], "near_misses") == [])
        #expect(Self.names(samples["N1"], "alterations") == [])
        #expect(Self.names(samples["N1"], "near_misses") == ["ABL1 BCR::ABL1 B-BCR-ABL1"])
        #expect(samples["N1"]?["candidate_groups"] as? [String] == ["A"])
        let records = (samples["N1"]?["near_misses"] as? [[String: Any]])?.first?["records"] as? [[String: Any]]
        #expect(records?.first?["filter"] as? String == "JAFFA classification LowConfidence")
    }

    @Test("a table that is no known format is refused, naming the formats tried")
    func unknownTableRefused() throws {
        let (result, _, _) = try run(table: "cells.tsv", ["cell_line\tpartner_a\tpartner_b", "RT112\tFGFR3\tTACC3"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("cells.tsv line 1: is no fusion table hemimatch reads. Formats tried: Arriba"), "\(result.stderr)")
        #expect(result.stderr.contains("but line 2 starts with 'RT112'"), "\(result.stderr)")
    }
}

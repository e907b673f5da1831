import Foundation
import HemimatchTestSupport
import Testing

/// `--regions-from-index` and `--use-index`, run in process: the index finds what streaming finds.
@Suite struct IndexEndToEndTests {
    /// Each bundled file's alterations (gene, alteration, rule) and its records: in the file, and
    /// in the panel's regions (one record of each lies outside every panel gene).
    static let expected: [(name: String, alterations: [String], records: Int, inRegions: Int)] = [
        ("tumor_normal.grch38.vcf", ["JAK2 p.R683G C-JAK2-DOMAINS", "KRAS p.G12D D-KRAS-HOTSPOT", "FLT3 ITD D-FLT3-ITD"], 6, 5),
        (
            "structural.grch38.vcf",
            [
                "PDGFRB EBF1::PDGFRB B-PDGFRB-FUSION", "JAK2 PAX5::JAK2 C-JAK2-FUSION", "ABL1 NUP214::ABL1 B-ABL1-FUSION",
                "ABL1 ETV6::ABL1 B-ABL1-FUSION", "CRLF2 P2RY8::CRLF2 C-CRLF2-REARRANGEMENT",
                "ABL1 amplification B-ABL1-AMPLIFICATION", "NF1 deletion (copy number not given) D-NF1-DELETION",
            ], 12, 11
        ),
    ]

    @Test func indexModeFindsWhatStreamingFinds() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, alterations, records, inRegions) in Self.expected {
            let gz = folder.appendingPathComponent("\(name).gz").path
            let bcf = folder.appendingPathComponent("\(name).bcf").path
            try Hemimatch.tool(
                "bcftools view -Oz -o '\(gz)' '\(Hemimatch.testData(name))' && tabix -p vcf '\(gz)' && bcftools view -Ob -o '\(bcf)' '\(gz)' && bcftools index '\(bcf)'"
            )
            for path in [gz, bcf] {
                let streamed = try ReportJSON.decode(try Hemimatch.run([path, "--format", "json"]).stdout)
                let indexed = try Hemimatch.run([path, "--format", "json", "--regions-from-index"])
                #expect(indexed.status == 0, "\(indexed.stderr)")
                let jumped = try ReportJSON.decode(indexed.stdout)
                let describe = { (report: ReportJSON) in report.samples.map { $0.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } } }
                #expect(describe(streamed) == [alterations], "\(path)")
                #expect(describe(jumped) == [alterations], "\(path)")
                #expect(streamed.run.records_read == records)
                #expect(jumped.run.records_read == inRegions)
                #expect(try Hemimatch.run([path, "--format", "json", "--use-index"]).stdout == indexed.stdout)
            }
        }
    }

    @Test func aMissingIndexIsAnErrorOnlyWhenTheIndexIsRequired() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gz = folder.appendingPathComponent("sample.vcf.gz").path
        try Hemimatch.tool("bcftools view -Oz -o '\(gz)' '\(Hemimatch.testData("tumor_normal.grch38.vcf"))'")
        let required = try Hemimatch.run([gz, "--regions-from-index"])
        #expect(required.status == 66)
        #expect(required.stderr == "hemimatch: \(gz): no index (\(gz).tbi or .csi): make one with `tabix -p vcf` or `bcftools index`\n")
        let optional = try Hemimatch.run([gz, "--use-index", "--format", "json"])
        #expect(optional.status == 0)
        #expect(try ReportJSON.decode(optional.stdout).run.records_read == 6, "streamed whole")
    }

    @Test func noChecksumLeavesTheHashOutAndNothingElse() throws {
        let vcf = Hemimatch.testData("tumor_normal.grch38.vcf")
        let hashed = try JSONSerialization.jsonObject(with: try Hemimatch.run([vcf, "--format", "json"]).stdout) as? [String: Any]
        let result = try Hemimatch.run([vcf, "--format", "json", "--no-checksum"])
        _ = try ReportJSON.decode(result.stdout)
        let plain = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        let inputs = { (report: [String: Any]?) in ((report?["run"] as? [String: Any])?["inputs"] as? [[String: Any]]) ?? [] }
        #expect((inputs(hashed).first?["sha256"] as? String)?.count == 64)
        #expect(inputs(plain).count == 1 && inputs(plain)[0]["sha256"] == nil)
        #expect((hashed?["samples"] as? [Any])?.count == 1 && (plain?["samples"] as? [Any])?.count == 1)
    }

    @Test func singleRecordTranslocationsAreWarnedAbout() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gz = folder.appendingPathComponent("sv.vcf.gz").path
        try Hemimatch.tool("bcftools view -Oz -o '\(gz)' '\(Hemimatch.testData("structural.grch38.vcf"))' && tabix -p vcf '\(gz)'")
        let result = try Hemimatch.run([gz, "--regions-from-index", "-o", "/dev/null"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("single-record translocations (INFO/CHR2"))
    }
}

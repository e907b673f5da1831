import Foundation
import HemimatchTestSupport
import Testing

/// A malformed record's one-line error names the file, the line and the field that failed (htslib's own
/// words where it has them), with exit 65 and no report (issue 30).
@Suite struct RecordErrorsEndToEndTests {
    /// A GRCh38 one-sample VCF: a KRAS record on line 8, a blank line 9, then `broken` on line 10.
    static func vcf(_ broken: String) -> String {
        [
            "##fileformat=VCFv4.2", "##contig=<ID=chr12,length=133275309>", "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">",
            "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
            "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">",
            "##reference=GRCh38", "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1",
            "chr12\t25245340\t.\tA\tC\t.\tPASS\tDP=50\tGT:AD\t0/1:40,10", "", broken,
        ].joined(separator: "\n") + "\n"
    }

    @Test(arguments: [
        (
            "chr12\t25245350\t.\tC\tT\t.\tPASS\tDP=50\tGT:AD\t0/1:30,b",
            "line 10 (after chr12:25245340) is malformed: Invalid character 'b' in 'AD' FORMAT field at chr12:25245350 (htslib)"
        ),
        ("chr12\tx25245350\t.\tC\tT\t.\tPASS\tDP=50\tGT:AD\t0/1:30,20", "line 10 (after chr12:25245340) is malformed: POS is not a positive number"),
        (
            "chr12\t25245350\t.\tC\tT\t.\tPASS\tDP=50\tGT:AD",
            "line 10 (after chr12:25245340) is malformed: it has 9 tab-separated columns, the header needs 10"
        ),
    ])
    func aMalformedRecordIsNamedByLineAndField(broken: String, problem: String) throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("bad.vcf").path
        try Self.vcf(broken).write(toFile: plain, atomically: true, encoding: .utf8)
        let compressed = plain + ".gz"
        let bgzip = try Hemimatch.execute(URL(fileURLWithPath: "/usr/bin/env"), ["bgzip", "-c", plain])
        try #require(bgzip.status == 0, "bgzip: \(bgzip.stderr)")
        try bgzip.stdout.write(to: URL(fileURLWithPath: compressed))
        for path in [plain, compressed] {
            let result = try Hemimatch.run([path, "-o", folder.appendingPathComponent("report.txt").path])
            #expect(result.status == 65)
            #expect(result.stderr == "hemimatch: \(path): \(problem)\n")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.txt").path))
        }
    }
}

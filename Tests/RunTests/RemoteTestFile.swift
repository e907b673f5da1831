import Foundation
import HemimatchTestSupport
import Testing

/// The file the remote-input tests serve: the tumor/normal test file with 300,000 filler records on
/// chr22 after it (outside every panel gene, written by awk with varied fields so that they compress
/// little), bgzipped and indexed: megabytes, most of which an index read skips.
enum RemoteTestFile {
    /// Writes `calls.vcf.gz` and its `.tbi` into `folder`; returns the VCF.gz's path.
    static func write(in folder: TemporaryDirectory) throws -> String {
        let source = try String(contentsOfFile: Repository.testData("tumor_normal.grch38.vcf"), encoding: .utf8)
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let chrom = try #require(lines.firstIndex { $0.hasPrefix("#CHROM") })
        lines.insert("##contig=<ID=chr22,length=50818468>", at: chrom)
        let plain = try folder.write("calls.vcf", lines)
        try ChildProcess.shell(
            "awk 'BEGIN { srand(7); for (i = 0; i < 300000; i++) printf \"chr22\\t%d\\trs%d\\tA\\tG\\t%d\\tPASS\\t.\\tGT:AD:DP\\t0/1:%d,%d:%d\\t0/0:%d,0:%d\\n\", "
                + "16000000 + i * 100, int(rand() * 1e9), int(rand() * 1000), int(rand() * 500), int(rand() * 500), int(rand() * 999), int(rand() * 500), int(rand() * 500) }' >> '\(plain)'"
                + " && bgzip -f '\(plain)' && tabix -p vcf '\(plain).gz'")
        return plain + ".gz"
    }
}

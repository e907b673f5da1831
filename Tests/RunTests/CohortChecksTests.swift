import Attribution
import Foundation
import HemimatchTestSupport
import Run
import Synchronization
import Testing

/// A cohort's own checks (issue 25 item 6): a mix of genome builds is warned (the rule `merge` follows
/// too); the same file or the same sample twice is warned.
@Suite struct CohortChecksTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
    }

    /// A one-record VCF of `sample` on the build its contig length says.
    func vcf(_ name: String, sample: String, grch38: Bool) throws -> String {
        try folder.write(
            name,
            [
                "##fileformat=VCFv4.2", "##contig=<ID=chr22,length=\(grch38 ? 50818468 : 51304566)>",
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
                "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t\(sample)",
                "chr22\t30000000\t.\tA\tC\t.\tPASS\t.\tGT\t0/1",
            ])
    }

    /// The warnings a cohort gave, as `input: warning`.
    final class Warnings: Sendable {
        let lines = Mutex<[String]>([])
    }

    func cohort(_ warnings: Warnings) -> CohortRun {
        var options = RunOptions()
        options.warn = { warning in warnings.lines.withLock { $0.append("\(warning.file): \(warning.message)") } }
        return CohortRun(file: FileRun(knowledgeBase: shippedKnowledgeBase, options: options))
    }

    @Test("files on two builds: gathered, each report naming its build, and the mix warned (merge's rule too)", arguments: [1, 2])
    func mixedBuildsWarned(threads: Int) throws {
        let a = try vcf("a.vcf", sample: "P1", grch38: true), b = try vcf("b.vcf", sample: "P2", grch38: false)
        let warnings = Warnings()
        let reports = try cohort(warnings).reports([a, b].map(CohortInput.init(path:)), threads: threads)
        #expect(reports.map(\.run.genomeBuild) == ["GRCh38", "GRCh37"])
        #expect(
            warnings.lines.withLock { $0 } == [
                "\(b): on GRCh37, while \(a) is on GRCh38: the reports mix genome builds (GRCh37: \(b); GRCh38: \(a)); "
                    + "every output names each sample's build, and their coordinates do not compare"
            ])
    }

    @Test("the same file twice and the same sample in two files are warned; the reports are still given")
    func repeatsWarned() throws {
        let a = try vcf("a.vcf", sample: "P1", grch38: true), b = try vcf("b.vcf", sample: "P1", grch38: true)
        let warnings = Warnings()
        let again = folder.url.appendingPathComponent("./a.vcf").path
        let reports = try cohort(warnings).reports([a, b, again].map(CohortInput.init(path:)), threads: 1)
        #expect(reports.count == 3)
        #expect(
            warnings.lines.withLock { $0 } == [
                "\(again): the cohort names this file twice (also as \(a)): its samples are reported twice",
                "\(b): sample P1 is also in \(a): two reports name the same sample",
                "\(again): sample P1 is also in \(a): two reports name the same sample",
            ])
    }
}

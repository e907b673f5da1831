import Foundation
import HemimatchTestSupport
import Run
import Synchronization
import Testing

/// A file's warnings are typed values gathered in one list: each hands its kind and file to
/// `RunOptions.warn`, and the report keeps their sentences in the same order, listed by kind (reading
/// the file before the tables beside it) whatever order the steps met them in.
@Suite struct RunWarningTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
    }

    final class Heard: Sendable {
        let warnings = Mutex<[RunWarning]>([])
    }

    @Test func aFilesWarningsReachTheSinkTypedAndTheReportAsSentencesInKindOrder() throws {
        let vcf = try folder.write(
            "calls.vcf",
            [
                "##fileformat=VCFv4.2", "##contig=<ID=chr9,length=138394717>", "##contig=<ID=chr22,length=50818468>",
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
                "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tPATIENT",
                "chr22\t30000000\t.\tA\tC\t.\tPASS\t.\tGT\t0/1",
                "chr3\t1000\t.\tA\tC\t.\tPASS\t.\tGT\t0/1",
            ])
        try ChildProcess.shell("gzip \(vcf)")
        // BCR::ABL1 at GRCh37 breakpoints beside a GRCh38 file: the table-build check warns before any record
        // is read, the rearrangement matcher after.
        let table = try folder.write(
            "star-fusion.tsv",
            [
                "#FusionName\tJunctionReadCount\tSpanningFragCount\tSpliceType\tLeftGene\tLeftBreakpoint\tRightGene\tRightBreakpoint",
                "BCR--ABL1\t26\t18\tONLY_REF_SPLICE\tBCR^ENSG00000186716\tchr22:23632600:+\tABL1^ENSG00000097007\tchr9:133729451:+",
            ])
        let heard = Heard()
        var options = RunOptions()
        options.fusionTables = [table]
        options.warn = { warning in heard.warnings.withLock { $0.append(warning) } }
        let input = vcf + ".gz"
        let report = try FileRun(knowledgeBase: shippedKnowledgeBase, options: options).report(input: input, threads: 1)
        let warnings = heard.warnings.withLock { $0 }
        #expect(warnings.map(\.kind) == [.compression, .reading, .tableBuild, .rearrangement, .rearrangement])
        #expect(warnings.allSatisfy { $0.file == input })
        #expect(report.run.warnings == warnings.map(\.message))
        #expect(
            report.run.warnings == [
                "compressed with plain gzip, not BGZF: read whole, but it cannot be indexed (bgzip it)",
                "1 record on contig chr3, which the header's ##contig lines do not declare: read and matched like the others, "
                    + "but is the header the file's own?",
                "star-fusion.tsv: the fusion table fits genome build GRCh37 better than GRCh38: 2 of its 2 breakpoints lie in their genes "
                    + "on GRCh37, 0 on GRCh38: is the table on GRCh37? Its fusions are matched by gene; give a table called on the "
                    + "variant file's build for the breakpoint checks",
                "star-fusion.tsv line 2: the BCR breakpoint 22:23632600 lies outside BCR in GRCh38; is the table on another build?",
                "star-fusion.tsv line 2: the ABL1 breakpoint 9:133729451 lies outside ABL1 in GRCh38; is the table on another build?; "
                    + "its kinase domain was not checked",
            ])
    }

    @Test func aFileWithoutProblemsHasNoWarnings() throws {
        let heard = Heard()
        var options = RunOptions()
        options.warn = { warning in heard.warnings.withLock { $0.append(warning) } }
        let report = try FileRun(knowledgeBase: shippedKnowledgeBase, options: options).report(
            input: Repository.testData("tumor_normal.grch38.vcf"), threads: 1)
        #expect(report.run.warnings == [])
        #expect(heard.warnings.withLock { $0 } == [])
    }
}

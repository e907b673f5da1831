import HemimatchTestSupport
import Knowledge
import Profile
import Run
import Testing

/// Issue 27 item 4, in process: copy number read against the tumor's ploidy, the segment's extent and
/// the record's own copy number; overlapping segments of one sample said.
@Suite struct CopyNumberContextTests {
    typealias Files = ProtectiveEvidenceTests

    /// ABL1 (chr9:130.71-130.89 Mb, GRCh38) at `copies` copies, as a symbolic `<CNV>` record.
    static func abl1Copies(_ copies: Int) -> [String] {
        ["9", "130833255", "N", "<CNV>", "PASS", "SVTYPE=CNV;END=130889675;CN=\(copies)", "0,10"]
    }

    @Test("two polyploid tumors with ABL1 at the genome's own level are not B; at 3x the ploidy they are", arguments: [4.4, 5.1])
    func amplificationAgainstPloidy(ploidy: Double) throws {
        let header = ["##ALT=<ID=CNV,Description=\"Copy number variable region\">"]
        let polyploid = try #require(try Files.report([Self.abl1Copies(5)], extraHeader: header) { $0.copyNumberThresholds.ploidy = ploidy }.samples.first)
        #expect(polyploid.candidateGroups == ["A"])
        let unknown = try #require(try Files.report([Self.abl1Copies(5)], extraHeader: header).samples.first)
        #expect(unknown.candidateGroups == ["B"])
        let amplified = try #require(try Files.report([Self.abl1Copies(Int((3 * ploidy).rounded(.up)))], extraHeader: header) {
            $0.copyNumberThresholds.ploidy = ploidy
        }.samples.first)
        #expect(amplified.candidateGroups == ["B"])
    }

    @Test("a <DEL> whose CN says two copies is no deletion")
    func deletionWithoutLoss() throws {
        let sample = try #require(try Files.report([["17", "31200537", "N", "<DEL>", "PASS", "SVTYPE=DEL;END=31229965;CN=2", "0,10"]]).samples.first)
        #expect(sample.alterations.isEmpty && sample.nearMisses.isEmpty)
        #expect(sample.candidateGroups == ["A"])
        let lost = try #require(try Files.report([["17", "31200537", "N", "<DEL>", "PASS", "SVTYPE=DEL;END=31229965;CN=1", "0,10"]]).samples.first)
        #expect(lost.alterations.map { "\($0.gene) \($0.alteration)" } == ["NF1 deletion (single-copy)"])
    }

    /// A report for a file with KRAS G12D and the segment rows `rows` (chromosome, start, end, log2).
    static func withSegments(_ rows: [String]) throws -> MatchReport {
        let folder = try TemporaryDirectory()
        let path = try folder.write("tumor.cns", ["chromosome\tstart\tend\tlog2"] + rows)
        return try Files.report([Files.krasG12D + ["PASS", ".", "60,40"]]) { $0.copyNumberFiles = [path] }
    }

    @Test("a broad PTPN2 loss counts for C with a board flag (the registry gives no size); a broad ABL1 gain too")
    func broadChangesWithoutASource() throws {
        let report = try Self.withSegments(["chr18\t10000\t15000000\t-1.0", "chr9\t70000000\t138000000\t1.5"])
        let sample = try #require(report.samples.first)
        #expect(sample.alterations.map { "\($0.gene) \($0.ruleID)" }.sorted() == ["ABL1 B-ABL1-AMPLIFICATION", "KRAS D-KRAS-HOTSPOT", "PTPN2 C-PTPN2-DELETION"])
        let board = Files.flags(sample, .confirmWithBoard)
        #expect(board.contains { $0.hasPrefix("PTPN2 deletion (single-copy) (C-PTPN2-DELETION) lies in a") && $0.contains("loss") }, "\(board)")
        #expect(board.contains { $0.hasPrefix("ABL1 amplification (B-ABL1-AMPLIFICATION) lies in a") && $0.contains("gain") })
        #expect(Files.flags(sample, .broadCopyLoss).isEmpty)
    }

    @Test("overlapping segments of one sample: a warning naming both lines")
    func overlappingSegments() throws {
        let report = try Self.withSegments(["chr17\t31000000\t31300000\t-1.2", "chr17\t31100000\t31400000\t1.4"])
        #expect(report.run.warnings.contains(
            "tumor.cns line 2 (chr17:31000000-31300000) and tumor.cns line 3 (chr17:31100000-31400000) overlap and contradict each other (loss and gain): one sample's segments should not; both are used as written"))
    }
}

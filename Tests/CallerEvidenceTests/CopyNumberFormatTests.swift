import CallerEvidence
import Foundation
import HemimatchTestSupport
import Testing

/// The layouts of CNVkit `call`, PURPLE, FACETS and ASCAT, as their tools write them (column names and
/// order from each tool's own output), and CNVkit's rows that make no segment.
@Suite("CopyNumberReader on each caller's segment layout")
struct CopyNumberFormatTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
    }

    @Test("CNVkit .call.cns: cn is the copy number; rows without probes or ending before they start are skipped, each named")
    func cnvkitCall() throws {
        let path = try folder.write(
            "tumor.call.cns",
            [
                tsv("chromosome", "start", "end", "gene", "log2", "baf", "cn", "cn1", "cn2", "depth", "probes", "weight"),
                tsv("chr7", "50304067", "50405101", "IKZF1", "-1.1", "", "1", "", "", "210.5", "24", "22.3"),
                tsv("15", "46657639", "10488", "-", "-0.41756", "", "2", "", "", "0", "1", "0"),
                tsv("chr9", "130713945", "130887675", "ABL1", "0.2", "", "6", "", "", "300.1", "38", "35.1"),
                tsv("chr12", "25204788", "25204790", "-", "0", "", "2", "", "", "0", "0", "0"),
            ])
        let table = try CopyNumberReader.read(path: path)
        #expect(table.format == .cnvkit)
        #expect(
            table.segments == [
                CopyNumberSegment(
                    contig: "chr7", start: 50304068, end: 50405101, log2: -1.1, copyNumber: 1, evidence: .segment(file: "tumor.call.cns", line: 2)),
                CopyNumberSegment(
                    contig: "chr9", start: 130713946, end: 130887675, log2: 0.2, copyNumber: 6, evidence: .segment(file: "tumor.call.cns", line: 4)),
            ])
        #expect(
            table.warnings == [
                "\(path) line 3: CNVkit segment 15:46657639-10488 with 1 probes skipped (it covers no bases or no probes)",
                "\(path) line 5: CNVkit segment chr12:25204788-25204790 with 0 probes skipped (it covers no bases or no probes)",
            ])
    }

    @Test("PURPLE .purple.cnv.somatic.tsv (and the older #chromosome header): 1-based, copyNumber")
    func purple() throws {
        let columns = [
            "start", "end", "copyNumber", "bafCount", "observedBAF", "baf", "segmentStartSupport", "segmentEndSupport",
            "method", "depthWindowCount", "gcContent", "minStart", "maxStart", "minorAlleleCopyNumber",
            "majorAlleleCopyNumber",
        ]
        let row = [
            "9", "130713946", "130887675", "7.9", "40", "0.52", "0.5", "BND", "BND", "BAF_WEIGHTED", "120", "0.41",
            "130713946", "130713946", "1.1", "6.8",
        ]
        for first in ["chromosome", "#chromosome"] {
            let path = try folder.write("tumor.purple.cnv.somatic.tsv", [([first] + columns).joined(separator: "\t"), row.joined(separator: "\t")])
            let table = try CopyNumberReader.read(path: path)
            #expect(table.format == .purple)
            #expect(
                table.segments == [
                    CopyNumberSegment(
                        contig: "9", start: 130713946, end: 130887675, copyNumber: 7.9,
                        evidence: .segment(file: "tumor.purple.cnv.somatic.tsv", line: 2))
                ])
        }
    }

    @Test("FACETS cncf: fit$cncf (start/end) and facets-suite's .cncf.txt (loc.start/loc.end); tcn.em, else tcn; 23 is X")
    func facets() throws {
        let fit = try folder.write(
            "fit.cncf.tsv",
            [
                tsv(
                    "chrom", "seg", "num.mark", "nhet", "cnlr.median", "mafR", "segclust", "cnlr.median.clust", "mafR.clust",
                    "start", "end", "cf.em", "tcn.em", "lcn.em", "cf", "tcn", "lcn"),
                tsv("7", "12", "300", "40", "-0.9", "0.8", "3", "-0.9", "0.8", "50304068", "50405101", "0.7", "1", "0", "0.7", "1", "0"),
                tsv("23", "80", "500", "60", "0.0", "0.01", "1", "0", "0", "1228687", "1600000", "1", "NA", "NA", "1", "2", "1"),
            ])
        #expect(try CopyNumberReader.read(path: fit).format == .facets)
        #expect(
            try CopyNumberReader.read(path: fit).segments == [
                CopyNumberSegment(contig: "7", start: 50304068, end: 50405101, copyNumber: 1, evidence: .segment(file: "fit.cncf.tsv", line: 2)),
                CopyNumberSegment(contig: "X", start: 1228687, end: 1600000, copyNumber: 2, evidence: .segment(file: "fit.cncf.tsv", line: 3)),
            ])
        let suite = try folder.write(
            "T1.cncf.txt",
            [
                tsv(
                    "ID", "chrom", "loc.start", "loc.end", "seg", "num.mark", "nhet", "cnlr.median", "mafR", "segclust",
                    "cnlr.median.clust", "mafR.clust", "cf", "tcn", "lcn", "cf.em", "tcn.em", "lcn.em"),
                tsv("T1", "9", "130713946", "130887675", "30", "210", "20", "1.6", "0.3", "8", "1.6", "0.3", "0.8", "7", "1", "0.8", "8", "1"),
            ])
        #expect(
            try CopyNumberReader.read(path: suite).segments == [
                CopyNumberSegment(
                    contig: "9", start: 130713946, end: 130887675, copyNumber: 8, evidence: .segment(file: "T1.cncf.txt", line: 2), sample: "T1")
            ])
    }

    @Test("ASCAT segments: nMajor + nMinor; each row keeps its sample, a file of two samples is read whole")
    func ascat() throws {
        let header = tsv("sample", "chr", "startpos", "endpos", "nMajor", "nMinor")
        let path = try folder.write(
            "T1.segments.txt",
            [
                header, tsv("T1", "7", "50304068", "50405101", "1", "0"),
                tsv("T1", "9", "130713946", "130887675", "5", "2"),
            ])
        let table = try CopyNumberReader.read(path: path)
        #expect(table.format == .ascat)
        #expect(
            table.segments == [
                CopyNumberSegment(
                    contig: "7", start: 50304068, end: 50405101, copyNumber: 1, evidence: .segment(file: "T1.segments.txt", line: 2), sample: "T1"),
                CopyNumberSegment(
                    contig: "9", start: 130713946, end: 130887675, copyNumber: 7, evidence: .segment(file: "T1.segments.txt", line: 3), sample: "T1"),
            ])
        let two = try folder.write("cohort.segments.txt", [header, tsv("T1", "7", "1", "10", "1", "0"), tsv("T2", "7", "1", "10", "1", "1")])
        let both = try CopyNumberReader.read(path: two)
        #expect(both.samples == ["T1", "T2"])
        #expect(both.segments.map(\.sample) == ["T1", "T2"])
        #expect(both.segments.map(\.copyNumber) == [1, 2])
    }

    @Test("outside CNVkit, a row ending before it starts is still refused")
    func otherTablesRefuse() throws {
        let path = try folder.write(
            "bad.purple.cnv.somatic.tsv",
            [
                tsv("chromosome", "start", "end", "copyNumber", "bafCount"),
                tsv("9", "300", "200", "2", "0"),
            ])
        #expect(
            copyNumberError(path) == CallerTableError(file: path, line: 2, problem: "start 300 and end 200 make no segment (starts are 1-based here)")
        )
    }
}

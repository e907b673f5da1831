import CallerEvidence
import Foundation
import HemimatchTestSupport
import Testing

/// The segment layouts of GDC/TCGA/IGV `.seg`, GISTIC 2, DNAcopy/CBS, GATK ModelSegments and Sequenza,
/// in each tool's documented column names and order; multi-sample tables keep each row's sample.
@Suite("CopyNumberReader on the .seg family, GATK and Sequenza")
struct CopyNumberSegLayoutTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
    }

    @Test("GDC masked segments (GDC_Aliquot) and TCGA's Sample first: Segment_Mean is the log2 ratio, 1-based")
    func gdcAndTcga() throws {
        for first in ["GDC_Aliquot", "Sample"] {
            let path = try folder.write(
                "laml.seg.txt",
                [
                    tsv(first, "Chromosome", "Start", "End", "Num_Probes", "Segment_Mean"),
                    tsv("TCGA-AB-2802-03A", "17", "29421900", "29709200", "64", "-1.02"),
                    tsv("TCGA-AB-2803-03A", "1", "61735", "248930485", "128000", "0.0024"),
                ])
            let table = try CopyNumberReader.read(path: path)
            #expect(table.format == .seg)
            #expect(table.samples == ["TCGA-AB-2802-03A", "TCGA-AB-2803-03A"])
            #expect(
                table.segments == [
                    CopyNumberSegment(
                        contig: "17", start: 29421900, end: 29709200, log2: -1.02, evidence: .segment(file: "laml.seg.txt", line: 2),
                        sample: "TCGA-AB-2802-03A"),
                    CopyNumberSegment(
                        contig: "1", start: 61735, end: 248930485, log2: 0.0024, evidence: .segment(file: "laml.seg.txt", line: 3),
                        sample: "TCGA-AB-2803-03A"),
                ])
        }
    }

    @Test("GISTIC 2 (Start.bp End.bp Num.Markers Seg.CN) and IGV's Log2.Ratio spelling")
    func gistic() throws {
        for value in ["Seg.CN", "Log2.Ratio"] {
            let path = try folder.write(
                "gistic.seg",
                [
                    tsv("Sample", "Chromosome", "Start.bp", "End.bp", "Num.Markers", value),
                    tsv("P1", "12", "111843000", "111890000", "20", "-0.9"),
                ])
            let table = try CopyNumberReader.read(path: path)
            #expect(table.format == .gistic)
            #expect(
                table.segments == [
                    CopyNumberSegment(
                        contig: "12", start: 111843000, end: 111890000, log2: -0.9,
                        evidence: .segment(file: "gistic.seg", line: 2), sample: "P1")
                ])
        }
    }

    @Test("DNAcopy/CBS: ID chrom loc.start loc.end num.mark seg.mean, two patients kept apart")
    func dnacopy() throws {
        let path = try folder.write(
            "cbs.seg",
            [
                tsv("ID", "chrom", "loc.start", "loc.end", "num.mark", "seg.mean"),
                tsv("P1", "17", "29421900", "29709200", "120", "-1.25"),
                tsv("P2", "17", "29421900", "29709200", "118", "0.01"),
            ])
        let table = try CopyNumberReader.read(path: path)
        #expect(table.format == .dnacopy)
        #expect(table.segments.map(\.sample) == ["P1", "P2"])
        #expect(table.segments.map(\.log2) == [-1.25, 0.01])
        #expect(table.segments.map(\.start) == [29421900, 29421900])
    }

    @Test("GATK .modelFinal.seg after @HD/@SQ/@RG lines: the posterior median is the log2 ratio, SM: the sample")
    func gatkModelFinal() throws {
        let path = try folder.write(
            "tumor.modelFinal.seg",
            [
                "@HD\tVN:1.6", "@SQ\tSN:chr17\tLN:83257441", "@RG\tID:GATKCopyNumber\tSM:TUMOR",
                tsv(
                    "CONTIG", "START", "END", "NUM_POINTS_COPY_RATIO", "NUM_POINTS_ALLELE_FRACTION", "LOG2_COPY_RATIO_POSTERIOR_10",
                    "LOG2_COPY_RATIO_POSTERIOR_50", "LOG2_COPY_RATIO_POSTERIOR_90", "MINOR_ALLELE_FRACTION_POSTERIOR_10",
                    "MINOR_ALLELE_FRACTION_POSTERIOR_50", "MINOR_ALLELE_FRACTION_POSTERIOR_90"),
                tsv("chr17", "31094900", "31382200", "310", "12", "-1.31", "-1.2", "-1.1", "0.01", "0.03", "0.06"),
            ])
        let table = try CopyNumberReader.read(path: path)
        #expect(table.format == .gatkModelFinal)
        #expect(
            table.segments == [
                CopyNumberSegment(
                    contig: "chr17", start: 31094900, end: 31382200, log2: -1.2,
                    evidence: .segment(file: "tumor.modelFinal.seg", line: 5), sample: "TUMOR")
            ])
    }

    @Test("GATK .cr.seg: MEAN_LOG2_COPY_RATIO")
    func gatkCopyRatio() throws {
        let path = try folder.write(
            "tumor.cr.seg",
            [
                "@HD\tVN:1.6", "@RG\tID:GATKCopyNumber\tSM:TUMOR",
                tsv("CONTIG", "START", "END", "NUM_POINTS_COPY_RATIO", "MEAN_LOG2_COPY_RATIO"),
                tsv("chr12", "111405900", "111451700", "25", "-0.95"),
            ])
        let table = try CopyNumberReader.read(path: path)
        #expect(table.format == .gatkCopyRatio)
        #expect(
            table.segments == [
                CopyNumberSegment(
                    contig: "chr12", start: 111405900, end: 111451700, log2: -0.95,
                    evidence: .segment(file: "tumor.cr.seg", line: 4), sample: "TUMOR")
            ])
    }

    @Test("Sequenza *_segments.txt: quoted names and contigs, CNt the copy number, no sample column")
    func sequenza() throws {
        let path = try folder.write(
            "T1_segments.txt",
            [
                "\"chromosome\"\t\"start.pos\"\t\"end.pos\"\t\"Bf\"\t\"N.BAF\"\t\"sd.BAF\"\t\"depth.ratio\"\t\"N.ratio\"\t\"sd.ratio\"\t\"CNt\"\t\"A\"\t\"B\"\t\"LPP\"",
                "\"17\"\t29421900\t29709200\t0.5\t40\t0.1\t0.48\t3000\t0.2\t1\t1\t0\t-5.2",
                "\"9\"\t130713900\t130887700\t0.45\t60\t0.1\t1.8\t5000\t0.2\t6\t4\t2\t-7.1",
            ])
        let table = try CopyNumberReader.read(path: path)
        #expect(table.format == .sequenza)
        #expect(table.samples == [])
        #expect(
            table.segments == [
                CopyNumberSegment(contig: "17", start: 29421900, end: 29709200, copyNumber: 1, evidence: .segment(file: "T1_segments.txt", line: 2)),
                CopyNumberSegment(contig: "9", start: 130713900, end: 130887700, copyNumber: 6, evidence: .segment(file: "T1_segments.txt", line: 3)),
            ])
    }
}

import CallerEvidence
import Foundation
import HemimatchTestSupport
import Testing

@Suite("CopyNumberReader on small tables of each layout")
struct CopyNumberReaderTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
    }

    @Test("CNVkit .cns: 0-based starts become 1-based, log2 and the optional cn column are kept")
    func cnvkitSegments() throws {
        let path = try folder.write(
            "tumor.cns",
            [
                tsv("chromosome", "start", "end", "gene", "log2", "cn", "depth", "probes", "weight"),
                tsv("chr9", "130713945", "130887675", "ABL1", "1.58", "6", "412.3", "38", "35.1"),
                tsv("chr12", "0", "25000000", "-", "-0.41", "", "120.0", "900", "800.2"),
            ])
        #expect(
            try CopyNumberReader.read(path: path).segments == [
                CopyNumberSegment(
                    contig: "chr9", start: 130713946, end: 130887675, log2: 1.58, copyNumber: 6,
                    evidence: .segment(file: "tumor.cns", line: 2)),
                CopyNumberSegment(
                    contig: "chr12", start: 1, end: 25000000, log2: -0.41, copyNumber: nil,
                    evidence: .segment(file: "tumor.cns", line: 3)),
            ])
    }

    @Test("CNVkit .cnr (depth before log2, no cn) is read by name")
    func cnvkitBins() throws {
        let path = try folder.write(
            "tumor.cnr",
            [
                tsv("chromosome", "start", "end", "gene", "depth", "log2", "weight"),
                tsv("9", "133589267", "133589842", "ABL1", "655.2", "1.9", "0.98"),
            ])
        #expect(
            try CopyNumberReader.read(path: path).segments == [
                CopyNumberSegment(contig: "9", start: 133589268, end: 133589842, log2: 1.9, evidence: .segment(file: "tumor.cnr", line: 2))
            ])
    }

    @Test("BED with a #chrom header is 0-based; log2_ratio is the log2 column")
    func bed() throws {
        let path = try folder.write(
            "segments.bed",
            [
                "##caller=example",
                tsv("#chrom", "start", "end", "log2_ratio"),
                tsv("chr9", "133589267", "133763062", "2.1"),
            ])
        #expect(
            try CopyNumberReader.read(path: path).segments == [
                CopyNumberSegment(contig: "chr9", start: 133589268, end: 133763062, log2: 2.1, evidence: .segment(file: "segments.bed", line: 3))
            ])
    }

    @Test("a BED-like table without #chrom is 1-based; column names match in any case")
    func oneBased() throws {
        let path = try folder.write(
            "calls.tsv",
            [
                tsv("Chromosome", "Start", "End", "Copy_Number", "Log2"),
                tsv("9", "133589268", "133763062", "5", "NA"),
            ])
        #expect(
            try CopyNumberReader.read(path: path).segments == [
                CopyNumberSegment(
                    contig: "9", start: 133589268, end: 133763062, log2: nil, copyNumber: 5, evidence: .segment(file: "calls.tsv", line: 2))
            ])
    }

    @Test("nMajor + nMinor is the copy number; NA in either leaves it unknown")
    func alleleSpecific() throws {
        let path = try folder.write(
            "sample.cna.tsv",
            [
                tsv("Chromosome", "Start", "End", "nMajor", "nMinor"),
                tsv("9", "133589268", "133763062", "3", "1"),
                tsv("22", "23180365", "23318037", "NA", "1"),
            ])
        #expect(
            try CopyNumberReader.read(path: path).segments == [
                CopyNumberSegment(contig: "9", start: 133589268, end: 133763062, copyNumber: 4, evidence: .segment(file: "sample.cna.tsv", line: 2)),
                CopyNumberSegment(contig: "22", start: 23180365, end: 23318037, copyNumber: nil, evidence: .segment(file: "sample.cna.tsv", line: 3)),
            ])
    }

    @Test("a header without rows gives no segments")
    func headerOnly() throws {
        #expect(try CopyNumberReader.read(path: folder.write("empty.cns", [tsv("chromosome", "start", "end", "gene", "log2")])).segments == [])
    }

    static let header = tsv("chrom", "start", "end", "log2")
    static let notCopyNumber =
        "is not a copy-number header. Layouts tried: PURPLE (chromosome, start, end, copyNumber and bafCount), "
        + "FACETS (chrom and tcn.em or tcn), ASCAT (chr startpos endpos nMajor nMinor), "
        + "GATK ModelSegments .modelFinal.seg (CONTIG, START, END, LOG2_COPY_RATIO_POSTERIOR_50), "
        + "GATK .cr.seg/.called.seg (CONTIG, START, END, MEAN_LOG2_COPY_RATIO), Sequenza (chromosome, start.pos, end.pos, CNt), "
        + "DNAcopy/CBS (ID, chrom, loc.start, loc.end, seg.mean), GISTIC 2/IGV .seg (Sample, Chromosome, Start.bp, End.bp, Seg.CN or Log2.Ratio), "
        + "GDC/TCGA/IGV .seg (a sample column, Chromosome, Start, End, Segment_Mean), "
        + "CNVkit (chromosome start end gene first, and log2), "
        + "segment table (chrom or chromosome, start, end, and log2, log2_ratio, cn, copy_number or nMajor and nMinor); "
        + "and PURPLE .purple.purity.tsv (purity, normFactor, ploidy), ASCAT .purityploidy.txt (AberrantCellFraction, Ploidy), "
        + "FACETS run summary (sample, purity, ploidy, diplogr): the tumor's ploidy (column names in any letter case)"

    @Test(
        "malformed tables throw, naming the file and line",
        arguments: [
            (
                [tsv("chrom", "start", "end", "depth")], 1,
                CopyNumberReaderTests.notCopyNumber
            ),
            (
                ["# comment", tsv("contig", "start", "end", "log2")], 2,
                CopyNumberReaderTests.notCopyNumber
            ),
            ([header, tsv("9", "100", "200")], 2, "has 3 tab-separated fields, the header has 4"),
            ([header, tsv("", "100", "200", "0.5")], 2, "column chrom '' names no contig"),
            ([header, tsv("9", "-5", "200", "0.5")], 2, "column start '-5' is not a whole number from 0 to 2147483647"),
            ([header, tsv("9", "300", "200", "0.5")], 2, "start 300 and end 200 make no segment (starts are 1-based here)"),
            ([header, tsv("9", "0", "200", "0.5")], 2, "start 0 and end 200 make no segment (starts are 1-based here)"),
            ([header, tsv("9", "100", "200", "high")], 2, "column log2 'high' is not a number"),
            ([tsv("chrom", "start", "end", "cn", "CN"), tsv("9", "100", "200", "1", "1")], 1, "header repeats column cn"),
        ] as [([String], Int, String)])
    func malformed(lines: [String], line: Int, problem: String) throws {
        let path = try folder.write("bad.tsv", lines)
        #expect(copyNumberError(path) == CallerTableError(file: path, line: line, problem: problem))
    }

    @Test("an empty or unreadable file throws, naming the file")
    func unusableFiles() throws {
        let empty = try folder.write("empty.tsv", [])
        #expect(copyNumberError(empty) == CallerTableError(file: empty, problem: "is empty"))
        let missing = folder.url.appendingPathComponent("missing.cns").path
        #expect(copyNumberError(missing) == CallerTableError(file: missing, problem: "cannot be read"))
        #expect(CallerTableError(file: "a.cns", line: 4, problem: "x").description == "a.cns line 4: x")
    }
}

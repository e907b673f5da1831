import CallerEvidence
import Foundation
import HemimatchTestSupport
import Testing

@Suite("FusionTableReader on small tables of each layout")
struct FusionTableReaderTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
    }

    /// Arriba's columns in another order than Arriba writes them, to show they are found by name.
    static let arribaHeader = tsv(
        "#gene1", "gene2", "strand1(gene/fusion)", "strand2(gene/fusion)", "breakpoint1", "breakpoint2",
        "split_reads1", "split_reads2", "discordant_mates", "confidence", "reading_frame",
        "direction1", "direction2")
    static let starFusionHeader = tsv(
        "#FusionName", "JunctionReadCount", "SpanningFragCount", "LeftGene", "LeftBreakpoint",
        "RightGene", "RightBreakpoint", "FFPM", "PROT_FUSION_TYPE")
    static let fusionCatcherHeader = tsv(
        "Gene_1_symbol(5end_fusion_partner)", "Gene_2_symbol(3end_fusion_partner)",
        "Spanning_pairs", "Spanning_unique_reads",
        "Fusion_point_for_gene_1(5end_fusion_partner)",
        "Fusion_point_for_gene_2(3end_fusion_partner)", "Predicted_effect",
        "Predicted_fused_transcripts", "Predicted_fused_proteins")

    @Test("Arriba: nearest intergenic gene, orientation from strands and directions, frame, confidence, reads")
    func arriba() throws {
        let path = try folder.write(
            "fusions.tsv",
            [
                "##source=arriba v2.5.1",
                Self.arribaHeader,
                tsv(
                    "BCR", "AL1234(5000),ABL1(120)", "+/+", "./+", "22:23632600", "9:133729451", "4", "7", "2", "Medium",
                    "out-of-frame", "downstream", "upstream"),
                tsv(
                    "ABL1", "BCR", "+/+", "+/+", "9:133729451", "22:23632600", "1", "2", "3", "high", "stop-codon",
                    "upstream", "downstream"),
                tsv(
                    "RUNX1", "ETV6", "-/.", "+/.", "21:34880579", "12:11869969", "0", "0", "5", "low", ".",
                    "upstream", "downstream"),
                tsv(
                    "NUP214", "ABL1", "+/+", "+/-", "9:131193220", "9:133729451", "3", "0", "0", "high", "in-frame",
                    "downstream", "upstream"),
            ])
        let result = try FusionTableReader.read(path: path)
        #expect(result.format == .arriba)
        let bcr = FusionPartner(gene: "BCR", contig: "22", position: 23632600)
        let abl1 = FusionPartner(gene: "ABL1", contig: "9", position: 133729451)
        // Arriba's own low confidence is a near-miss tier (issue 27).
        var lowConfidence = FusionCall(
            fivePrime: FusionPartner(gene: "RUNX1", contig: "21", position: 34880579),
            threePrime: FusionPartner(gene: "ETV6", contig: "12", position: 11869969),
            orientationKnown: false, inFrame: nil, confidence: "low", supportingReads: 5,
            evidence: .tableRow(file: "fusions.tsv", line: 5))
        lowConfidence.lowTier = "Arriba confidence low"
        #expect(
            result.calls == [
                FusionCall(
                    fivePrime: bcr, threePrime: abl1, orientationKnown: true, inFrame: false, confidence: "medium",
                    supportingReads: 13, evidence: .tableRow(file: "fusions.tsv", line: 3)),
                // gene1 runs + and is fused upstream: it is the 3' end, so the partners swap.
                FusionCall(
                    fivePrime: bcr, threePrime: abl1, orientationKnown: true, inFrame: false, confidence: "high",
                    supportingReads: 6, evidence: .tableRow(file: "fusions.tsv", line: 4)),
                // no transcribed strand on either side: the order written, orientation unknown.
                lowConfidence,
                // the two sides both claim the 5' end: undetermined.
                FusionCall(
                    fivePrime: FusionPartner(gene: "NUP214", contig: "9", position: 131193220), threePrime: abl1,
                    orientationKnown: false, inFrame: true, confidence: "high", supportingReads: 3,
                    evidence: .tableRow(file: "fusions.tsv", line: 6)),
            ])
    }

    @Test("STAR-Fusion: genes cut at ^, Left is 5', frame from PROT_FUSION_TYPE, junction + spanning reads")
    func starFusion() throws {
        let path = try folder.write(
            "star-fusion.fusion_predictions.tsv",
            [
                Self.starFusionHeader,
                tsv(
                    "ETV6--NTRK3", "3890", "1917", "ETV6^ENSG00000139083.6", "chr12:12022903:+", "NTRK3^ENSG00000140538.12",
                    "chr15:88483984:-", "12.5", "INFRAME"),
                tsv(
                    "EML4--ALK", "10", "0", "EML4^ENSG00000143924.14", "chr2:42528534:+", "ALK^ENSG00000171094.11",
                    "chr2:29446450:-", "0.4", "FRAMESHIFT"),
                tsv(
                    "IGH@--CRLF2", "5", "1", "IGH@^ENSG09000000014", "chr14:105863263:+", "CRLF2^ENSG00000205755.11",
                    "chrX:1228687:-", "0.1", "."),
            ])
        let result = try FusionTableReader.read(path: path)
        #expect(result.format == .starFusion)
        #expect(
            result.calls == [
                FusionCall(
                    fivePrime: FusionPartner(gene: "ETV6", contig: "chr12", position: 12022903),
                    threePrime: FusionPartner(gene: "NTRK3", contig: "chr15", position: 88483984),
                    inFrame: true, supportingReads: 5807, evidence: .tableRow(file: "star-fusion.fusion_predictions.tsv", line: 2)),
                FusionCall(
                    fivePrime: FusionPartner(gene: "EML4", contig: "chr2", position: 42528534),
                    threePrime: FusionPartner(gene: "ALK", contig: "chr2", position: 29446450),
                    inFrame: false, supportingReads: 10, evidence: .tableRow(file: "star-fusion.fusion_predictions.tsv", line: 3)),
                FusionCall(
                    fivePrime: FusionPartner(gene: "IGH", contig: "chr14", position: 105863263),
                    threePrime: FusionPartner(gene: "CRLF2", contig: "chrX", position: 1228687),
                    inFrame: nil, supportingReads: 6, evidence: .tableRow(file: "star-fusion.fusion_predictions.tsv", line: 4)),
            ])
    }

    @Test("FusionCatcher: IGH@ is IGH, frame from Predicted_effect, rows may omit the fused-transcript columns")
    func fusionCatcher() throws {
        let path = try folder.write(
            "final-list_candidate-fusion-genes.txt",
            [
                Self.fusionCatcherHeader,
                tsv("FIP1L1", "PDGFRA", "50", "48", "4:53425965:+", "4:54274925:+", "in-frame", "ENST1:1/ENST2:2", "MAAA*"),
                tsv("IGH@", "CRLF2", "32", "4", "14:105863263:+", "X:1228687:-", "---/intergenic"),
                tsv("RUNX1", "MECOM", "3", "2", "21:34880579:-", "3:169381563:-", "out-of-frame"),
            ])
        let result = try FusionTableReader.read(path: path)
        #expect(result.format == .fusionCatcher)
        #expect(
            result.calls == [
                FusionCall(
                    fivePrime: FusionPartner(gene: "FIP1L1", contig: "4", position: 53425965),
                    threePrime: FusionPartner(gene: "PDGFRA", contig: "4", position: 54274925),
                    inFrame: true, supportingReads: 98, evidence: .tableRow(file: "final-list_candidate-fusion-genes.txt", line: 2)),
                FusionCall(
                    fivePrime: FusionPartner(gene: "IGH", contig: "14", position: 105863263),
                    threePrime: FusionPartner(gene: "CRLF2", contig: "X", position: 1228687),
                    inFrame: nil, supportingReads: 36, evidence: .tableRow(file: "final-list_candidate-fusion-genes.txt", line: 3)),
                FusionCall(
                    fivePrime: FusionPartner(gene: "RUNX1", contig: "21", position: 34880579),
                    threePrime: FusionPartner(gene: "MECOM", contig: "3", position: 169381563),
                    inFrame: false, supportingReads: 5, evidence: .tableRow(file: "final-list_candidate-fusion-genes.txt", line: 4)),
            ])
    }

    @Test("plain list: :: and -- separate, a single - stays in the gene, comments, blanks and extra columns skipped")
    func plainList() throws {
        let path = try folder.write(
            "fusions.txt",
            [
                "# hand-written",
                "Fusion\tNote",
                "BCR::ABL1\tfrom the karyotype",
                "",
                "HLA-A--ALK",
                "# ETV6::RUNX1",
                "  P2RY8--CRLF2  ",
            ])
        let result = try FusionTableReader.read(path: path)
        #expect(result.format == .plainList)
        #expect(
            result.calls == [
                FusionCall(
                    fivePrime: FusionPartner(gene: "BCR"), threePrime: FusionPartner(gene: "ABL1"), evidence: .tableRow(file: "fusions.txt", line: 3)),
                FusionCall(
                    fivePrime: FusionPartner(gene: "HLA-A"), threePrime: FusionPartner(gene: "ALK"), evidence: .tableRow(file: "fusions.txt", line: 5)
                ),
                FusionCall(
                    fivePrime: FusionPartner(gene: "P2RY8"), threePrime: FusionPartner(gene: "CRLF2"),
                    evidence: .tableRow(file: "fusions.txt", line: 7)),
            ])
        #expect(result.calls.allSatisfy { $0.orientationKnown && $0.inFrame == nil && $0.supportingReads == nil })
    }

    @Test("a byte-order mark and Windows line endings are read like plain Unix text")
    func spreadsheetExport() throws {
        let path = try folder.write("fusions.txt", ["\u{FEFF}BCR::ABL1\r", "ETV6::RUNX1\r"])
        #expect(try FusionTableReader.read(path: path).calls.map(\.fivePrime.gene) == ["BCR", "ETV6"])
    }

    @Test("a header without rows gives no calls, in the header's layout")
    func headerOnly() throws {
        #expect(try FusionTableReader.read(path: folder.write("a.tsv", [Self.arribaHeader])).format == .arriba)
        #expect(try FusionTableReader.read(path: folder.write("s.tsv", [Self.starFusionHeader])).calls.isEmpty)
        let comments = try FusionTableReader.read(path: folder.write("l.txt", ["# nothing found", "# yet"]))
        #expect(comments.format == .plainList && comments.calls.isEmpty)
    }

    @Test(
        "malformed tables throw, naming the file and line",
        arguments: [
            ([arribaHeader, tsv("BCR", "ABL1", "+/+")], 2, "has 3 tab-separated fields, the header has 13"),
            (
                [starFusionHeader, tsv("A--B", "1", "2", "A", "chr1:5:+", "B", "chr2:6:-", "0.1", ".", "extra")], 2,
                "has 10 tab-separated fields, the header has 9"
            ),
            (
                [fusionCatcherHeader, tsv("FIP1L1", "PDGFRA", "50", "48", "4:53425965:+", "4:54274925:+")], 2,
                "has 6 tab-separated fields, the header has 9"
            ),
            (
                ["#FusionName\tJunctionReadCount\tSpanningFragCount\tLeftGene\tLeftBreakpoint\tRightGene"], 1,
                "header lacks column(s) RightBreakpoint"
            ),
            (
                ["# caller output", "#FusionName\tLeftGene\tLeftGene"], 2,
                "header lacks column(s) LeftBreakpoint, RightGene, RightBreakpoint, JunctionReadCount, SpanningFragCount"
            ),
            (
                [starFusionHeader + "\tFFPM", tsv("A--B", "1", "2", "A", "chr1:5:+", "B", "chr2:6:-", "0.1", ".", "0.1")], 1,
                "header repeats column FFPM"
            ),
            (
                [starFusionHeader, tsv("--B", "1", "2", "^ENSG1", "chr1:5:+", "B", "chr2:6:-", "0.1", ".")], 2,
                "column LeftGene '^ENSG1' names no gene"
            ),
            (
                [starFusionHeader, tsv("A--B", "x", "2", "A", "chr1:5:+", "B", "chr2:6:-", "0.1", ".")], 2,
                "column JunctionReadCount 'x' is not a whole number from 0 to 2147483647"
            ),
            (
                [starFusionHeader, tsv("A--B", "1", "9223372036854775807", "A", "chr1:5:+", "B", "chr2:6:-", "0.1", ".")], 2,
                "column SpanningFragCount '9223372036854775807' is not a whole number from 0 to 2147483647"
            ),
            (
                [arribaHeader, tsv("BCR", ".", "+/+", "./.", "22:23632600", ".", "4", "7", "0", "low", ".", "downstream", ".")], 2,
                "column gene2 '.' names no gene"
            ),
            (
                [starFusionHeader, tsv("A--B", "1", "2", "A", "chr1", "B", "chr2:6:-", "0.1", ".")], 2,
                "column LeftBreakpoint 'chr1' is not a breakpoint CONTIG:POSITION"
            ),
            (["BCR::ABL1", "--"], 2, "'--' names no gene on either side"),
            (["BCR::ABL1", "--ALK\t2:29955249"], 2, "'--ALK' has no 5' gene"),
            (["FGFR2::"], 1, "'FGFR2::' has no 3' gene"),
            // A first line that is neither a caller's header nor a fusion is no table hemimatch reads.
            (["BCR-ABL1"], 1, noFormatFits(line: 1, cell: "BCR-ABL1")),
            (["FusionGene\tNote", "Fusion\tNote"], 1, noFormatFits(line: 2, cell: "Fusion")),
            (
                ["FusionGene\tNote", "BCR::ABL1\tx", "Fusion\tNote"], 3,
                "'Fusion' is not a fusion written GENE1::GENE2 or GENE1--GENE2 (a single '-' belongs to gene names)"
            ),
            (["KMT2A--MLLT3--AFF1"], 1, "'KMT2A--MLLT3--AFF1' names more than two genes"),
        ] as [([String], Int, String)])
    func malformed(lines: [String], line: Int, problem: String) throws {
        let path = try folder.write("bad.tsv", lines)
        #expect(fusionError(path) == CallerTableError(file: path, line: line, problem: problem))
    }

    @Test("an empty, blank, unreadable or non-UTF-8 file throws, naming the file")
    func unusableFiles() throws {
        let empty = try folder.write("empty.tsv", [])
        #expect(fusionError(empty) == CallerTableError(file: empty, problem: "is empty"))
        let blank = try folder.write("blank.tsv", ["", "  \t "])
        #expect(fusionError(blank) == CallerTableError(file: blank, problem: "is empty"))
        let missing = folder.url.appendingPathComponent("missing.tsv").path
        #expect(fusionError(missing) == CallerTableError(file: missing, problem: "cannot be read"))
        let latin1 = folder.url.appendingPathComponent("latin1.tsv")
        try (Data("BCR::ABL1\nFIP1L1::PDGFRA ".utf8) + Data([0xE9, 0x0A])).write(to: latin1)
        #expect(fusionError(latin1.path) == CallerTableError(file: latin1.path, line: 2, problem: "is not UTF-8 text"))
    }

    @Test("the description names the file, then the line when there is one")
    func description() {
        #expect(
            CallerTableError(file: "f.tsv", line: 3, problem: "'--ALK' has no 5' gene").description
                == "f.tsv line 3: '--ALK' has no 5' gene")
        #expect(CallerTableError(file: "f.tsv", problem: "is empty").description == "f.tsv: is empty")
    }
}

import CallerEvidence
import HemimatchTestSupport
import Testing

/// Caller output from public projects, read in place from `../shared/testdata`.
@Suite("Structural readers on real public files", .enabled(if: SharedTestData.isPresent, SharedTestData.missing))
struct RealFileTests {
    static let bcrABL1 = FusionCall(
        fivePrime: FusionPartner(gene: "BCR", contig: "22", position: 23632600),
        threePrime: FusionPartner(gene: "ABL1", contig: "9", position: 133729451),
        orientationKnown: true, inFrame: true, confidence: "high", supportingReads: 4 + 7 + 0,
        evidence: .tableRow(file: "fusions.tsv", line: 2))

    @Test("Arriba's own test output: one call, BCR::ABL1 in frame with high confidence")
    func arriba() throws {
        let result = try FusionTableReader.read(path: SharedTestData.path("arriba/fusions.tsv"))
        #expect(result.format == .arriba)
        #expect(result.calls == [Self.bcrABL1])
    }

    @Test("STAR-Fusion on the fusion collection: 65 calls, BCR--ABL1 on line 21 with 26 + 18 reads")
    func starFusion() throws {
        let file = "__misc_tests____fuco____star-fusion.fusion_candidates.final.abridged"
        let result = try FusionTableReader.read(path: SharedTestData.path("star-fusion/" + file))
        #expect(result.format == .starFusion)
        #expect(result.calls.count == 65)
        #expect(
            result.calls.filter { $0.fivePrime.gene == "BCR" } == [
                FusionCall(
                    fivePrime: FusionPartner(gene: "BCR", contig: "chr22", position: 23632600),
                    threePrime: FusionPartner(gene: "ABL1", contig: "chr9", position: 133729451),
                    supportingReads: 26 + 18, evidence: .tableRow(file: file, line: 21))
            ])
        // a hyphen inside a gene name is not a fusion separator
        #expect(result.calls.filter { $0.fivePrime.gene == "STX16-NPEPL1" }.map(\.evidence) == [.tableRow(file: file, line: 34)])
    }

    @Test("FusionCatcher's test run: 25 calls, IGH@--CRLF2 three times as IGH, FIP1L1--PDGFRA in frame")
    func fusionCatcher() throws {
        let result = try FusionTableReader.read(path: SharedTestData.path("fusioncatcher/final-list_candidate-fusion-genes.txt"))
        #expect(result.format == .fusionCatcher)
        #expect(result.calls.count == 25)
        let igh = result.calls.filter { $0.fivePrime.gene == "IGH" && $0.threePrime.gene == "CRLF2" }
        #expect(igh.map(\.evidence) == (8...10).map { .tableRow(file: "final-list_candidate-fusion-genes.txt", line: $0) })
        #expect(
            igh.first
                == FusionCall(
                    fivePrime: FusionPartner(gene: "IGH", contig: "14", position: 105863263),
                    threePrime: FusionPartner(gene: "CRLF2", contig: "X", position: 1228687),
                    inFrame: nil, supportingReads: 32 + 4,
                    evidence: .tableRow(file: "final-list_candidate-fusion-genes.txt", line: 8)))
        #expect(
            result.calls.filter { $0.threePrime.gene == "PDGFRA" } == [
                FusionCall(
                    fivePrime: FusionPartner(gene: "FIP1L1", contig: "4", position: 53425965),
                    threePrime: FusionPartner(gene: "PDGFRA", contig: "4", position: 54274925),
                    inFrame: true, confidence: "FusionCatcher labels cacg", supportingReads: 50 + 48,
                    evidence: .tableRow(file: "final-list_candidate-fusion-genes.txt", line: 7))
            ])
    }

    struct Expected: Sendable, CustomTestStringConvertible {
        let file: String
        let format: FusionTableFormat
        let calls: Int
        var testDescription: String { "\(file): \(calls) \(format.rawValue) calls" }
    }

    @Test(
        "each caller file is recognised from its header and every row is read",
        arguments: [
            Expected(file: "agfusion/Arriba__fusions.tsv", format: .arriba, calls: 1),
            // FusionCatcher leaves the two predicted-fusion columns off rows it has no prediction for (line 3)
            Expected(file: "agfusion/FusionCatcher__final-list_candidate-fusion-genes.txt", format: .fusionCatcher, calls: 9),
            Expected(file: "agfusion/STARFusion__star-fusion.fusion_candidates.final.abridged", format: .starFusion, calls: 2),
            Expected(file: "agfusion/STARFusion__star-fusion.fusion_predictions.abridged.coding_effect.tsv", format: .starFusion, calls: 4),
            // FusionInspector writes STAR-Fusion's columns and its own (NumCounterFusionLeft, FAR_left), with CRLF line endings
            Expected(file: "agfusion/FusionInspector__test.FusionInspector.fusions.abridged.txt", format: .fusionInspector, calls: 2),
            Expected(file: "agfusion/FusionInspector__test.FusionInspector.fusions.txt", format: .fusionInspector, calls: 2),
            Expected(file: "star-fusion/__kickstart_data__star-fusion.fusion_candidates.final", format: .starFusion, calls: 24),
            Expected(file: "star-fusion/__kickstart_data__star-fusion.fusion_candidates.final.abridged", format: .starFusion, calls: 24),
            Expected(
                file: "star-fusion/__misc_tests____BT474__star-fusion.fusion_candidates.final.abridged.FFPM",
                format: .starFusion, calls: 34),
            Expected(file: "megsap/vc_arriba_ref1.tsv", format: .arriba, calls: 3),
            Expected(file: "pcgr/T001-BRCA.grch38.fusions.tsv", format: .plainList, calls: 9),
        ])
    func callerFiles(expected: Expected) throws {
        let result = try FusionTableReader.read(path: SharedTestData.path(expected.file))
        #expect(result.format == expected.format)
        #expect(result.calls.count == expected.calls)
    }

    @Test("STAR-Fusion's coding-effect columns: PROT_FUSION_TYPE '.' leaves the frame unknown")
    func codingEffect() throws {
        let result = try FusionTableReader.read(
            path: SharedTestData.path("agfusion/STARFusion__star-fusion.fusion_predictions.abridged.coding_effect.tsv"))
        #expect(result.calls.map(\.inFrame) == [nil, nil, nil, nil])
        #expect(result.calls.map(\.supportingReads) == [1051 + 281, 146 + 299, 145 + 73, 5 + 0])
    }

    @Test("megSAP's Arriba 2.5.1 calls on both strands: strands and directions confirm gene1 as 5' on every row")
    func arribaOrientation() throws {
        let calls = try FusionTableReader.read(path: SharedTestData.path("megsap/vc_arriba_ref1.tsv")).calls
        #expect(calls.map { "\($0.fivePrime.gene)::\($0.threePrime.gene)" } == ["SMAD3::PLCXD3", "PUM1::NR2F1-AS1", "DIAPH2::DIAPH2"])
        #expect(calls.allSatisfy { $0.orientationKnown })
        #expect(calls.map(\.inFrame) == [false, false, true])
        #expect(calls.first?.fivePrime == FusionPartner(gene: "SMAD3", contig: "chr15", position: 67066360))
    }

    @Test("megSAP's Arriba output without fusions: a ##source line, a header, zero calls")
    func headerOnlyArriba() throws {
        let result = try FusionTableReader.read(path: SharedTestData.path("megsap/analyze_rna_out_pe_fusion.tsv"))
        #expect(result.format == .arriba)
        #expect(result.calls.isEmpty)
    }

    @Test("PCGR's hand-made table is a plain list; '--ALK' on line 12 has no 5' gene")
    func handMadeWithEmptyPartner() throws {
        let path = SharedTestData.path("pcgr/T001-BRCA.grch37.fusions.tsv")
        #expect(fusionError(path) == CallerTableError(file: path, line: 12, problem: "'--ALK' has no 5' gene"))
    }

    @Test("PCGR's GRCh38 hand-made table reads BCR--ABL1 without breakpoints (its columns are not a caller's)")
    func handMadePlainList() throws {
        let result = try FusionTableReader.read(path: SharedTestData.path("pcgr/T001-BRCA.grch38.fusions.tsv"))
        #expect(
            result.calls.filter { $0.threePrime.gene == "ABL1" } == [
                FusionCall(
                    fivePrime: FusionPartner(gene: "BCR"), threePrime: FusionPartner(gene: "ABL1"),
                    evidence: .tableRow(file: "T001-BRCA.grch38.fusions.tsv", line: 9))
            ])
    }

    @Test("an unsupported caller's table (TopHat-Fusion) is refused on line 1, not read as zero fusions")
    func unsupportedCaller() throws {
        let path = SharedTestData.path("agfusion/TopHat-Fusion__result.txt")
        #expect(fusionError(path) == CallerTableError(file: path, line: 1, problem: noFormatFits(line: 1, cell: "TCGA-02-0055-01A")))
    }

    @Test("PCGR allele-specific copy number: 252 segments, copy number nMajor + nMinor, 1-based")
    func pcgrCopyNumber() throws {
        let segments = try CopyNumberReader.read(path: SharedTestData.path("pcgr/T001-BRCA.grch37.cna.tsv")).segments
        #expect(segments.count == 252)
        #expect(
            segments.first
                == CopyNumberSegment(
                    contig: "1", start: 745021, end: 38117614, copyNumber: 1 + 0,
                    evidence: .segment(file: "T001-BRCA.grch37.cna.tsv", line: 2)))
        #expect(
            segments.last
                == CopyNumberSegment(
                    contig: "X", start: 154941571, end: 155038157, copyNumber: 2 + 0,
                    evidence: .segment(file: "T001-BRCA.grch37.cna.tsv", line: 253)))
        #expect(segments.allSatisfy { $0.log2 == nil && $0.copyNumber != nil })
    }
}

import CallerEvidence
import Foundation
import HemimatchTestSupport
import Testing

/// The multi-sample, long-read and pediatric callers' tables, written here in each caller's column
/// layout (taken from the callers' documentation and source: STAR-Fusion's consolidated tables,
/// FusionInspector, ctat-LR-fusion, JAFFA/JAFFAL's `jaffa_results.csv`, CICERO's `final_fusions.txt`).
@Suite("FusionTableReader on the multi-sample and long-read layouts")
struct CallerTableLayoutTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
    }

    @Test("STAR-Fusion with a leading sample column: one call per row, each with its sample")
    func starFusionWithSampleColumn() throws {
        let path = try folder.write(
            "ccle.tsv",
            [
                tsv(
                    "sample", "#FusionName", "JunctionReadCount", "SpanningFragCount", "SpliceType", "LeftGene", "LeftBreakpoint",
                    "RightGene", "RightBreakpoint"),
                tsv(
                    "RT112", "FGFR3--TACC3", "110", "25", "ONLY_REF_SPLICE", "FGFR3^ENSG00000068078.18", "chr4:1806934:+",
                    "TACC3^ENSG00000013810.20", "chr4:1739702:+"),
                tsv(
                    "K562", "BCR--ABL1", "80", "40", "ONLY_REF_SPLICE", "BCR^ENSG00000186716.21", "chr22:23290413:+",
                    "ABL1^ENSG00000097007.19", "chr9:130854064:+"),
            ])
        let result = try FusionTableReader.read(path: path)
        #expect(result.format == .starFusion)
        #expect(
            result.calls.map { "\($0.sample ?? "-") \($0.fivePrime.gene)::\($0.threePrime.gene) \($0.supportingReads ?? -1)" }
                == ["RT112 FGFR3::TACC3 135", "K562 BCR::ABL1 120"])
        #expect(result.calls[1].threePrime == FusionPartner(gene: "ABL1", contig: "chr9", position: 130854064))
    }

    @Test("a sample column after the STAR-Fusion columns is found by its name")
    func starFusionWithTrailingSampleColumn() throws {
        let path = try folder.write(
            "tcga.tsv",
            [
                tsv(
                    "#FusionName", "JunctionReadCount", "SpanningFragCount", "LeftGene", "LeftBreakpoint", "RightGene", "RightBreakpoint",
                    "sample_name"),
                tsv("BCR--ABL1", "8", "4", "BCR", "chr22:23290413:+", "ABL1", "chr9:130854064:+", "TCGA-AB-2805-TB"),
            ])
        #expect(try FusionTableReader.read(path: path).calls.map(\.sample) == ["TCGA-AB-2805-TB"])
    }

    @Test("a consolidated row without its sample is refused on its line")
    func sampleCellEmpty() throws {
        let path = try folder.write(
            "ccle.tsv",
            [
                tsv("sample", "FusionName", "JunctionReadCount", "SpanningFragCount", "LeftGene", "LeftBreakpoint", "RightGene", "RightBreakpoint"),
                tsv("", "BCR--ABL1", "8", "4", "BCR", "chr22:23290413:+", "ABL1", "chr9:130854064:+"),
            ])
        #expect(fusionError(path) == CallerTableError(file: path, line: 2, problem: "column sample '' names no sample"))
    }

    @Test("FusionInspector's own columns name it; its rows read as STAR-Fusion's")
    func fusionInspector() throws {
        let path = try folder.write(
            "finspector.FusionInspector.fusions.tsv",
            [
                tsv(
                    "#FusionName", "JunctionReadCount", "SpanningFragCount", "est_J", "est_S", "LeftGene", "LeftLocalBreakpoint",
                    "LeftBreakpoint", "RightGene", "RightLocalBreakpoint", "RightBreakpoint", "SpliceType", "LargeAnchorSupport",
                    "NumCounterFusionLeft", "NumCounterFusionRight", "FAR_left", "FAR_right", "FFPM"),
                tsv(
                    "BCR--ABL1", "26", "18", "26", "18", "BCR^ENSG00000186716.21", "2641", "chr22:23290413:+", "ABL1^ENSG00000097007.19",
                    "23194", "chr9:130854064:+", "ONLY_REF_SPLICE", "YES_LDAS", "3", "0", "6.75", "45.0", "1.2"),
            ])
        let result = try FusionTableReader.read(path: path)
        #expect(result.format == .fusionInspector)
        #expect(result.calls.map { "\($0.fivePrime.gene)::\($0.threePrime.gene) \($0.supportingReads ?? -1)" } == ["BCR::ABL1 44"])
    }

    @Test("ctat-LR-fusion: long reads in num_LR, short reads added from num_SR when present")
    func ctatLRFusion() throws {
        let path = try folder.write(
            "ctat-LR-fusion.fusion_predictions.tsv",
            [
                tsv(
                    "#FusionName", "num_LR", "LeftGene", "LeftLocalBreakpoint", "LeftBreakpoint", "RightGene", "RightLocalBreakpoint",
                    "RightBreakpoint", "SpliceType", "LR_accessions", "LR_FFPM", "num_SR"),
                tsv(
                    "BCR--ABL1", "12", "BCR", "1000", "chr22:23290413:+", "ABL1", "2000", "chr9:130854064:+", "ONLY_REF_SPLICE",
                    "m64012_1/2,m64012_3/4", "3.2", "7"),
                tsv(
                    "ETV6--RUNX1", "5", "ETV6", "900", "chr12:11869969:+", "RUNX1", "4000", "chr21:34859474:-", "ONLY_REF_SPLICE",
                    "m64012_5/6", "1.1", ""),
            ])
        let result = try FusionTableReader.read(path: path)
        #expect(result.format == .ctatLRFusion)
        #expect(
            result.calls.map { "\($0.fivePrime.gene)::\($0.threePrime.gene) \($0.supportingReads ?? -1)" }
                == ["BCR::ABL1 19", "ETV6::RUNX1 5"])
    }

    /// JAFFA's `jaffa_results.csv` header (with strands, as JAFFA 2 writes it).
    static let jaffaHeader =
        "\"sample\",\"fusion genes\",\"chrom1\",\"base1\",\"strand1\",\"chrom2\",\"base2\",\"strand2\",\"gap (kb)\","
        + "\"spanning pairs\",\"spanning reads\",\"inframe\",\"aligns\",\"rearrangement\",\"contig\",\"contig break\",\"classification\",\"known\""

    @Test("JAFFA CSV: A:B genes, quoted cells, tiers to confidence; LowConfidence and below are near-miss tiers")
    func jaffa() throws {
        let path = try folder.write(
            "jaffa_results.csv",
            [
                Self.jaffaHeader,
                "\"T1\",\"BCR:ABL1\",\"chr22\",23290413,\"+\",\"chr9\",130854064,\"+\",Inf,\"12\",30,TRUE,TRUE,TRUE,\"T1-contig_1\",401,\"HighConfidence\",\"Yes\"",
                "\"N1\",\"BCR:ABL1\",\"chr22\",23290413,\"+\",\"chr9\",130854064,\"+\",Inf,\"0\",2,TRUE,TRUE,TRUE,\"N1-contig_9\",380,\"LowConfidence\",\"Yes\"",
                "\"T1\",\"P2RY8:CRLF2\",\"chrX\",1462581,\"-\",\"chrX\",1314894,\"-\",148,\"-\",3,NA,TRUE,FALSE,\"T1-contig_4\",120,\"PotentialRegularTranscript\",\"-\"",
            ])
        let result = try FusionTableReader.read(path: path)
        #expect(result.format == .jaffa)
        #expect(
            result.calls.map { "\($0.sample ?? "-") \($0.fivePrime.gene)::\($0.threePrime.gene) \($0.confidence ?? "-") \($0.lowTier ?? "acts")" }
                == [
                    "T1 BCR::ABL1 high acts",
                    "N1 BCR::ABL1 LowConfidence JAFFA classification LowConfidence",
                    "T1 P2RY8::CRLF2 PotentialRegularTranscript JAFFA classification PotentialRegularTranscript",
                ])
        #expect(result.calls.map(\.supportingReads) == [42, 2, 3])
        #expect(result.calls.map(\.inFrame) == [true, true, nil])
        #expect(result.calls[0].fivePrime == FusionPartner(gene: "BCR", contig: "chr22", position: 23290413))
        #expect(result.calls[0].threePrime == FusionPartner(gene: "ABL1", contig: "chr9", position: 130854064))
    }

    @Test("JAFFAL (long reads): no spanning pairs column, the tier still read")
    func jaffal() throws {
        let path = try folder.write(
            "jaffa_results.csv",
            [
                "\"sample\",\"fusion genes\",\"chrom1\",\"base1\",\"strand1\",\"chrom2\",\"base2\",\"strand2\",\"gap (kb)\",\"spanning reads\",\"inframe\",\"aligns\",\"rearrangement\",\"contig\",\"contig break\",\"classification\",\"known\"",
                "\"ont_run\",\"ETV6:ABL1\",\"chr12\",11869969,\"+\",\"chr9\",130854064,\"+\",Inf,14,TRUE,TRUE,TRUE,\"read_1\",512,\"MediumConfidence\",\"-\"",
            ])
        let result = try FusionTableReader.read(path: path)
        #expect(result.format == .jaffa)
        #expect(
            result.calls.map { "\($0.sample ?? "-") \($0.fivePrime.gene)::\($0.threePrime.gene) \($0.confidence ?? "-") \($0.supportingReads ?? -1)" }
                == ["ont_run ETV6::ABL1 medium 14"])
        #expect(result.calls.first?.lowTier == nil)
    }

    @Test("JAFFA's fusion genes cell must be two genes")
    func jaffaMalformed() throws {
        let path = try folder.write(
            "jaffa_results.csv",
            [
                Self.jaffaHeader,
                "\"T1\",\"BCR\",\"chr22\",23290413,\"+\",\"chr9\",130854064,\"+\",Inf,\"12\",30,TRUE,TRUE,TRUE,\"c\",401,\"HighConfidence\",\"Yes\"",
            ])
        #expect(fusionError(path) == CallerTableError(file: path, line: 2, problem: "column fusion genes 'BCR' is not two genes written GENE1:GENE2"))
    }

    /// CICERO's `final_fusions.txt` columns up to `frame`, in its order.
    static let ciceroHeader = tsv(
        "sample", "geneA", "chrA", "posA", "ortA", "featureA", "geneB", "chrB", "posB", "ortB", "featureB",
        "sv_ort", "readsA", "readsB", "matchA", "matchB", "repeatA", "repeatB", "coverageA", "coverageB",
        "ratioA", "ratioB", "qposA", "qposB", "total_readsA", "total_readsB", "contig", "type", "score",
        "rating", "medal", "functional effect", "frame")

    @Test("CICERO: geneA 5' when sv_ort is '>', frame 1 in frame, rating HQ acts, LQ and RT are near-miss tiers")
    func cicero() throws {
        func row(_ sample: String, _ a: String, _ b: String, _ ort: String, _ rating: String, _ frame: String) -> String {
            tsv(
                sample, a, "chr22", "23290413", "+", "coding", b, "chr9", "130854064", "+", "coding", ort, "20", "15", "60", "60",
                "0.000", "0.000", "70", "70", "0.300", "0.200", "40", "41", "66", "75", "ACGT", "CTX", "412.50", rating, "4", "Fusion", frame)
        }
        let path = try folder.write(
            "final_fusions.txt",
            [
                Self.ciceroHeader,
                row("SJBALL1_D", "BCR", "ABL1", ">", "HQ", "1"),
                row("SJBALL1_G", "BCR", "ABL1", ">", "LQ", "1"),
                row("SJBALL2_D", "ABL1,AL136301.1", "NUP214", "?", "HQ", "0"),
            ])
        let result = try FusionTableReader.read(path: path)
        #expect(result.format == .cicero)
        #expect(
            result.calls.map {
                "\($0.sample ?? "-") \($0.fivePrime.gene)::\($0.threePrime.gene) oriented=\($0.orientationKnown) frame=\($0.inFrame.map(String.init) ?? "-") \($0.lowTier ?? "acts") \($0.supportingReads ?? -1)"
            } == [
                "SJBALL1_D BCR::ABL1 oriented=true frame=true acts 35",
                "SJBALL1_G BCR::ABL1 oriented=true frame=true CICERO rating LQ 35",
                "SJBALL2_D ABL1::NUP214 oriented=false frame=false acts 35",
            ])
    }

    @Test("a table no format fits is refused on its first line, naming every format tried and the line that failed")
    func unknownTable() throws {
        let path = try folder.write(
            "unknown.tsv",
            [
                tsv("cell_line", "partner_a", "partner_b"),
                tsv("RT112", "FGFR3", "TACC3"),
            ])
        #expect(
            fusionError(path)
                == CallerTableError(
                    file: path, line: 1,
                    problem:
                        "is no fusion table hemimatch reads. Formats tried: Arriba (gene1, gene2, strand1(gene/fusion) first); "
                        + "ctat-LR-fusion (FusionName and num_LR); FusionInspector (FusionName and NumCounterFusionLeft or FAR_left); "
                        + "STAR-Fusion (FusionName, first or after one sample column); FusionCatcher (Gene_1_symbol(5end_fusion_partner) first); "
                        + "JAFFA/JAFFAL (fusion genes and classification, comma- or tab-separated); CICERO (geneA, geneB and rating); "
                        + "a plain list (GENE1::GENE2 or GENE1--GENE2 in the first column, a single '-' belonging to gene names), "
                        + "but line 2 starts with 'RT112'"))
    }

    @Test("comma-separated fields: quotes, doubled quotes inside them, empty cells")
    func csv() {
        #expect(FusionTableReader.csvFields("\"a\",1,\"b,c\",,\"say \"\"hi\"\"\"") == ["a", "1", "b,c", "", "say \"hi\""])
    }
}

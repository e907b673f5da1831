/// The fusion-table layouts `FusionTableReader` recognises from their header line.
public enum FusionTableFormat: String, Sendable {
    /// Arriba `fusions.tsv`.
    case arriba
    /// STAR-Fusion predictions and candidates, abridged or not; also the consolidated form with a
    /// leading sample column (one row per sample and fusion).
    case starFusion = "star-fusion"
    /// FusionInspector `*.FusionInspector.fusions.tsv`: STAR-Fusion's columns and its own (`NumCounterFusionLeft`, `FAR_left`).
    case fusionInspector = "fusioninspector"
    /// ctat-LR-fusion `ctat-LR-fusion.fusion_predictions.tsv`: long reads counted in `num_LR` (short reads in `num_SR`).
    case ctatLRFusion = "ctat-lr-fusion"
    /// FusionCatcher `final-list_candidate-fusion-genes.txt`.
    case fusionCatcher = "fusioncatcher"
    /// JAFFA / JAFFAL `jaffa_results.csv`: `fusion genes` written `A:B`, a `classification` tier.
    case jaffa
    /// CICERO `final_fusions.txt`: `geneA`/`geneB`, `sv_ort`, `rating` (HQ, LQ, RT), `frame`.
    case cicero
    /// One `GENE1::GENE2` or `GENE1--GENE2` a line, any further columns ignored.
    case plainList = "list"

    /// The columns the reader needs.
    var requiredColumns: [String] {
        switch self {
        case .arriba:
            ["gene1", "gene2", "strand1(gene/fusion)", "strand2(gene/fusion)", "breakpoint1", "breakpoint2",
             "direction1", "direction2", "split_reads1", "split_reads2", "discordant_mates"]
        case .starFusion, .fusionInspector:
            ["LeftGene", "LeftBreakpoint", "RightGene", "RightBreakpoint", "JunctionReadCount", "SpanningFragCount"]
        case .ctatLRFusion:
            ["LeftGene", "LeftBreakpoint", "RightGene", "RightBreakpoint", "num_LR"]
        case .jaffa:
            ["fusion genes", "chrom1", "base1", "chrom2", "base2", "classification"]
        case .cicero:
            ["geneA", "chrA", "posA", "geneB", "chrB", "posB", "readsA", "readsB", "rating"]
        case .fusionCatcher:
            ["Gene_1_symbol(5end_fusion_partner)", "Gene_2_symbol(3end_fusion_partner)",
             "Fusion_point_for_gene_1(5end_fusion_partner)", "Fusion_point_for_gene_2(3end_fusion_partner)",
             "Spanning_pairs", "Spanning_unique_reads"]
        case .plainList:
            []
        }
    }

    /// The caller tables tried, in order, with the columns that identify each: for the message when none fits.
    static let identification: [(format: FusionTableFormat, name: String, columns: String)] = [
        (.arriba, "Arriba", "gene1, gene2, strand1(gene/fusion) first"),
        (.ctatLRFusion, "ctat-LR-fusion", "FusionName and num_LR"),
        (.fusionInspector, "FusionInspector", "FusionName and NumCounterFusionLeft or FAR_left"),
        (.starFusion, "STAR-Fusion", "FusionName, first or after one sample column"),
        (.fusionCatcher, "FusionCatcher", "Gene_1_symbol(5end_fusion_partner) first"),
        (.jaffa, "JAFFA/JAFFAL", "fusion genes and classification, comma- or tab-separated"),
        (.cicero, "CICERO", "geneA, geneB and rating"),
    ]

    /// Trailing columns the caller leaves out of a row when it has nothing for them.
    var omittableColumns: Set<String> {
        self == .fusionCatcher ? ["Predicted_fused_transcripts", "Predicted_fused_proteins"] : []
    }
}

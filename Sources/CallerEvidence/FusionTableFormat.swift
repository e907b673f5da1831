/// The fusion-table layouts `FusionTableReader` recognises from their header line.
public enum FusionTableFormat: String, Sendable {
    /// Arriba `fusions.tsv`.
    case arriba
    /// STAR-Fusion predictions and candidates, abridged or not (FusionInspector writes the same columns).
    case starFusion = "star-fusion"
    /// FusionCatcher `final-list_candidate-fusion-genes.txt`.
    case fusionCatcher = "fusioncatcher"
    /// One `GENE1::GENE2` or `GENE1--GENE2` a line, any further columns ignored.
    case plainList = "list"

    /// The columns the reader needs.
    var requiredColumns: [String] {
        switch self {
        case .arriba:
            ["gene1", "gene2", "strand1(gene/fusion)", "strand2(gene/fusion)", "breakpoint1", "breakpoint2",
             "direction1", "direction2", "split_reads1", "split_reads2", "discordant_mates"]
        case .starFusion:
            ["LeftGene", "LeftBreakpoint", "RightGene", "RightBreakpoint", "JunctionReadCount", "SpanningFragCount"]
        case .fusionCatcher:
            ["Gene_1_symbol(5end_fusion_partner)", "Gene_2_symbol(3end_fusion_partner)",
             "Fusion_point_for_gene_1(5end_fusion_partner)", "Fusion_point_for_gene_2(3end_fusion_partner)",
             "Spanning_pairs", "Spanning_unique_reads"]
        case .plainList:
            []
        }
    }

    /// Trailing columns the caller leaves out of a row when it has nothing for them.
    var omittableColumns: Set<String> {
        self == .fusionCatcher ? ["Predicted_fused_transcripts", "Predicted_fused_proteins"] : []
    }
}

import Tables

/// FusionCatcher `final-list_candidate-fusion-genes.txt`: `Gene_1_symbol(5end_fusion_partner)` first,
/// support in `Spanning_pairs` + `Spanning_unique_reads`. One sample per file.
struct FusionCatcher: FusionTableLayout {
    var format: FusionTableFormat { .fusionCatcher }
    var name: String { "FusionCatcher" }
    var identifyingColumns: String { "Gene_1_symbol(5end_fusion_partner) first" }
    var requiredColumns: [String] {
        ["Gene_1_symbol(5end_fusion_partner)", "Gene_2_symbol(3end_fusion_partner)",
         "Fusion_point_for_gene_1(5end_fusion_partner)", "Fusion_point_for_gene_2(3end_fusion_partner)",
         "Spanning_pairs", "Spanning_unique_reads"]
    }
    var omittableColumns: Set<String> { ["Predicted_fused_transcripts", "Predicted_fused_proteins"] }

    func recognises(_ names: [String]) -> Bool { names.first == "Gene_1_symbol(5end_fusion_partner)" }

    func sampleColumn(_ names: [String]) -> String? { nil }

    func call(_ row: TableRow, evidence: Evidence) throws(TableProblem) -> FusionCall {
        FusionCall(fivePrime: try FusionTableReader.partner(row, gene: "Gene_1_symbol(5end_fusion_partner)",
                                                            breakpoint: "Fusion_point_for_gene_1(5end_fusion_partner)"),
                   threePrime: try FusionTableReader.partner(row, gene: "Gene_2_symbol(3end_fusion_partner)",
                                                             breakpoint: "Fusion_point_for_gene_2(3end_fusion_partner)"),
                   inFrame: ["in-frame": true, "out-of-frame": false][row["Predicted_effect"]],
                   supportingReads: try row.wholeNumber("Spanning_pairs") + row.wholeNumber("Spanning_unique_reads"),
                   evidence: evidence)
    }
}

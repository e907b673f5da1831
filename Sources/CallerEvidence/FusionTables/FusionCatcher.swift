import Tables

/// FusionCatcher `final-list_candidate-fusion-genes.txt`: `Gene_1_symbol(5end_fusion_partner)` first,
/// support in `Spanning_pairs` + `Spanning_unique_reads`, labels in `Fusion_description`. One sample per file.
struct FusionCatcher: FusionTableLayout {
    var format: FusionTableFormat { .fusionCatcher }
    var name: String { "FusionCatcher" }
    var identifyingColumns: String { "Gene_1_symbol(5end_fusion_partner) first" }
    var requiredColumns: [String] {
        [
            "Gene_1_symbol(5end_fusion_partner)", "Gene_2_symbol(3end_fusion_partner)",
            "Fusion_point_for_gene_1(5end_fusion_partner)", "Fusion_point_for_gene_2(3end_fusion_partner)",
            "Spanning_pairs", "Spanning_unique_reads",
        ]
    }
    var omittableColumns: Set<String> { ["Predicted_fused_transcripts", "Predicted_fused_proteins"] }

    func recognises(_ names: [String]) -> Bool { names.first == "Gene_1_symbol(5end_fusion_partner)" }

    func sampleColumn(_ names: [String]) -> String? { nil }

    /// `Fusion_description` labels FusionCatcher's manual (Table 2) gives "a very high probability of being a false
    /// positive" (seen in healthy samples' RNA-seq, overlapping or paralogous genes, similar reads), and
    /// `matched-normal` (also found in the matched normal: not somatic): such a call is a near-miss.
    static let lowTierLabels: Set = [
        "1000genomes", "banned", "bodymap2", "cortex", "distance1000bp", "gtex", "hpa", "mt",
        "pair_pseudo_genes", "paralogs", "rrna", "similar_reads", "similar_symbols", "matched-normal",
        "ensembl_fully_overlapping", "ensembl_same_strand_overlapping", "refseq_fully_overlapping",
        "refseq_same_strand_overlapping", "ucsc_fully_overlapping", "ucsc_same_strand_overlapping",
    ]
    /// Labels the manual gives a higher, good or small chance of a false positive: shown with the call, not acted on
    /// (`readthrough` and `short_distance` also describe neighbouring trial pairs such as USP9X::DDX3X; the conjoined-gene
    /// databases `cacg` and `conjoing` label FIP1L1::PDGFRA in FusionCatcher's own test run).
    static let cautionLabels: Set = [
        "cacg", "conjoing", "healthy", "short_distance", "distance10kbp", "distance100kbp", "duplicates", "fragments", "readthrough",
        "partial-matched-normal", "short_repeats", "long_repeats", "ensembl_partially_overlapping",
        "refseq_partially_overlapping", "ucsc_partially_overlapping",
    ]

    func call(_ row: TableRow, evidence: Evidence) throws(TableProblem) -> FusionCall {
        let labels = row["Fusion_description"].split(separator: ",").map(String.init)
        let caution = labels.filter(Self.cautionLabels.contains)
        var call = FusionCall(
            fivePrime: try FusionTableReader.partner(
                row, gene: "Gene_1_symbol(5end_fusion_partner)",
                breakpoint: "Fusion_point_for_gene_1(5end_fusion_partner)"),
            threePrime: try FusionTableReader.partner(
                row, gene: "Gene_2_symbol(3end_fusion_partner)",
                breakpoint: "Fusion_point_for_gene_2(3end_fusion_partner)"),
            inFrame: ["in-frame": true, "out-of-frame": false][row["Predicted_effect"]],
            confidence: caution.isEmpty ? nil : "FusionCatcher labels " + caution.joined(separator: ","),
            supportingReads: try row.wholeNumber("Spanning_pairs") + row.wholeNumber("Spanning_unique_reads"),
            evidence: evidence)
        let low = labels.filter(Self.lowTierLabels.contains)
        if !low.isEmpty { call.lowTier = "FusionCatcher label \(low.joined(separator: ","))" }
        return call
    }
}

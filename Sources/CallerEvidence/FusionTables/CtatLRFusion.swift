import Tables

/// ctat-LR-fusion `ctat-LR-fusion.fusion_predictions.tsv`: STAR-Fusion's gene and breakpoint columns,
/// long reads counted in `num_LR` (and short reads in `num_SR` when they were given too).
struct CtatLRFusion: FusionTableLayout {
    var format: FusionTableFormat { .ctatLRFusion }
    var name: String { "ctat-LR-fusion" }
    var identifyingColumns: String { "FusionName and num_LR" }
    var requiredColumns: [String] { ["LeftGene", "LeftBreakpoint", "RightGene", "RightBreakpoint", "num_LR"] }

    func recognises(_ names: [String]) -> Bool { names.contains("FusionName") && names.contains("num_LR") }

    func sampleColumn(_ names: [String]) -> String? { StarFusion.leadingSampleColumn(names) }

    func call(_ row: TableRow, evidence: Evidence) throws(TableProblem) -> FusionCall {
        let shortReads = row["num_SR"].isEmpty ? 0 : try row.wholeNumber("num_SR")
        return FusionCall(
            fivePrime: try FusionTableReader.partner(row, gene: "LeftGene", breakpoint: "LeftBreakpoint"),
            threePrime: try FusionTableReader.partner(row, gene: "RightGene", breakpoint: "RightBreakpoint"),
            inFrame: StarFusion.inFrame(row),
            supportingReads: try row.wholeNumber("num_LR") + shortReads, evidence: evidence)
    }
}

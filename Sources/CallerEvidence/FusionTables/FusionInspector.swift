import Tables

/// FusionInspector `*.FusionInspector.fusions.tsv`: STAR-Fusion's columns and its own
/// (`NumCounterFusionLeft`, `FAR_left`); rows read as STAR-Fusion's.
struct FusionInspector: FusionTableLayout {
    var format: FusionTableFormat { .fusionInspector }
    var name: String { "FusionInspector" }
    var identifyingColumns: String { "FusionName and NumCounterFusionLeft or FAR_left" }
    var requiredColumns: [String] { StarFusion().requiredColumns }

    func recognises(_ names: [String]) -> Bool {
        StarFusion.startsWithFusionName(names) && (names.contains("NumCounterFusionLeft") || names.contains("FAR_left"))
    }

    func sampleColumn(_ names: [String]) -> String? { StarFusion.leadingSampleColumn(names) }

    func call(_ row: TableRow, evidence: Evidence) throws(TableProblem) -> FusionCall {
        try StarFusion().call(row, evidence: evidence)
    }
}

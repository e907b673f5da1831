import Tables

/// STAR-Fusion predictions and candidates (abridged or not): `FusionName` first, or after one sample
/// column in the consolidated form (one row per sample and fusion); support in `JunctionReadCount` +
/// `SpanningFragCount`.
struct StarFusion: FusionTableLayout {
    var format: FusionTableFormat { .starFusion }
    var name: String { "STAR-Fusion" }
    var identifyingColumns: String { "FusionName, first or after one sample column" }
    var requiredColumns: [String] {
        ["LeftGene", "LeftBreakpoint", "RightGene", "RightBreakpoint", "JunctionReadCount", "SpanningFragCount"]
    }

    func recognises(_ names: [String]) -> Bool { Self.startsWithFusionName(names) }

    func sampleColumn(_ names: [String]) -> String? { Self.leadingSampleColumn(names) }

    /// STAR-Fusion's own expression floor (`--min_FFPM`, 0.1 by default): a row below it is a near-miss.
    static let minimumFFPM = 0.1

    func call(_ row: TableRow, evidence: Evidence) throws(TableProblem) -> FusionCall {
        var call = FusionCall(
            fivePrime: try FusionTableReader.partner(row, gene: "LeftGene", breakpoint: "LeftBreakpoint"),
            threePrime: try FusionTableReader.partner(row, gene: "RightGene", breakpoint: "RightBreakpoint"),
            inFrame: Self.inFrame(row),
            supportingReads: try row.wholeNumber("JunctionReadCount") + row.wholeNumber("SpanningFragCount"),
            evidence: evidence)
        if let ffpm = Double(row["FFPM"]), ffpm < Self.minimumFFPM { call.lowTier = "STAR-Fusion FFPM \(ffpm) < \(Self.minimumFFPM)" }
        return call
    }

    /// STAR-Fusion's own tables start with `FusionName`; consolidated ones put one sample column first.
    static func startsWithFusionName(_ names: [String]) -> Bool {
        names.firstIndex(of: "FusionName").map { $0 <= 1 } ?? false
    }

    /// The column before `FusionName` in a consolidated table, else one named as a sample column.
    static func leadingSampleColumn(_ names: [String]) -> String? {
        names.firstIndex(of: "FusionName") == 1 ? names[0] : FusionTableReader.sampleColumnNames.first(where: names.contains)
    }

    /// `PROT_FUSION_TYPE`, which the CTAT tools write when they annotate the coding effect.
    static func inFrame(_ row: TableRow) -> Bool? {
        ["INFRAME": true, "FRAMESHIFT": false][row["PROT_FUSION_TYPE"]]
    }
}

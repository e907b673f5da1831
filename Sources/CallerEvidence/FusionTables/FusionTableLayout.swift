import Tables

/// One fusion caller's table: how its header is recognised and how a row becomes a call.
///
/// `FusionTableReader.layouts` lists every layout in the order they are tried; a new caller is one
/// file conforming to this protocol, one entry there, and its tests.
protocol FusionTableLayout: Sendable {
    /// The format the report names.
    var format: FusionTableFormat { get }
    /// The caller's name, for the help and the message when no layout fits.
    var name: String { get }
    /// The columns that identify the layout, as the help and the message say them.
    var identifyingColumns: String { get }
    /// Whether a header with these column names (leading `#` removed) is this caller's.
    func recognises(_ names: [String]) -> Bool
    /// The columns a row reader needs.
    var requiredColumns: [String] { get }
    /// Trailing columns the caller leaves out of a row when it has nothing for them.
    var omittableColumns: Set<String> { get }
    /// The column naming each row's sample, when the table has one.
    func sampleColumn(_ names: [String]) -> String?
    /// The call one row holds; `evidence` is where it came from ("fusions.tsv line 2").
    func call(_ row: TableRow, evidence: Evidence) throws(TableProblem) -> FusionCall
}

extension FusionTableLayout {
    var omittableColumns: Set<String> { [] }

    /// A column named as `FusionTableReader.sampleColumnNames` (JAFFA's and CICERO's `sample`).
    func sampleColumn(_ names: [String]) -> String? {
        FusionTableReader.sampleColumnNames.first(where: names.contains)
    }
}

import FoundationEssentials

/// One data row, read by column name; every row of a table shares its header's column positions.
public struct TableRow: Sendable {
    public let line: Int
    private let cells: [String]
    private let positions: [String: Int]

    init(line: Int, cells: [String], positions: [String: Int]) {
        self.line = line
        self.cells = cells
        self.positions = positions
    }

    /// The trimmed cell under `column`; empty when the table has no such column or the row left it out.
    public subscript(column: String) -> String {
        guard let position = positions[column], position < cells.count else { return "" }
        let cell = cells[position]
        // Most cells begin and end with a printable ASCII character: those need no trimming.
        let printable: ClosedRange<UInt8> = 0x21...0x7E
        if let first = cell.utf8.first, let last = cell.utf8.last, printable.contains(first), printable.contains(last) { return cell }
        return cell.trimmed()
    }

    /// A count or a coordinate: a whole number from 0 to 2^31 - 1 (small enough to add up without overflow).
    public func wholeNumber(_ column: String) throws(TableProblem) -> Int {
        guard let value = Int(self[column]), (0...Int(Int32.max)).contains(value) else {
            throw problem(column, "is not a whole number from 0 to \(Int32.max)")
        }
        return value
    }

    /// A decimal number, or nil when the cell is empty, `.`, `NA` or `NaN`.
    public func decimal(_ column: String) throws(TableProblem) -> Double? {
        let text = self[column]
        if ["", ".", "na", "nan"].contains(text.lowercased()) { return nil }
        guard let value = Double(text) else { throw problem(column, "is not a number") }
        return value
    }

    /// A breakpoint written `CONTIG:POSITION`, optionally followed by `:+` or `:-`; nil when the cell is empty or `.`.
    public func breakpoint(_ column: String) throws(TableProblem) -> (contig: String, position: Int)? {
        let text = self[column]
        if text.isEmpty || text == "." { return nil }
        var parts = text.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count > 2, parts.last == "+" || parts.last == "-" { parts.removeLast() }
        guard parts.count >= 2, let position = Int(parts[parts.count - 1]), position > 0,
            !parts[0].isEmpty
        else {
            throw problem(column, "is not a breakpoint CONTIG:POSITION")
        }
        return (parts.dropLast().joined(separator: ":"), position)
    }

    /// A problem with the cell under `column`, quoting it.
    public func problem(_ column: String, _ what: String) -> TableProblem {
        TableProblem(line: line, problem: "column \(column) '\(self[column])' \(what)")
    }
}

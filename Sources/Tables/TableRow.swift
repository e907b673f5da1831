import FoundationEssentials
import Glibc

/// One data row, read by column name; every row of a table shares its header's column positions.
public struct TableRow: Sendable {
    public let line: Int
    /// The line, and where each of its cells ends in its UTF-8 (at the tab after it, or the line's
    /// end). A cell becomes a `String` when it is read: readers read a few columns of wide tables
    /// (the gene spans' 66,000 rows, a MAF's hundred columns), and making every cell up front was
    /// most of their reading.
    private let text: String
    private let cellEnds: [Int]
    private let columns: ColumnPositions

    init(line: TextLine, columns: ColumnPositions) {
        self.line = line.number
        var text = line.text
        cellEnds = text.withUTF8 { bytes in
            var ends: [Int] = []
            ends.reserveCapacity(columns.count) // a row as wide as its header: made at its size
            guard let base = bytes.baseAddress else { return [0] }
            var start = 0
            // Found by `memchr`: a byte-by-byte scan for the tabs was a tenth of the knowledge base's loading.
            while let tab = memchr(base + start, 0x09, bytes.count - start) {
                let offset = UnsafePointer<UInt8>(tab.assumingMemoryBound(to: UInt8.self)) - base
                ends.append(offset)
                start = offset + 1
            }
            ends.append(bytes.count)
            return ends
        }
        self.text = text
        self.columns = columns
    }

    /// How many tab-separated fields the line has.
    var width: Int { cellEnds.count }

    /// The trimmed cell under `column`; empty when the table has no such column or the row left it out.
    public subscript(column: String) -> String {
        guard let position = columns.position(of: column), position < cellEnds.count else { return "" }
        let start = position == 0 ? 0 : cellEnds[position - 1] + 1, end = cellEnds[position]
        var text = text
        return text.withUTF8 { bytes in
            let cell = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let text = String(decoding: cell, as: UTF8.self)
            // Most cells begin and end with a printable ASCII character: those need no trimming.
            let printable: ClosedRange<UInt8> = 0x21...0x7E
            if let first = cell.first, let last = cell.last, printable.contains(first), printable.contains(last) { return text }
            return text.trimmed()
        }
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

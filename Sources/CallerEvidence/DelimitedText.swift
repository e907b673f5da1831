import Foundation
import VariantIO

// Parsing shared by the fusion and copy-number readers: numbered lines, a header located by column
// name, and typed cells. Problems carry the line only; each reader adds the file in its own error type.

/// What is wrong, and on which line, before a reader names the file.
struct TableProblem: Error {
    let line: Int?
    let problem: String
}

/// One non-blank line of a text file, numbered from 1, without its line ending.
struct TextLine {
    let number: Int
    let text: String

    var fields: [String] { text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    var isComment: Bool { text.hasPrefix("#") }

    /// The non-blank lines of the file at `path` (plain, gzip or BGZF), without a leading byte-order mark; throws when it cannot be
    /// read, is not UTF-8 or has none.
    static func read(path: String) throws(TableProblem) -> [TextLine] {
        let data: Data
        do {
            data = try TextFile.bytes(path: path)
        } catch {
            throw TableProblem(line: nil, problem: error.detail)
        }
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        var lines: [TextLine] = []
        let rawLines = (data.starts(with: byteOrderMark) ? data.dropFirst(3) : data)
            .split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, raw) in rawLines.enumerated() {
            let bytes = raw.last == UInt8(ascii: "\r") ? raw.dropLast() : raw
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw TableProblem(line: index + 1, problem: "is not UTF-8 text")
            }
            if !text.allSatisfy(\.isWhitespace) { lines.append(TextLine(number: index + 1, text: text)) }
        }
        guard !lines.isEmpty else { throw TableProblem(line: nil, problem: "is empty") }
        return lines
    }
}

/// A header line: its column names (as the reader spells them for look-up) and the row width it demands.
struct TableHeader {
    let names: [String]
    private let positions: [String: Int]
    /// Rows may leave out this many trailing columns (those a caller omits when it has nothing to say).
    private let omittable: Int

    init(_ line: TextLine, names: [String], required: [String], omittable: Set<String> = []) throws(TableProblem) {
        let missing = required.filter { !names.contains($0) }
        guard missing.isEmpty else {
            throw TableProblem(line: line.number, problem: "header lacks column(s) \(missing.joined(separator: ", "))")
        }
        var positions: [String: Int] = [:]
        for (position, name) in names.enumerated() {
            guard positions.updateValue(position, forKey: name) == nil else {
                throw TableProblem(line: line.number, problem: "header repeats column \(name)")
            }
        }
        self.names = names
        self.positions = positions
        self.omittable = names.reversed().prefix { omittable.contains($0) }.count
    }

    /// `line` split into the header's columns; throws when its field count does not fit the header.
    func row(_ line: TextLine) throws(TableProblem) -> TableRow {
        let cells = line.fields
        guard cells.count <= names.count, cells.count >= names.count - omittable else {
            throw TableProblem(line: line.number,
                               problem: "has \(cells.count) tab-separated fields, the header has \(names.count)")
        }
        return TableRow(line: line.number, cells: cells, positions: positions)
    }
}

/// One data row, read by column name.
struct TableRow {
    let line: Int
    fileprivate let cells: [String]
    fileprivate let positions: [String: Int]

    /// The trimmed cell under `column`; empty when the table has no such column or the row left it out.
    subscript(column: String) -> String {
        guard let position = positions[column], position < cells.count else { return "" }
        return cells[position].trimmingCharacters(in: .whitespaces)
    }

    /// A count or a coordinate: a whole number from 0 to 2^31 - 1 (small enough to add up without overflow).
    func wholeNumber(_ column: String) throws(TableProblem) -> Int {
        guard let value = Int(self[column]), (0...Int(Int32.max)).contains(value) else {
            throw problem(column, "is not a whole number from 0 to \(Int32.max)")
        }
        return value
    }

    /// A decimal number, or nil when the cell is empty, `.`, `NA` or `NaN`.
    func decimal(_ column: String) throws(TableProblem) -> Double? {
        let text = self[column]
        if ["", ".", "na", "nan"].contains(text.lowercased()) { return nil }
        guard let value = Double(text) else { throw problem(column, "is not a number") }
        return value
    }

    /// A breakpoint written `CONTIG:POSITION`, optionally followed by `:+` or `:-`; nil when the cell is empty or `.`.
    func breakpoint(_ column: String) throws(TableProblem) -> (contig: String, position: Int)? {
        let text = self[column]
        if text.isEmpty || text == "." { return nil }
        var parts = text.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count > 2, parts.last == "+" || parts.last == "-" { parts.removeLast() }
        guard parts.count >= 2, let position = Int(parts[parts.count - 1]), position > 0,
              !parts[0].isEmpty else {
            throw problem(column, "is not a breakpoint CONTIG:POSITION")
        }
        return (parts.dropLast().joined(separator: ":"), position)
    }

    /// A problem with the cell under `column`, quoting it.
    func problem(_ column: String, _ what: String) -> TableProblem {
        TableProblem(line: line, problem: "column \(column) '\(self[column])' \(what)")
    }
}

/// `path`'s last component, the name a report shows as evidence.
func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
}

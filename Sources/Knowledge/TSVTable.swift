import Foundation

/// A tab-separated table with a header line, as the knowledge-base files are written.
/// Lines starting with `#` and blank lines are skipped; every row must have the header's column count.
struct TSVTable {
    struct Row {
        let line: Int
        let cells: [String]
        /// Column name → cell index, one dictionary shared by every row (a dictionary per row
        /// hashed every column name again for every row).
        let columns: [String: Int]

        subscript(column: String) -> String { columns[column].map { cells[$0] } ?? "" }
    }

    let path: String
    let rows: [Row]

    init(path: String, requiredColumns: [String]) throws(KnowledgeBaseError) {
        self.path = path
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw KnowledgeBaseError(file: path, problem: "cannot be read")
        }
        var header: [String]?
        var columnIndex: [String: Int] = [:]
        var rows: [Row] = []
        // Split on the UTF-8 bytes: a tab and a newline are never inside a multi-byte character, and
        // Character-wise splitting (grapheme breaking) was most of the knowledge base's load time.
        for (index, rawLine) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.last == 0x0D ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let cells = line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(Substring($0)) }
            guard let columns = header else {
                let missing = requiredColumns.filter { !cells.contains($0) }
                guard missing.isEmpty else {
                    throw KnowledgeBaseError(file: path, line: index + 1, problem: "header lacks column(s) \(missing.joined(separator: ", "))")
                }
                guard Set(cells).count == cells.count else {
                    throw KnowledgeBaseError(file: path, line: index + 1, problem: "header repeats a column name")
                }
                header = cells
                columnIndex = Dictionary(uniqueKeysWithValues: cells.enumerated().map { ($1, $0) })
                continue
            }
            guard cells.count == columns.count else {
                throw KnowledgeBaseError(file: path, line: index + 1,
                                         problem: "has \(cells.count) tab-separated fields, the header has \(columns.count)")
            }
            rows.append(Row(line: index + 1, cells: cells, columns: columnIndex))
        }
        guard header != nil else { throw KnowledgeBaseError(file: path, problem: "is empty") }
        self.rows = rows
    }
}

/// A header line: its column names (as the reader spells them for look-up) and the row width it demands.
public struct TableHeader: Sendable {
    public let names: [String]
    private let positions: ColumnPositions
    /// Rows may leave out this many trailing columns (those a caller omits when it has nothing to say).
    private let omittable: Int

    /// Throws when a `required` column is missing or a name repeats.
    public init(_ line: TextLine, names: [String], required: [String], omittable: Set<String> = []) throws(TableProblem) {
        let missing = required.filter { !names.contains($0) }
        guard missing.isEmpty else {
            throw TableProblem(line: line.number, problem: "header lacks column(s) \(missing.joined(separator: ", "))")
        }
        var seen = Set<String>(minimumCapacity: names.count)
        for name in names {
            guard seen.insert(name).inserted else {
                throw TableProblem(line: line.number, problem: "header repeats column \(name)")
            }
        }
        self.names = names
        self.positions = ColumnPositions(names)
        self.omittable = names.reversed().prefix { omittable.contains($0) }.count
    }

    /// `line` split into the header's columns; throws when its field count does not fit the header.
    public func row(_ line: TextLine) throws(TableProblem) -> TableRow {
        let row = TableRow(line: line, columns: positions)
        guard row.width <= names.count, row.width >= names.count - omittable else {
            throw TableProblem(
                line: line.number,
                problem: "has \(row.width) tab-separated fields, the header has \(names.count)")
        }
        return row
    }
}

/// A header's column names, shared by all of its table's rows, with where each lies in a row: looked up
/// by comparing the name's length first, then the text, not by hashing it (every cell a reader reads is
/// looked up by its column's name, and hashing the name was a fifth of the knowledge base's loading).
final class ColumnPositions: Sendable {
    private let names: [String]
    private let lengths: [Int]

    /// How many columns the header has.
    var count: Int { names.count }

    /// `names` must not repeat (`TableHeader` refuses a header that repeats one).
    init(_ names: [String]) {
        self.names = names
        lengths = names.map(\.utf8.count)
    }

    /// The position of the column `name`, or nil when the header has none. Names are compared as
    /// `String`s are (canonical equivalence), so one spelled with other bytes is still found, after
    /// those of the same length.
    func position(of name: String) -> Int? {
        let length = name.utf8.count
        for position in lengths.indices where lengths[position] == length && names[position] == name { return position }
        return names.firstIndex(of: name)
    }
}

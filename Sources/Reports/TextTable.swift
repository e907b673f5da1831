import FoundationEssentials

/// Left-aligned columns separated by two spaces, for terminal listings; the last column is not padded,
/// and no column is padded wider than `UntrustedText.paddingCap` (a longer cell shifts its own row only).
public enum TextTable {
    public static func lines(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in
            rows.map { column < $0.count ? min($0[column].count, UntrustedText.paddingCap) : 0 }.max() ?? 0
        }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: max(0, widths[column] - cell.count))
            }.joined(separator: "  ")
        }
    }
}

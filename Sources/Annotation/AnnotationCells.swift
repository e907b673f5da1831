import Tables

/// One record's VEP or snpEff annotation value and where every cell of its entries starts, shared
/// by the entries (`EntryCells`): parsing a record allocates one table, not Strings per cell.
final class AnnotationCells: Sendable {
    /// The whole annotation value, as its record holds it.
    let value: BorrowedBytes
    /// Each entry's cell starts and one past its end, entry after entry.
    let starts: [Int]
    let layout: FieldPositions

    init(value: BorrowedBytes, starts: [Int], layout: FieldPositions) {
        self.value = value
        self.starts = starts
        self.layout = layout
    }
}

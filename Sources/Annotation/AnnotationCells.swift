/// One record's VEP or snpEff annotation value and where every cell of its entries starts, shared
/// by the entries (`EntryCells`): parsing a record allocates one table, not Strings per cell.
final class AnnotationCells: Sendable {
    /// The whole annotation value (contiguous UTF-8).
    let text: String
    /// Each entry's cell starts and one past its end, entry after entry.
    let starts: [Int]
    let layout: FieldPositions

    init(text: String, starts: [Int], layout: FieldPositions) {
        self.text = text
        self.starts = starts
        self.layout = layout
    }
}

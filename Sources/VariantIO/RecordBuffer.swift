import CHTSlib

/// A kept record's htslib buffers (its `bcf1_t`, parsed and unpacked), handed from the reader to the
/// record's views: the INFO strings and FORMAT values a `VariantRecord` reads are borrowed from here,
/// not copied. Safe across threads by construction: the reader stops using a `bcf1_t` when it wraps it
/// here (it parses the next record into another), nothing writes to it afterwards, every view holds
/// this object, and the buffers go back to their pool only when the last view is gone.
final class RecordBuffer: @unchecked Sendable {
    // Unchecked: `record` is only read once this object exists (see above).
    let record: UnsafeMutablePointer<bcf1_t>
    private let pool: RecordPool

    init(_ record: UnsafeMutablePointer<bcf1_t>, pool: RecordPool) {
        self.record = record
        self.pool = pool
    }

    deinit { pool.recycle(record) }
}

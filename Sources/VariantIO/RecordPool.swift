import CHTSlib
import Glibc

/// `bcf1_t`s whose records are gone, for the reader to parse the next kept records into: a record's
/// buffers are reused as htslib reuses one `bcf1_t` (no allocation while they are big enough), though
/// kept records live on in batches on other threads. A pthread mutex (which ThreadSanitizer sees)
/// orders a buffer's last read on a matcher's thread before the reader's next write into it.
final class RecordPool: @unchecked Sendable {
    // Unchecked: `spare` is touched only under `mutex`.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private var spare: [UnsafeMutablePointer<bcf1_t>] = []
    /// The bytes `spare`'s buffers hold.
    private var spareBytes = 0

    /// Buffers kept at most: the records in flight (a few batches) are reused, a long run of kept
    /// records held elsewhere is not kept for ever.
    static let capacity = 2048
    /// A buffer that grew beyond this (a record of many samples or a huge annotation) is freed, not kept.
    static let largestKept = 1 << 20
    /// The bytes the spare buffers may hold together: 2,048 buffers near `largestKept` would be 2 GB.
    static let budget = 32 << 20

    init() {
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        spare.forEach { bcf_destroy($0) }
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// A `bcf1_t` to parse a record into: a spare one, or a new one.
    func take() -> UnsafeMutablePointer<bcf1_t> {
        pthread_mutex_lock(mutex)
        let record = spare.popLast()
        if let record { spareBytes -= Self.size(of: record) }
        pthread_mutex_unlock(mutex)
        return record ?? bcf_init()
    }

    /// Takes back `record`, whose views are all gone (or frees it).
    func recycle(_ record: UnsafeMutablePointer<bcf1_t>) {
        let size = Self.size(of: record)
        if size <= Self.largestKept {
            pthread_mutex_lock(mutex)
            let kept = spare.count < Self.capacity && spareBytes + size <= Self.budget
            if kept {
                spare.append(record)
                spareBytes += size
            }
            pthread_mutex_unlock(mutex)
            if kept { return }
        }
        bcf_destroy(record)
    }

    /// The bytes `record`'s two buffers have room for.
    private static func size(of record: UnsafeMutablePointer<bcf1_t>) -> Int {
        Int(record.pointee.shared.m) + Int(record.pointee.indiv.m)
    }
}

import CHTSShims
import CHTSlib
import Foundation

/// The lines of a text VCF's body, read from htslib's BGZF stream in large blocks and split with
/// `memchr`, so that a line the caller drops costs a scan for its newline and nothing else
/// (`hts_getline` copies every line byte by byte). Decompression, plain or BGZF, stays htslib's.
final class LineBuffer {
    private let stream: UnsafeMutablePointer<BGZF>
    private var storage: UnsafeMutableRawPointer
    private var capacity: Int
    /// Bytes `start..<end` of `storage` are read but not yet handed out.
    private var start = 0
    private var end = 0
    private var exhausted = false
    /// Set when htslib failed to read on: the complete lines before the failure are still handed out.
    private var failed = false
    private let maximumLine: Int

    init(stream: UnsafeMutablePointer<BGZF>, maximumLine: Int, blockSize: Int = 1 << 18) {
        self.stream = stream
        self.maximumLine = maximumLine
        capacity = blockSize
        storage = UnsafeMutableRawPointer.allocate(byteCount: blockSize, alignment: 16)
    }

    deinit {
        storage.deallocate()
    }

    enum Failure: Error {
        /// htslib could not read on: a truncated or corrupt stream.
        case unreadable
        /// A line longer than the maximum.
        case tooLong
    }

    /// The next line without its `\n` (and without a `\r` before it), valid until the next call;
    /// `nil` at the end of the stream. Empty lines are returned as empty.
    func next() throws(Failure) -> UnsafeRawBufferPointer? {
        var searchFrom = start
        while true {
            if let newline = memchr(storage + searchFrom, 0x0A, end - searchFrom) {
                let lineEnd = UnsafeRawPointer(newline) - UnsafeRawPointer(storage)
                defer { start = lineEnd + 1 }
                return view(start, lineEnd)
            }
            if failed { throw .unreadable }
            if exhausted {
                guard start < end else { return nil }
                defer { start = end }
                return view(start, end)
            }
            searchFrom = end - start
            try refill()
        }
    }

    private func view(_ from: Int, _ to: Int) -> UnsafeRawBufferPointer {
        var to = to
        if to > from, storage.load(fromByteOffset: to - 1, as: UInt8.self) == 0x0D { to -= 1 }
        return UnsafeRawBufferPointer(start: storage + from, count: to - from)
    }

    /// Moves the unread bytes to the front, grows the storage when one line fills it, and reads more.
    private func refill() throws(Failure) {
        let pending = end - start
        if start > 0 {
            storage.copyMemory(from: storage + start, byteCount: pending)
            (start, end) = (0, pending)
        }
        if end == capacity {
            guard capacity < maximumLine + 2 else { throw .tooLong }
            let grown = UnsafeMutableRawPointer.allocate(byteCount: capacity * 2, alignment: 16)
            grown.copyMemory(from: storage, byteCount: end)
            storage.deallocate()
            storage = grown
            capacity *= 2
        }
        // At most one BGZF block's worth a call: a failing call loses what it had read, so the
        // lines before a corrupt block are still delivered, up to the record where the data stops.
        let read = bgzf_read(stream, storage + end, min(capacity - end, 1 << 16))
        guard read >= 0 else {
            failed = true
            return
        }
        if read == 0 { exhausted = true }
        end += read
    }
}

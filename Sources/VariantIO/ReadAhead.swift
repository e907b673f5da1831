import CHTSShims
import CHTSlib
import Dispatch
import FoundationEssentials
import Synchronization

/// Where the reading thread of a bgzipped VCF stops, told by the thread that reads on from there
/// (`ReadAhead`): a record's virtual offset, `none`, or `unknown` while the index is looked at.
final class SplitPoint: Sendable {
    static let unknown: Int64 = -2
    static let none: Int64 = -1
    let offset = Atomic<Int64>(SplitPoint.unknown)
    /// The file address (compressed) past which the first reader waits to be told: a quarter of the
    /// file, so that on a small file it does not come to the middle before the split is known.
    let patience: Int64
    private let decided = DispatchSemaphore(value: 0)

    init(patience: Int64) {
        self.patience = patience
    }

    func decide(_ value: Int64) {
        offset.store(value, ordering: .releasing)
        decided.signal()
    }

    /// The split, once decided.
    func wait() -> Int64 {
        decided.wait()
        decided.signal()
        return offset.load(ordering: .acquiring)
    }
}

/// Both cores on one bgzipped VCF (`--threads` above 1, an index beside it): a second reader, with
/// a handle of its own on a thread of its own, reads from a record the index places near the middle
/// of the file to its end while the first reads up to there; each decompresses its blocks and scans
/// its lines, and htslib parses the records kept, as one reader would. The index only proposes where to split: the
/// first reader stops there only when one of its lines ends exactly there, else it reads the whole file
/// and the second one's work is dropped. The second reader keeps only lines it reads as the first
/// would without a word: it stops before a line that is broken, unusual (a warning) or undeclared, or
/// after `limit` kept records, and the first reads on from there itself, so that every error, warning
/// and record number is the one reading alone gives.
final class ReadAhead: Sendable {
    /// What the second reader read: its kept records (numbered from 1 at the split), the lines it
    /// counted, the last of them, and where reading must go on (`nil`: it read to the end).
    struct Outcome: Sendable {
        var records: [VariantRecord] = []
        var lines = 0
        var last: Locus?
        var resume: Int64?
    }

    struct Locus: Sendable {
        let contig: String
        let position: Int
    }

    /// Makes a record filter on the thread that uses it (see `VariantReader.readsAhead(keep:)`).
    struct FilterMaker: Sendable {
        let make: @Sendable () -> (String, Int, Bool) -> Bool
    }

    /// A header and the tabix index handed to the second reader's thread, which owns them from then on.
    private struct Handles: @unchecked Sendable {
        let header: UnsafeMutablePointer<bcf_hdr_t>
        let index: UnsafeMutablePointer<tbx_t>
    }

    /// What the first reader asks the second one to keep, once it reads the records.
    private struct Start: Sendable {
        let request: FieldRequest
        let keep: FilterMaker
    }

    /// Kept records held at most while the first reader has not come to the split.
    static let limit = 4096

    let split: SplitPoint
    private let cancelled = Atomic<Bool>(false)
    private let go = DispatchSemaphore(value: 0)
    private let started = Mutex<Start?>(nil)
    private let finished = DispatchGroup()
    private let result = Mutex<Outcome?>(nil)

    /// Starts the second reader of `path` (`size` bytes), with `header`, a copy of the first reader's, and
    /// `index`, the tabix index the first read its header with (so that it is loaded once); owns both. It
    /// finds the split and its place there at once, and reads on once `start` tells it what to keep.
    init(path: String, size: Int64, index: UnsafeMutablePointer<tbx_t>, header: UnsafeMutablePointer<bcf_hdr_t>) {
        split = SplitPoint(patience: size / 4)
        let handles = Handles(header: header, index: index)
        DispatchQueue.global().async(group: finished) { [self] in
            let middle = Self.middleRecord(size: size, tabix: handles.index)
            tbx_destroy(handles.index)
            let outcome = read(path: path, middle: middle, header: handles.header)
            result.withLock { $0 = outcome }
        }
    }

    /// Has the second reader read on, decoding `request` of the records `keep` (made on its thread) wants.
    func start(request: FieldRequest, keep: FilterMaker) {
        started.withLock { $0 = Start(request: request, keep: keep) }
        go.signal()
    }

    /// What the second reader read, once it has finished; `nil` when no split was found (`split` is `none`).
    func outcome() -> Outcome? {
        finished.wait()
        return result.withLock { $0 }
    }

    /// Stops the second reader (its work is not needed) and waits for it.
    func cancel() {
        cancelled.store(true, ordering: .relaxed)
        go.signal()
        finished.wait()
    }

    private func read(path: String, middle: Int64?, header: UnsafeMutablePointer<bcf_hdr_t>) -> Outcome? {
        guard let offset = middle else {
            bcf_hdr_destroy(header)
            split.decide(SplitPoint.none)
            return nil
        }
        split.decide(offset)
        // Told first, so that the first reader need not wait; when the second cannot read from there
        // after all, the first reads on from the split itself.
        guard let file = hts_open(path, "r") else {
            bcf_hdr_destroy(header)
            return Outcome(resume: offset)
        }
        let reader = VariantReader(file: file, header: header, path: path, threads: 1, request: FieldRequest())
        guard let stream = hm_text_stream(file), hm_bgzf_seek(stream, offset) == 0 else { return Outcome(resume: offset) }
        reader.streamPrepared = true
        hm_set_read_size(file, VariantReader.streamingReadSize)
        go.wait()
        guard !cancelled.load(ordering: .relaxed), let start = started.withLock({ $0 }) else { return Outcome(resume: offset) }
        reader.request = start.request
        let lines = LineBuffer(stream: stream, maximumLine: VariantReader.maximumRecordBytes, at: offset)
        reader.lines = lines
        return reader.readOn(lines, from: offset, keep: start.keep.make()) { self.cancelled.load(ordering: .relaxed) }
    }

    /// The virtual offset of a record near the middle of a file's `size` compressed bytes, from its index
    /// `tabix` (a tabix index numbers its sequences in the order of the file): the last sequence whose first
    /// record starts before the middle, then a binary search on positions in it.
    static func middleRecord(size: Int64, tabix: UnsafeMutablePointer<tbx_t>) -> Int64? {
        let idx = hm_tbx_idx(tabix)
        let middle = size / 2
        func before(_ offset: Int64) -> Bool { offset >= 0 && offset >> 16 <= middle }
        var sequence: Int32?
        for tid in 0..<hts_idx_nseq(idx) where before(hm_idx_record_at(idx, tid, 0)) { sequence = tid }
        guard let sequence else { return nil }
        var (low, high): (hts_pos_t, hts_pos_t) = (0, 1 << 29)
        var found = hm_idx_record_at(idx, sequence, 0)
        while high - low > 1 {
            let mid = (low + high) / 2
            let offset = hm_idx_record_at(idx, sequence, mid)
            if before(offset) {
                (low, found) = (mid, offset)
            } else {
                high = mid
            }
        }
        return found > 0 ? found : nil
    }
}

extension VariantReader {
    /// The second reader's loop (see `ReadAhead`), from virtual offset `start`.
    func readOn(_ lines: LineBuffer, from start: Int64, keep: (String, Int, Bool) -> Bool, isCancelled: () -> Bool) -> ReadAhead.Outcome {
        var outcome = ReadAhead.Outcome()
        func stop(at offset: Int64) -> ReadAhead.Outcome {
            // Where no line can be named to read on from, the first reader reads all from the split.
            guard offset >= 0 else { return ReadAhead.Outcome(resume: start) }
            outcome.resume = offset
            return outcome
        }
        while true {
            let before = lines.consumedTo
            if outcome.records.count >= ReadAhead.limit || isCancelled() { return stop(at: before) }
            let bytes: UnsafeRawBufferPointer
            do {
                guard let line = try lines.next() else { return outcome }
                bytes = line
            } catch {
                return stop(at: before)
            }
            if bytes.isEmpty { continue }
            let noted = oddities.noted
            do {
                let kept = try take(line: bytes, fromBuffer: true, where: keep)
                guard oddities.noted == noted, kept == nil || keptErrors == 0 else { return stop(at: before) }
                if let kept { outcome.records.append(kept) }
            } catch {
                return stop(at: before)
            }
            outcome.lines = ordinal
            outcome.last = previous.map { ReadAhead.Locus(contig: $0.contig, position: $0.position) }
        }
    }
}

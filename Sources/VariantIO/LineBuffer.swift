import CHTSShims
import CHTSlib
import FoundationEssentials
import Synchronization

/// The lines of a text VCF's body, found with `memchr` where htslib decompressed them (its BGZF
/// block, `hm_bgzf_take_until`), so that a line the caller drops costs a scan for its newline and nothing
/// else: no copy (`hts_getline` copies every line byte by byte, `bgzf_read` every block). Only a line
/// that crosses from one block into the next is copied, into `carry`. Decompression, plain or BGZF,
/// on one thread or htslib's pool, stays htslib's.
final class LineBuffer {
    private let stream: UnsafeMutablePointer<BGZF>
    /// Bytes `start..<end` of `block` are taken from htslib but not yet handed out.
    private var block: UnsafeRawPointer?
    private var start = 0
    private var end = 0
    /// The first part of a line that began in an earlier block (`carried` bytes).
    private var carry: UnsafeMutableRawPointer
    private var carryCapacity: Int
    private var carried = 0
    private var exhausted = false
    /// Set when htslib failed to read on: the complete lines before the failure are still handed out.
    private var failed = false
    private let maximumLine: Int
    /// The most bytes taken from htslib at a time (a BGZF block holds at most 64 KiB).
    private let blockSize: Int32
    /// The BGZF block `block` lies in (its address in the file), and where in it `block` begins.
    private var blockAddress: Int64 = 0
    private var blockBase = 0
    /// The virtual offset (BGZF: block address << 16 | offset in the block) just past the last line
    /// handed out, where the next one begins; -1 when it has none (a line ending a block of 64 KiB).
    private(set) var consumedTo: Int64
    /// Where to stop, once known (`ReadAhead`): the lines end there (`next()` gives nil, `stoppedAtSplit`
    /// set) when a line ends exactly there; else the stop is passed over and every line is read.
    var split: SplitPoint?
    private var stop: Int64 = -1
    /// True when the lines ended at `split`'s offset rather than at the end of the stream.
    private(set) var stoppedAtSplit = false

    /// Lines of `stream` from where it stands, at virtual offset `at` (for `consumedTo`; unused when it is not asked).
    init(stream: UnsafeMutablePointer<BGZF>, maximumLine: Int, blockSize: Int = 1 << 16, at start: Int64 = 0) {
        self.stream = stream
        self.maximumLine = maximumLine
        self.blockSize = Int32(min(blockSize, Int(Int32.max)))
        consumedTo = start
        carryCapacity = 1 << 16
        carry = UnsafeMutableRawPointer.allocate(byteCount: carryCapacity, alignment: 16)
    }

    /// Ends the lines where they stopped (the rest of the stream was read by another reader).
    func finishAtSplit() {
        (stoppedAtSplit, exhausted) = (false, true)
    }

    /// Reads on from virtual offset `offset`, where the stream was just positioned (`hm_bgzf_seek`).
    func restart(at offset: Int64) {
        (block, start, end, carried) = (nil, 0, 0, 0)
        (exhausted, failed, stoppedAtSplit, split, stop) = (false, false, false, nil, -1)
        consumedTo = offset
    }

    deinit {
        carry.deallocate()
    }

    enum Failure: Error {
        /// htslib could not read on: a truncated or corrupt stream.
        case unreadable
        /// A line longer than the maximum.
        case tooLong
    }

    /// The next line without its `\n` (and without a `\r` before it), valid until the next call;
    /// `nil` at the end of the stream. Empty lines are returned as empty.
    @inline(__always)
    func next() throws(Failure) -> UnsafeRawBufferPointer? {
        if carried == 0, let block, let newline = memchr(block + start, 0x0A, end - start) {
            let lineEnd = UnsafeRawPointer(newline) - block
            defer {
                start = lineEnd + 1
                consumedTo = virtualOffset(start)
            }
            return Self.view(block + start, lineEnd - start)
        }
        return try nextAcrossBlocks()
    }

    /// A line that begins in one block and ends in another, or the last line (no `\n` after it).
    private func nextAcrossBlocks() throws(Failure) -> UnsafeRawBufferPointer? {
        while true {
            if let block, let newline = memchr(block + start, 0x0A, end - start) {
                let lineEnd = UnsafeRawPointer(newline) - block
                defer {
                    start = lineEnd + 1
                    consumedTo = virtualOffset(start)
                }
                if carried == 0 { return Self.view(block + start, lineEnd - start) }
                try keep(block + start, lineEnd - start)
                defer { carried = 0 }
                return Self.view(UnsafeRawPointer(carry), carried)
            }
            if let block { try keep(block + start, end - start) }
            (block, start, end) = (nil, 0, 0)
            if failed { throw .unreadable }
            if exhausted {
                guard carried > 0 else { return nil }
                defer { carried = 0 }
                return Self.view(UnsafeRawPointer(carry), carried)
            }
            take()
            if stoppedAtSplit {
                // A line runs on past the stop: not a line's start, so it is passed over.
                guard carried == 0 else {
                    (stoppedAtSplit, exhausted, split, stop) = (false, false, nil, -1)
                    continue
                }
                return nil
            }
        }
    }

    /// A line's bytes without a `\r` at their end.
    @inline(__always)
    private static func view(_ bytes: UnsafeRawPointer, _ count: Int) -> UnsafeRawBufferPointer {
        var count = count
        if count > 0, bytes.load(fromByteOffset: count - 1, as: UInt8.self) == 0x0D { count -= 1 }
        return UnsafeRawBufferPointer(start: bytes, count: count)
    }

    /// Appends `count` bytes to the carried part of a line, growing the carry up to the maximum line.
    private func keep(_ bytes: UnsafeRawPointer, _ count: Int) throws(Failure) {
        guard count > 0 else { return }
        guard carried + count <= maximumLine + 1 else { throw .tooLong }
        if carried + count > carryCapacity {
            var capacity = carryCapacity
            while capacity < carried + count { capacity *= 2 }
            let grown = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
            grown.copyMemory(from: carry, byteCount: carried)
            carry.deallocate()
            (carry, carryCapacity) = (grown, capacity)
        }
        (carry + carried).copyMemory(from: bytes, byteCount: count)
        carried += count
    }

    /// The next decompressed bytes, from htslib's block in place. A block htslib cannot read ends the
    /// stream with a failure: the lines before it are still delivered, up to the record where the data stops.
    private func take() {
        if let split {
            var known = split.offset.load(ordering: .acquiring)
            if known == SplitPoint.unknown, hm_bgzf_block_address(stream) >= split.patience { known = split.wait() }
            if known != SplitPoint.unknown { (stop, self.split) = (known, nil) }
        }
        var length: Int32 = 0
        var stopped: Int32 = 0
        let bytes = hm_bgzf_take_until(stream, blockSize, stop, &length, &stopped)
        if length < 0 {
            failed = true
        } else if stopped != 0 {
            (stoppedAtSplit, exhausted) = (true, true)
        } else if length == 0 {
            exhausted = true
        } else {
            (block, start, end) = (UnsafeRawPointer(bytes), 0, Int(length))
            (blockAddress, blockBase) = (hm_bgzf_block_address(stream), Int(hm_bgzf_block_offset(stream) - length))
        }
    }

    /// The virtual offset of byte `index` of `block`; -1 where it has none (64 KiB into a block).
    private func virtualOffset(_ index: Int) -> Int64 {
        let inBlock = blockBase + index
        return inBlock < 1 << 16 ? blockAddress << 16 | Int64(inBlock) : -1
    }
}

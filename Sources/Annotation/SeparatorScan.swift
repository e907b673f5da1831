/// Finds the separators of an annotation value (`|` and `,`) eight bytes at a time: most bytes of a
/// kept record's CSQ are cell text, passed over by word instead of one by one. An iterator (no
/// closure), so that the parser's loop keeps its state in plain local variables.
struct SeparatorScan {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let firsts: UInt64
    private let seconds: UInt64
    private let first: UInt8
    private let second: UInt8
    /// Where the next word (or, in the last seven bytes, the next byte) to look at starts.
    private var offset = 0
    /// The separators of the word at `wordOffset` not returned yet: the high bit of each one's byte.
    private var found: UInt64 = 0
    private var wordOffset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ first: UInt8, _ second: UInt8) {
        self.bytes = bytes
        self.first = first
        self.second = second
        firsts = 0x0101_0101_0101_0101 &* UInt64(first)
        seconds = 0x0101_0101_0101_0101 &* UInt64(second)
    }

    /// The index of the next byte that is `first` or `second`, in order; nil after the last.
    @inline(__always)
    mutating func next() -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        while found == 0 {
            if offset + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
                found = Self.zeroBytes(word ^ firsts) | Self.zeroBytes(word ^ seconds)
                wordOffset = offset
                offset += 8
            } else if offset < bytes.count {
                offset += 1
                if base[offset - 1] == first || base[offset - 1] == second { return offset - 1 }
            } else {
                return nil
            }
        }
        let index = wordOffset + found.trailingZeroBitCount >> 3
        found &= found &- 1
        return index
    }

    /// The high bit of each byte of `word` that is zero, and no other bit (exact: no carry crosses bytes).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word | low)
    }
}

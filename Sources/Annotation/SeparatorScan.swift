/// Finds the separators of an annotation value (`|` and `,`) eight bytes at a time: most bytes of a
/// kept record's CSQ are cell text, passed over by word instead of one by one.
enum SeparatorScan {
    /// Calls `body` with the index and value of every byte of `bytes` that is `first` or `second`, in
    /// order; stops and returns false as soon as `body` does.
    @inline(__always)
    static func forEach(_ first: UInt8, _ second: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, UInt8) -> Bool) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let firsts = ones &* UInt64(first), seconds = ones &* UInt64(second)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
            var found = zeroBytes(word ^ firsts) | zeroBytes(word ^ seconds)
            while found != 0 {
                let index = offset + found.trailingZeroBitCount >> 3
                guard body(index, base[index]) else { return false }
                found &= found &- 1
            }
            offset += 8
        }
        while offset < bytes.count {
            if base[offset] == first || base[offset] == second, !body(offset, base[offset]) { return false }
            offset += 1
        }
        return true
    }

    /// The high bit of each byte of `word` that is zero, and no other bit (exact: no carry crosses bytes).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word | low)
    }
}

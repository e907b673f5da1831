import FoundationEssentials

extension StringProtocol {
    /// The text without leading and trailing white space: Foundation's `.whitespaces` (space and tab in
    /// ASCII), with `newlines` its `.whitespacesAndNewlines` (also LF, VT, FF, CR). ASCII text is trimmed
    /// byte by byte here (for the knowledge base's cells and lists, read on every run); other text
    /// scalar by scalar, with the same sets as Foundation's `trimmingCharacters(in:)`.
    /// Inlinable, so that callers in other modules get it specialized for `String` and `Substring`
    /// (called generically, its byte loop was still a tenth of the knowledge base's loading).
    @inlinable
    public func trimmed(newlines: Bool = false) -> String {
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return trimmed { $0.isFoundationWhitespace || (newlines && $0.isFoundationNewline) }
        }
        func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || (newlines && (0x0A...0x0D).contains(byte))
        }
        let bytes = Substring(self).utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isSpace(bytes[start]) { bytes.formIndex(after: &start) }
        while end > start, isSpace(bytes[bytes.index(before: end)]) { bytes.formIndex(before: &end) }
        return String(Substring(bytes[start..<end]))
    }

    /// The text without the line breaks at either end: Foundation's `.newlines` (LF, VT, FF, CR, NEL,
    /// LINE SEPARATOR, PARAGRAPH SEPARATOR).
    public func trimmedNewlines() -> String {
        trimmed { $0.isFoundationNewline }
    }

    /// The text without the leading and trailing Unicode scalars that `isTrimmed` picks (as Foundation's
    /// `trimmingCharacters(in:)` does with a character set: scalars, not whole characters).
    public func trimmed(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = Substring(self).unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isTrimmed(scalars[start]) { scalars.formIndex(after: &start) }
        while end > start, isTrimmed(scalars[scalars.index(before: end)]) { scalars.formIndex(before: &end) }
        return String(scalars[start..<end])
    }
}

extension Unicode.Scalar {
    /// Foundation's `CharacterSet.whitespaces` on Linux: tab, the space separators (Unicode category
    /// Zs) and ZERO WIDTH SPACE (U+200B), which CoreFoundation counts too.
    @usableFromInline var isFoundationWhitespace: Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Foundation's `CharacterSet.newlines`: U+000A–U+000D, NEXT LINE, LINE and PARAGRAPH SEPARATOR.
    @usableFromInline var isFoundationNewline: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}

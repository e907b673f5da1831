import Foundation

extension StringProtocol {
    /// The text without leading and trailing white space: Foundation's `.whitespaces` (space and tab in
    /// ASCII), with `newlines` its `.whitespacesAndNewlines` (also LF, VT, FF, CR). ASCII text is trimmed
    /// here; other text by Foundation's `trimmingCharacters(in:)`, which bridges through `NSString`: for
    /// the knowledge base's cells and lists, read on every run, that was a tenth of its loading.
    /// Inlinable, so that callers in other modules get it specialized for `String` and `Substring`
    /// (called generically, its byte loop was still a tenth of the knowledge base's loading).
    @inlinable
    public func trimmed(newlines: Bool = false) -> String {
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return trimmingCharacters(in: newlines ? .whitespacesAndNewlines : .whitespaces)
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
}

import FoundationEssentials
import Glibc

/// One non-blank line of a text table, numbered from 1, without its line ending.
public struct TextLine: Sendable {
    public let number: Int
    public let text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }

    /// The tab-separated fields (split on the bytes: a tab is never inside a multi-byte character).
    public var fields: [String] {
        var text = text
        return text.withUTF8 { bytes in
            // One pass into an array of the right size (a split, then a map, grew two arrays a line).
            var fields: [String] = []
            fields.reserveCapacity(bytes.count { $0 == 0x09 } + 1)
            var start = 0
            for (index, byte) in bytes.enumerated() where byte == 0x09 {
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return fields
        }
    }

    public var isComment: Bool { text.utf8.first == UInt8(ascii: "#") }

    /// The non-blank lines of `data` (ending in LF, CRLF or CR), without a leading byte-order mark; throws
    /// when a line is not UTF-8 or there is none.
    public static func lines(in data: Data) throws(TableProblem) -> [TextLine] {
        // Split on the raw bytes with `memchr` (every run reads the knowledge base, and a byte-by-byte
        // split was most of its tables' reading).
        let split = data.withUnsafeBytes { raw -> Result<[TextLine], TableProblem> in
            guard let base = raw.baseAddress else { return .success([]) }
            let end = raw.count
            var start = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0 // a byte-order mark
            var lines: [TextLine] = []
            var number = 0
            while start <= end {
                // A line ends in LF, CRLF, or CR alone (old Mac files, as some spreadsheets still write them).
                var lineEnd = memchr(base + start, 0x0A, end - start).map { UnsafeRawPointer($0) - base } ?? end
                if let carriageReturn = memchr(base + start, 0x0D, lineEnd - start) { lineEnd = UnsafeRawPointer(carriageReturn) - base }
                let pairs = lineEnd < end - 1 && raw[lineEnd] == 0x0D && raw[lineEnd + 1] == 0x0A
                defer { start = lineEnd + (pairs ? 2 : 1) }
                number += 1
                let line = UnsafeRawBufferPointer(rebasing: raw[start..<lineEnd])
                // ASCII is valid UTF-8 as it stands: decoded directly, not through the generic
                // validation (`String(validating:)`), which was most of the time spent per line.
                let ascii = isASCII(line)
                let bytes = line.bindMemory(to: UInt8.self)
                guard let text = ascii ? String(decoding: bytes, as: UTF8.self) : String(validating: bytes, as: UTF8.self) else {
                    return .failure(TableProblem(line: number, problem: "is not UTF-8 text"))
                }
                // Blank when every character is white space (`Character.isWhitespace`), decided on the
                // bytes (a Character-wise look at every line was a tenth of the knowledge base's loading):
                // the first byte that is no ASCII white space (tab to carriage return, space) starts a
                // character that is none either, unless it is not ASCII; then the characters decide.
                let isASCIISpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte) }
                let other = bytes.first { !isASCIISpace($0) }
                let blank = other.map { $0 >= 0x80 && text.allSatisfy(\.isWhitespace) } ?? true
                if !blank { lines.append(TextLine(number: number, text: text)) }
            }
            return .success(lines)
        }
        let lines = try split.get()
        guard !lines.isEmpty else { throw TableProblem(line: nil, problem: "is empty") }
        return lines
    }

    /// Whether every byte is ASCII, read eight bytes at a time.
    static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset + 8 <= bytes.count {
            guard bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 else { return false }
            offset += 8
        }
        while offset < bytes.count {
            guard bytes[offset] < 0x80 else { return false }
            offset += 1
        }
        return true
    }
}

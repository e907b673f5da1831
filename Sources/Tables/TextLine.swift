import FoundationEssentials

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
            bytes.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    public var isComment: Bool { text.utf8.first == UInt8(ascii: "#") }

    /// The non-blank lines of `data` (ending in LF, CRLF or CR), without a leading byte-order mark; throws
    /// when a line is not UTF-8 or there is none.
    public static func lines(in data: Data) throws(TableProblem) -> [TextLine] {
        // Split on the raw bytes: every run reads the knowledge base, and a generic split of `Data`
        // was most of its start-up.
        let split = data.withUnsafeBytes { raw -> Result<[TextLine], TableProblem> in
            var bytes = raw.bindMemory(to: UInt8.self)[...]
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) } // a byte-order mark
            var lines: [TextLine] = []
            var number = 0
            var start = bytes.startIndex
            while start <= bytes.endIndex {
                // A line ends in LF, CRLF, or CR alone (old Mac files, as some spreadsheets still write them).
                let lineEnd = bytes[start...].firstIndex { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } ?? bytes.endIndex
                let pairs = lineEnd < bytes.endIndex - 1 && bytes[lineEnd] == UInt8(ascii: "\r") && bytes[lineEnd + 1] == UInt8(ascii: "\n")
                defer { start = lineEnd + (pairs ? 2 : 1) }
                number += 1
                guard let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<lineEnd]), as: UTF8.self) else {
                    return .failure(TableProblem(line: number, problem: "is not UTF-8 text"))
                }
                if !text.allSatisfy(\.isWhitespace) { lines.append(TextLine(number: number, text: text)) }
            }
            return .success(lines)
        }
        let lines = try split.get()
        guard !lines.isEmpty else { throw TableProblem(line: nil, problem: "is empty") }
        return lines
    }
}

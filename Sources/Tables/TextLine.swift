import Foundation

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
        text.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { String(Substring($0)) }
    }

    public var isComment: Bool { text.utf8.first == UInt8(ascii: "#") }

    /// The non-blank lines of `data`, without a leading byte-order mark or `\r` line endings; throws
    /// when a line is not UTF-8 or there is none.
    public static func lines(in data: Data) throws(TableProblem) -> [TextLine] {
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        var lines: [TextLine] = []
        let rawLines = (data.starts(with: byteOrderMark) ? data.dropFirst(3) : data)
            .split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, raw) in rawLines.enumerated() {
            let bytes = raw.last == UInt8(ascii: "\r") ? raw.dropLast() : raw
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw TableProblem(line: index + 1, problem: "is not UTF-8 text")
            }
            if !text.allSatisfy(\.isWhitespace) { lines.append(TextLine(number: index + 1, text: text)) }
        }
        guard !lines.isEmpty else { throw TableProblem(line: nil, problem: "is empty") }
        return lines
    }
}

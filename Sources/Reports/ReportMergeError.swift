/// Why reports could not be merged: a report file that cannot be read, or that holds no report of
/// the same knowledge base as the others; the message names the file (and line).
public struct ReportMergeError: Error, CustomStringConvertible {
    public let message: String
    /// True when the file cannot be read at all, rather than read and refused.
    public let unreadable: Bool

    public init(_ message: String, unreadable: Bool = false) {
        self.message = message
        self.unreadable = unreadable
    }

    public var description: String { message }
}

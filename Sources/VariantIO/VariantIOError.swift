/// Why a variant file could not be read. Each case names the file, and the record where there is one.
public struct VariantIOError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The file does not exist or cannot be opened.
        case unreadable
        /// The file is not VCF or BCF.
        case notVariantFile
        /// The compressed stream ends early or is corrupt.
        case truncated
        /// A record htslib cannot parse.
        case malformedRecord
        /// The header cannot be parsed (e.g. duplicate sample names).
        case malformedHeader
        /// The index beside the file does not fit it (older, another file's, unreadable); `path` is the index.
        case badIndex
    }

    public let kind: Kind
    public let path: String
    public let detail: String

    public init(_ kind: Kind, path: String, detail: String) {
        self.kind = kind
        self.path = path
        self.detail = detail
    }

    public var description: String { "\(path): \(detail)" }
}

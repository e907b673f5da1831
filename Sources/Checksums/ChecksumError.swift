import VariantIO

/// Why a checksum could not be computed, as the kind of problem the run reports it as.
public enum ChecksumError: Error, CustomStringConvertible {
    /// A local file that cannot be opened or read.
    case unreadable(String)
    /// A remote file, or an index, that htslib could not read.
    case reading(VariantIOError)
    /// A knowledge-base folder that cannot be listed, or one of its files read.
    case knowledgeBase(String)

    public var description: String {
        switch self {
        case .unreadable(let message), .knowledgeBase(let message): message
        case .reading(let error): error.description
        }
    }
}

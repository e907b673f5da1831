/// The index a run read the panel regions through, as it was when read: a report can be traced to
/// the index as well as to the data (an index rebuilt later has another size or time).
public struct IndexFile: Codable, Sendable, Equatable {
    public let path: String
    /// Size in bytes.
    public let size: Int
    /// Modification time, ISO 8601 in UTC with milliseconds; nil for a remote index.
    public let modified: String?

    public init(path: String, size: Int, modified: String?) {
        self.path = path
        self.size = size
        self.modified = modified
    }
}

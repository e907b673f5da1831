/// A knowledge-base file that cannot be used, with the file and line at fault.
public struct KnowledgeBaseError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    /// The column at fault, where one is.
    public let field: String?
    public let problem: String

    public init(file: String, line: Int? = nil, field: String? = nil, problem: String) {
        self.file = file
        self.line = line
        self.field = field
        self.problem = problem
    }

    public var description: String {
        var place = file
        if let line { place += " line \(line)" }
        if let field { place += ", field \(field)" }
        return "\(place): \(problem)"
    }
}

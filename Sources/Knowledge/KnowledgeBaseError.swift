/// A knowledge-base file that cannot be used, with the file and line at fault.
public struct KnowledgeBaseError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let problem: String

    public init(file: String, line: Int? = nil, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String {
        line.map { "\(file) line \($0): \(problem)" } ?? "\(file): \(problem)"
    }
}

/// A fusion table or copy-number file that cannot be read, with the file and line at fault.
public struct CallerTableError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let problem: String

    public init(file: String, line: Int? = nil, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String {
        "\(file)\(line.map { " line \($0)" } ?? ""): \(problem)"
    }
}

/// A fusion table or copy-number file that cannot be read, with the file and line at fault.
public struct CallerTableError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let problem: String
    /// True when the file cannot be read at all (missing, not readable), rather than read and refused.
    public let unreadable: Bool

    public init(file: String, line: Int? = nil, problem: String, unreadable: Bool = false) {
        self.file = file
        self.line = line
        self.problem = problem
        self.unreadable = unreadable
    }

    public var description: String {
        "\(file)\(line.map { " line \($0)" } ?? ""): \(problem)"
    }
}

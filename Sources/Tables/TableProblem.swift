/// What is wrong with a table, and on which line, before its reader names the file in the error of
/// its own domain (`KnowledgeBaseError` for the knowledge base, `CallerTableError` for a caller's
/// table), which decides the exit code.
public struct TableProblem: Error, Equatable, Sendable {
    public let line: Int?
    public let problem: String

    public init(line: Int?, problem: String) {
        self.line = line
        self.problem = problem
    }
}

/// A cohort file that gave no report under `cohort --keep-going`: listed on standard error, as the
/// last line of the cohort JSON Lines (`{"failures": [...]}`) and in the HTML report.
public struct CohortFailure: Codable, Sendable, Equatable {
    public let file: String
    /// The exit code the file alone would have given (65 invalid input, 66 unreadable…).
    public let exitCode: Int
    /// What kind of failure that code stands for (`invalid input`, `input unreadable`…).
    public let exitClass: String
    /// The one-line error, naming the file and record.
    public let message: String

    public init(file: String, exitCode: Int, exitClass: String, message: String) {
        self.file = file
        self.exitCode = exitCode
        self.exitClass = exitClass
        self.message = message
    }

    enum CodingKeys: String, CodingKey {
        case file, message
        case exitCode = "exit_code"
        case exitClass = "exit_class"
    }

    /// The JSON Lines line that lists a cohort's failures.
    public struct Line: Codable, Sendable, Equatable {
        public let failures: [CohortFailure]

        public init(failures: [CohortFailure]) {
            self.failures = failures
        }
    }
}

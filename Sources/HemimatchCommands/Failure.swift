import ArgumentParser
import FoundationEssentials
import Reports
import Run

/// An error that ends the run with a one-line message and a documented exit code.
public struct Failure: Error, CustomStringConvertible {
    public let status: ExitStatus
    public let message: String

    public var description: String { message }

    init(status: ExitStatus, message: String) {
        self.status = status
        self.message = message
    }

    /// A library error, with the exit code of its kind.
    init(_ error: RunError) {
        self.init(status: ExitStatus(error.kind), message: error.message)
    }

    /// The failure as standard error shows it: one line.
    /// Control characters from input files are escaped line by line (a message may list several
    /// problems, one a line).
    var line: String {
        "hemimatch: "
            + message.split(separator: "\n", omittingEmptySubsequences: false).map { UntrustedText.escaped(String($0)) }
            .joined(separator: "\n") + "\n"
    }

    /// Runs a library call, its error as a failure.
    static func run<T>(_ body: () throws(RunError) -> T) throws(Failure) -> T {
        do {
            return try body()
        } catch {
            throw Failure(error)
        }
    }

    /// `--threads`' check, shared by `match`, `cohort` and `annotate`.
    static func checkThreads(_ threads: Int) throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    }

    /// An option out of range (`RunOptions.rangeProblem`): one line on standard error and exit 64.
    /// Checked first thing in a command's `outputs`, not in `validate()`, so that a run in process
    /// collects the line as the binary prints it.
    static func checkRanges(_ options: RunOptions) throws(Failure) {
        guard let problem = options.rangeProblem else { return }
        throw Failure(status: .usage, message: problem)
    }

    /// Runs `body`; a failure becomes one line on standard error and its exit code.
    static func reporting(_ body: () throws(Failure) -> Void) throws {
        do {
            try body()
        } catch {
            try? StandardStream.error.write(Data(error.line.utf8))
            throw ExitCode(error.status.rawValue)
        }
    }
}

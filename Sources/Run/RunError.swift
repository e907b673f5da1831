import Assessment
import Attribution
import CallerEvidence
import Checksums
import Knowledge
import Matching
import VariantIO

/// Why a library call could not produce its result: a kind the command line turns into its
/// documented exit code, and the one-line message it prints.
public struct RunError: Error, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case usage, invalidInput, unreadableInput, buildMismatch, internalError, outputFailed, invalidKnowledgeBase
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    /// A reader or writer failure, as the kind of input problem it is.
    init(_ error: VariantIOError) {
        switch error.kind {
        case .unreadable: self.init(.unreadableInput, error.description)
        case .notVariantFile, .truncated, .malformedRecord, .malformedHeader, .badIndex: self.init(.invalidInput, error.description)
        }
    }

    /// A fusion or copy-number table that cannot be read, or is refused.
    init(_ error: CallerTableError) {
        self.init(error.unreadable ? .unreadableInput : .invalidInput, error.description)
    }

    /// A genome build that cannot be decided, or a file that could not be read again to decide it.
    init(_ error: BuildDecision.Failure) {
        switch error {
        case .mismatch(let message): self.init(.buildMismatch, message)
        case .reading(let problem): self.init(problem)
        }
    }

    /// A clinical sheet that cannot be read, or a row of it that does not parse.
    init(_ error: ClinicalSheet.Failure) {
        switch error {
        case .unreadable(let message): self.init(.unreadableInput, message)
        case .invalid(let message): self.init(.invalidInput, message)
        case .twoRows(let message): self.init(.usage, message)
        }
    }

    /// A knowledge base found wanting while a run uses it.
    init(_ error: KnowledgeBaseError) {
        self.init(.invalidKnowledgeBase, "invalid knowledge base: \(error)")
    }

    /// Evidence that cannot be given to exactly the sample it names (`Attribution`).
    init(_ error: AttributionError) {
        self.init(.usage, error.message)
    }

    /// A file that could not be hashed for the provenance, as the kind of input problem it is.
    public init(_ error: ChecksumError) {
        switch error {
        case .unreadable(let message): self.init(.unreadableInput, message)
        case .reading(let problem): self.init(problem)
        case .knowledgeBase(let message): self.init(.invalidKnowledgeBase, message)
        }
    }
}

/// Runs a lower module's call, its typed error turned into the run's by `convert` (one of
/// `RunError`'s initialisers, as a rule).
func attempt<Result, Failure: Error>(_ convert: (Failure) -> RunError, _ body: () throws(Failure) -> Result) throws(RunError) -> Result {
    do {
        return try body()
    } catch {
        throw convert(error)
    }
}

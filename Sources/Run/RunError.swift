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
}

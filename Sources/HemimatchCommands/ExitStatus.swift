import Run

/// hemimatch's documented exit codes (see `--help` and the README).
public enum ExitStatus: Int32, CaseIterable, Sendable {
    case success = 0
    case someFilesFailed = 3
    case usage = 64
    case invalidInput = 65
    case unreadableInput = 66
    case buildMismatch = 67
    case internalError = 70
    case outputFailed = 73
    case invalidKnowledgeBase = 78

    public var meaning: String {
        switch self {
        case .success: return "success"
        case .someFilesFailed: return "cohort --keep-going: some files gave no report (listed); the others' results were written"
        case .usage: return "usage error: bad option, unknown sample"
        case .invalidInput: return "input is not VCF/BCF, is truncated, or has a malformed header or record"
        case .unreadableInput: return "input file missing or unreadable"
        case .buildMismatch: return "genome build cannot be decided, or contradicts --build"
        case .internalError: return "internal error"
        case .outputFailed: return "output cannot be written"
        case .invalidKnowledgeBase: return "knowledge base missing or invalid"
        }
    }

    /// The exit-code table for `--help` (part of the root command's configuration and of each
    /// command's, so built once a run and kept: padded by hand rather than with Foundation's
    /// `padding(toLength:withPad:startingAt:)`).
    static let helpTable: String =
        allCases.map { status in
            let code = String(status.rawValue)
            return "  \(code)\(String(repeating: " ", count: max(0, 4 - code.count)))\(status.meaning)"
        }
        .joined(separator: "\n")
}

extension ExitStatus {
    /// The exit code of a library error's kind.
    init(_ kind: RunError.Kind) {
        switch kind {
        case .usage: self = .usage
        case .invalidInput: self = .invalidInput
        case .unreadableInput: self = .unreadableInput
        case .buildMismatch: self = .buildMismatch
        case .internalError: self = .internalError
        case .outputFailed: self = .outputFailed
        case .invalidKnowledgeBase: self = .invalidKnowledgeBase
        }
    }
}

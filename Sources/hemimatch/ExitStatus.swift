import ArgumentParser

/// hemimatch's documented exit codes (see `--help` and the README).
enum ExitStatus: Int32, CaseIterable {
    case success = 0
    case usage = 64
    case invalidInput = 65
    case unreadableInput = 66
    case buildMismatch = 67
    case internalError = 70
    case outputFailed = 73
    case invalidKnowledgeBase = 78

    var meaning: String {
        switch self {
        case .success: return "success"
        case .usage: return "usage error: bad option, unknown sample"
        case .invalidInput: return "input is not VCF/BCF, is truncated, or has a malformed header or record"
        case .unreadableInput: return "input file missing or unreadable"
        case .buildMismatch: return "genome build cannot be decided, or contradicts --build"
        case .internalError: return "internal error"
        case .outputFailed: return "output cannot be written"
        case .invalidKnowledgeBase: return "knowledge base missing or invalid"
        }
    }

    /// The exit-code table for `--help`.
    static var helpTable: String {
        allCases.map { "  \(String($0.rawValue).padding(toLength: 4, withPad: " ", startingAt: 0))\($0.meaning)" }
            .joined(separator: "\n")
    }
}

import Foundation

/// An error that ends the run with a one-line message and a documented exit code.
struct Failure: Error, CustomStringConvertible {
    let status: ExitStatus
    let message: String

    var description: String { message }

    /// Runs `body`; a failure becomes one line on standard error and its exit code.
    static func reporting(_ body: () throws(Failure) -> Void) throws {
        do {
            try body()
        } catch {
            FileHandle.standardError.write(Data("hemimatch: \(error.message)\n".utf8))
            throw ExitCode(error.status.rawValue)
        }
    }
}

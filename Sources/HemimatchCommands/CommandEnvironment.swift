import FoundationEssentials
import Glibc
import Reports
import Run
import Synchronization

/// What a command needs from the process around it: whether standard output and standard error are
/// terminals (colour, the progress bar), where its warnings go as they happen: to standard error
/// (the binary) or into the outputs (tests, in process), knowledge bases already loaded (tests) and
/// the default knowledge base's load started with the process (`KnowledgeBasePreload`).
public struct CommandEnvironment: Sendable {
    public let standardOutputIsTerminal: Bool
    public let standardErrorIsTerminal: Bool
    private let diagnostics: Diagnostics
    let knowledgeBases: KnowledgeBaseCache?
    let knowledgeBasePreload: KnowledgeBasePreload?

    /// The process's own standard output and error: warnings written at once.
    public static var process: CommandEnvironment { process(preloaded: nil) }

    /// The process's own standard output and error, the default knowledge base taken from `preload` when given.
    public static func process(preloaded preload: KnowledgeBasePreload?) -> CommandEnvironment {
        CommandEnvironment(
            standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1, standardErrorIsTerminal: isatty(STDERR_FILENO) == 1,
            diagnostics: Diagnostics(collects: false), knowledgeBases: nil, knowledgeBasePreload: preload)
    }

    /// No terminal; warnings collected into `CommandOutputs.standardError`; knowledge bases taken
    /// from `knowledgeBases`, the default one from `preload`, when given.
    public static func collecting(knowledgeBases: KnowledgeBaseCache? = nil, preloaded preload: KnowledgeBasePreload? = nil) -> CommandEnvironment {
        CommandEnvironment(
            standardOutputIsTerminal: false, standardErrorIsTerminal: false, diagnostics: Diagnostics(collects: true),
            knowledgeBases: knowledgeBases, knowledgeBasePreload: preload)
    }

    /// Writes a warning as standard error shows it, `hemimatch: warning: FILE: MESSAGE`, with the
    /// control characters of text from input files escaped.
    @Sendable func warn(_ warning: RunWarning) {
        diagnostics.write(Data("hemimatch: warning: \(UntrustedText.escaped("\(warning.file): \(warning.message)"))\n".utf8))
    }

    /// The diagnostics collected so far (empty when they went to standard error).
    var collectedDiagnostics: Data { diagnostics.collected }

    /// Warnings from any thread, in the order they arrive.
    private final class Diagnostics: Sendable {
        private let collects: Bool
        private let buffer = Mutex(Data())

        init(collects: Bool) {
            self.collects = collects
        }

        func write(_ data: Data) {
            if collects {
                buffer.withLock { $0.append(data) }
            } else {
                try? StandardStream.error.write(data)
            }
        }

        var collected: Data { buffer.withLock { $0 } }
    }
}

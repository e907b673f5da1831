import ArgumentParser
import Foundation
import Run

/// The `hemimatch` command: `match` (the default), `cohort`, `merge`, `annotate`, `kb` and `explain`.
public struct Hemimatch: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "hemimatch",
        abstract: "Match a tumor's variant calls to the HEM-iSMART trial groups.",
        discussion: """
        `hemimatch FILE` matches a file (the `match` command, whose options `hemimatch help match` lists); \
        `hemimatch kb list|show|validate` reads the knowledge base; `cohort` matches many files, `merge` gathers \
        per-sample reports into cohort outputs, `annotate` writes the input back with HEMI_* INFO tags, `explain` \
        says what a variant meets. Shell completions: `hemimatch --generate-completion-script bash|zsh|fish`.

        Exit codes:
        \(ExitStatus.helpTable)
        """,
        version: HemimatchVersion.current,
        subcommands: [Match.self, CohortCommand.self, MergeCommand.self, AnnotateCommand.self, KnowledgeBaseCommand.self, ExplainCommand.self],
        defaultSubcommand: Match.self
    )

    public init() {}

    /// `hemimatch --version` (optionally with `--kb DIR`) is answered here, since the knowledge base is
    /// only known at run time: the tool's version, then the knowledge base a run would use
    /// (`HemimatchVersion.knowledgeBaseLines`); a missing or invalid one is a one-line error and exit
    /// code 78 after the tool's version line, as for a run. Everything else goes to the argument parser.
    public static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard arguments.contains("--version"),
              let option = try? KnowledgeBaseOption.parse(arguments.filter { $0 != "--version" }) else { return main(nil) }
        do {
            try Failure.reporting { () throws(Failure) in
                FileHandle.standardOutput.write(Data("hemimatch \(HemimatchVersion.current)\n".utf8))
                let knowledgeBase = try option.load(in: .process)
                let lines = try Failure.run { () throws(RunError) in try HemimatchVersion.knowledgeBaseLines(knowledgeBase) }
                FileHandle.standardOutput.write(Data(lines.utf8))
            }
        } catch {
            exit(withError: error)
        }
    }
}

import ArgumentParser
import Run

/// The `hemimatch` command: `match` (the default), `cohort`, `merge`, `annotate`, `kb` and `explain`.
@main
struct Hemimatch: ParsableCommand {
    static let configuration = CommandConfiguration(
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
}

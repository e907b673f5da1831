import ArgumentParser
import FoundationEssentials
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
    /// Unless the line names `--kb`, the default knowledge base is loaded meanwhile on another thread
    /// (`KnowledgeBasePreload`), taken by the command if it loads that knowledge base.
    public static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let preload = KnowledgeBasePreload.start(for: arguments)
        guard arguments.contains("--version"),
            let option = try? KnowledgeBaseOption.parse(arguments.filter { $0 != "--version" })
        else { return parseAndRun(arguments, preloaded: preload) }
        do {
            try Failure.reporting { () throws(Failure) in
                try StandardStream.output.write(Data("hemimatch \(HemimatchVersion.current)\n".utf8))
                let knowledgeBase = try option.load(in: .process(preloaded: preload))
                let lines = try Failure.run { () throws(RunError) in try HemimatchVersion.knowledgeBaseLines(knowledgeBase) }
                try StandardStream.output.write(Data(lines.utf8))
            }
        } catch {
            exit(withError: error)
        }
    }

    /// Parses and runs the command. Help, `--version` and completion scripts print as the argument
    /// parser writes them (bash's taught the default subcommand, `DefaultSubcommandCompletion`); a failure the command reported has printed its line; any other parser
    /// error (an unknown option, a missing value, a failed validation) is one line in the tool's own
    /// style (`usageLine`), with the parser's exit code. A command that writes outputs takes the default
    /// knowledge base from `preload`.
    static func parseAndRun(_ arguments: [String], preloaded preload: KnowledgeBasePreload?) {
        do {
            if let command = ordinaryRun(arguments) {
                try command.run(in: .process(preloaded: preload))
            } else {
                var command = try parseAsRoot(arguments)
                if let output = command as? OutputCommand {
                    try output.run(in: .process(preloaded: preload))
                } else {
                    try command.run()
                }
            }
        } catch let code as ExitCode {
            exit(withError: code)
        } catch let failure as Failure {
            try? StandardStream.error.write(Data(failure.line.utf8))
            exit(withError: ExitCode(failure.status.rawValue))
        } catch {
            guard exitCode(for: error) != .success else {
                do {
                    try StandardStream.output.write(Data((DefaultSubcommandCompletion.output(for: error) + "\n").utf8))
                } catch {
                    try? StandardStream.error.write(Data(error.line.utf8))
                    exit(withError: ExitCode(error.status.rawValue))
                }
                exit(withError: ExitCode.success)
            }
            try? StandardStream.error.write(Data(usageLine(for: error, arguments: arguments).utf8))
            exit(withError: ExitCode(exitCode(for: error).rawValue))
        }
    }

    /// The command `arguments` (without the program name) name, parsed as `parseAsRoot` parses them:
    /// an ordinary run through `SubcommandParse` (a faster start), anything else by the root command.
    static func parse(commandLine arguments: [String]) throws -> ParsableCommand {
        if let command = ordinaryRun(arguments) { return command }
        return try parseAsRoot(arguments)
    }

    /// The command `arguments` run when the line names the default command or a subcommand without
    /// subcommands of its own and parses without any error, help or other early exit
    /// (`SubcommandParse`); `nil` when the root command must answer it.
    static func ordinaryRun(_ arguments: [String]) -> (any OutputCommand)? {
        guard let first = arguments.first, !first.hasPrefix("---"),
            !arguments.contains(where: { $0.hasPrefix("--generate-completion-script") })
        else { return nil }
        guard subcommandNames.contains(first) else { return SubcommandParse.command(Match.self, arguments) }
        guard let named = leafSubcommands[first] else { return nil }
        return parsed(named, Array(arguments.dropFirst()))
    }

    private static func parsed<Command: OutputCommand>(_ command: Command.Type, _ arguments: [String]) -> (any OutputCommand)? {
        SubcommandParse.command(command, arguments)
    }

    /// The subcommands without subcommands of their own, each naming `hemimatch` as its super-command
    /// (`SubcommandParse`), so that a line naming one parses with it as the root.
    static let leafCommands: [any OutputCommand.Type] = [
        Match.self, CohortCommand.self, MergeCommand.self, AnnotateCommand.self, ExplainCommand.self,
    ]

    /// The words that name a subcommand as the first argument: each subcommand's name and aliases,
    /// and `help`, which the argument parser adds to a root command with subcommands.
    static let subcommandNames: Set<String> = Set(
        configuration.subcommands.flatMap { [$0.configuration.commandName].compactMap { $0 } + $0.configuration.aliases } + ["help"])

    /// `leafCommands` by name and alias.
    static let leafSubcommands: [String: any OutputCommand.Type] = Dictionary(
        leafCommands.flatMap { command in
            ([command.configuration.commandName].compactMap { $0 } + command.configuration.aliases).map { ($0, command) }
        },
        uniquingKeysWith: { first, _ in first })

    /// An argument-parser error as one line: `hemimatch: MESSAGE; see 'hemimatch help COMMAND'`, the
    /// parser's first line without its `Error:` and help lines (its own sentences lower-cased like the
    /// tool's; a command's validation message as written), the command named from the arguments
    /// (`match` when none is).
    public static func usageLine(for error: Error, arguments: [String]) -> String {
        var message = message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
        if message.hasPrefix("Error: ") { message.removeFirst(7) }
        if message.hasSuffix(".") { message.removeLast() }
        if !(error is ValidationError), let first = message.first, first.isUppercase, message.dropFirst().first?.isLowercase == true {
            message = first.lowercased() + message.dropFirst()
        }
        let names = configuration.subcommands.map { $0.configuration.commandName ?? "" }
        var command = arguments.first.flatMap { names.contains($0) ? $0 : nil } ?? "match"
        if command == "kb", arguments.count > 1, ["list", "show", "validate"].contains(arguments[1]) { command += " " + arguments[1] }
        return "hemimatch: \(message); see 'hemimatch help \(command)'\n"
    }
}

import ArgumentParser

/// The start-up shortcut for `hemimatch FILE …`: `match`'s arguments parsed with `match` as the only
/// command, instead of the root's parse, which first builds every subcommand's tree, reflects
/// `match`'s option set once more to learn whether it captures the rest of the line, and probes the
/// line for `--generate-completion-script` by parsing it as two more commands.
///
/// It answers only an ordinary run: a line whose first word names no subcommand and that parses
/// without any error, help or other early exit. Anything else is left to the root's parse, so that
/// help, errors, exit codes, completion scripts and `--version` are the argument parser's as ever
/// (the root parse then starts from the beginning: only a failing line pays twice).
struct DefaultSubcommandParse: ParsableCommand {
    /// A command with a super-command: the argument parser skips its completion-script probe for it.
    static let configuration = CommandConfiguration(commandName: "match", _superCommandName: "hemimatch")

    @OptionGroup var match: Match

    /// `arguments` (without the program name) as `match` would get them from the root command, or
    /// `nil` when the root command must answer them.
    static func match(_ arguments: [String]) -> Match? {
        guard let first = arguments.first, !first.hasPrefix("---"), !Hemimatch.subcommandNames.contains(first),
            !arguments.contains(where: { $0.hasPrefix("--generate-completion-script") })
        else { return nil }
        return (try? parseAsRoot(arguments) as? Self)?.match
    }
}

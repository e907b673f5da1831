import ArgumentParser

/// The start-up shortcut for an ordinary run of one command (`Hemimatch.ordinaryRun`): `hemimatch
/// FILE …` (the default, `match`) or `hemimatch match|cohort|merge|annotate|explain …`, the command's
/// arguments parsed with that command as the only one. The root's parse would first build every
/// subcommand's tree, reflect the default command's option set (and the named one's) once more to
/// learn whether it captures the rest of the line, and probe the line for
/// `--generate-completion-script` by parsing it as two more commands.
///
/// It answers only a line that parses without any error, help or other early exit. Anything else is
/// left to the root's parse, so that help, errors, exit codes, completion scripts and `--version`
/// are the argument parser's as ever (the root parse then starts from the beginning: only a failing
/// line pays twice).
struct SubcommandParse<Command: ParsableCommand>: ParsableCommand {
    /// A command with a super-command: the argument parser skips its completion-script probe for it.
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: Command.configuration.commandName, _superCommandName: "hemimatch")
    }

    @OptionGroup var command: Command

    /// `arguments` (without the command's name) as `Command` would get them from the root command.
    static func command(_ arguments: [String]) -> Command? {
        (try? parseAsRoot(arguments) as? Self)?.command
    }
}

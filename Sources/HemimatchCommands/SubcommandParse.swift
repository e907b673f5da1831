import ArgumentParser

/// The start-up shortcut for an ordinary run of one command (`Hemimatch.ordinaryRun`): `hemimatch
/// FILE …` (the default, `match`) or `hemimatch match|cohort|merge|annotate|explain …`, the command's
/// arguments parsed with that command as the root. The root command's parse would first build every
/// subcommand's tree, reflect the default command's option set (and the named one's) once more to
/// learn whether it captures the rest of the line, and probe the line for
/// `--generate-completion-script` by parsing it as two more commands. Each of these commands names
/// `hemimatch` as its super-command (`superCommandName`), for which the argument parser skips that
/// probe; nothing else reads it while `hemimatch` is the root.
///
/// It answers only a line that parses without any error, help or other early exit. Anything else is
/// left to the root's parse, so that help, errors, exit codes, completion scripts and `--version`
/// are the argument parser's as ever (the root parse then starts from the beginning: only a failing
/// line pays twice).
enum SubcommandParse {
    /// The `_superCommandName` of every command `Hemimatch.leafCommands` lists.
    static let superCommandName = "hemimatch"

    /// `arguments` (without the command's name) as `Command` would get them from the root command.
    static func command<Command: OutputCommand>(_: Command.Type, _ arguments: [String]) -> Command? {
        (try? Command.parseAsRoot(arguments)) as? Command
    }
}

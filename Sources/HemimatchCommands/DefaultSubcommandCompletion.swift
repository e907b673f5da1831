import ArgumentParser

/// Shell completion for `hemimatch FILE …`, where `match` is the default subcommand and is not typed.
///
/// swift-argument-parser's scripts complete a default subcommand's files, options and values only
/// after its name (apple/swift-argument-parser#488): `hemimatch x.vcf --build <TAB>` offers the
/// subcommand names. The bash script is taught here to hand every line whose first word names no
/// subcommand (nor a root flag) to `match`'s completion, and to offer `match`'s input files beside the
/// subcommand names for the first word.
enum DefaultSubcommandCompletion {
    /// What the argument parser prints for a successful early exit (help, `--version`, a completion
    /// script), with the bash completion script taught the default subcommand.
    static func output(for error: Error) -> String {
        let message = Hemimatch.fullMessage(for: error)
        return message.hasPrefix("#!/bin/bash") ? bash(message) : message
    }

    /// The bash script with the default subcommand's completion wired into the root function.
    static func bash(_ script: String) -> String {
        let anchor = "    local -a unparsed_words=(\"${COMP_WORDS[@]:1:${COMP_CWORD}}\")\n"
        guard let range = script.firstRange(of: anchor) else { return script }
        let words =
            Hemimatch.configuration.subcommands.compactMap { command in command.configuration.commandName }
            + ["help", "--version", "-h", "--help", "--generate-completion-script"]
        let block = """
                # `match` is the default subcommand: a line whose first word names no subcommand is match's.
                if [[ "${COMP_CWORD}" -gt 1 && ! " \(words.joined(separator: " ")) " == *" ${COMP_WORDS[1]} "* ]]; then
                    _hemimatch_match
                    return
                fi
                # The first word: match's input files and options beside the subcommand names.
                if [[ "${COMP_CWORD}" -eq 1 ]]; then
                    local -a root_words=("${unparsed_words[@]}")
                    _hemimatch_match
                    unparsed_words=("${root_words[@]}")
                fi

            """
        var wired = script
        wired.replaceSubrange(range, with: anchor + block)
        return wired
    }
}

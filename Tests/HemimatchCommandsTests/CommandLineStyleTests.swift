import ArgumentParser
import Foundation
import HemimatchCommands
import HemimatchTestSupport
import Testing

/// The command line as a user meets it, run in process: one error style, a folder named as input,
/// grouped help, and shell completion that offers files and values.
@Suite struct CommandLineStyleTests {
    func standardError(_ run: CommandLineRun) -> String { String(decoding: run.outputs.standardError, as: UTF8.self) }

    /// The argument parser's errors read like the tool's own: one line, `hemimatch: `, the command's help named.
    @Test(arguments: [
        (["TestData/tumor_normal.grch38.vcf", "--bogus"], "hemimatch: unknown option '--bogus'; see 'hemimatch help match'\n"),
        (["cohort", "--min-vaf"], "hemimatch: missing value for '--min-vaf <min-vaf>'; see 'hemimatch help cohort'\n"),
        (["kb", "show"], "hemimatch: missing expected argument '<name>'; see 'hemimatch help kb show'\n"),
        (["explain"], "hemimatch: missing expected argument '<variant>'; see 'hemimatch help explain'\n"),
        (
            ["x.vcf", "--format", "xml"],
            "hemimatch: the value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'json', 'jsonl' or 'tsv'; see 'hemimatch help match'\n"
        ),
    ])
    func parserErrorsAreOneLineWithTheHelpToRead(arguments: [String], line: String) {
        let run = CommandLineRun(arguments)
        #expect(run.status == 64)
        #expect(standardError(run) == line)
        #expect(run.outputs.standardOutput.isEmpty)
    }

    @Test func aFolderGivenAsInputPointsToCohort() throws {
        let folder = Repository.root.appendingPathComponent("TestData").path
        for command in [[], ["annotate"]] {
            let run = CommandLineRun(command + [folder, "-o", "/dev/null"])
            #expect(run.status == 64)
            #expect(
                standardError(run) == "hemimatch: \(folder) is a folder, not a variant file: to match the files in it, run hemimatch cohort "
                    + "\(folder)/*.vcf.gz (or --file-list); see 'hemimatch help \(command.first ?? "match")'\n")
        }
    }

    @Test func helpOfMatchGroupsItsOptions() {
        let help = String(decoding: CommandLineRun(["help", "match"]).outputs.standardOutput, as: UTF8.self)
        let sections = help.split(separator: "\n").filter { $0.hasSuffix(":") && $0 == $0.uppercased() }.map(String.init)
        #expect(sections == ["ARGUMENTS:", "MATCHING, SAMPLES AND THRESHOLDS:", "REPORT FILES:", "OPTIONS:"])
    }

    /// bash completion offers variant files for the input, the two builds for --build, the formats for --format.
    @Test func bashCompletionOffersFilesAndValues() {
        let script = String(decoding: CommandLineRun(["--generate-completion-script", "bash"]).outputs.standardOutput, as: UTF8.self)
        #expect(script.contains("-fX '!*.@(vcf|vcf.gz|vcf.bgz|bcf|maf|maf.gz|gz)'"))
        #expect(script.contains("-W 'GRCh37'$'\\n''GRCh38'"))
        #expect(script.contains("-W 'text'$'\\n''json'$'\\n''jsonl'$'\\n''tsv'"))
        #expect(script.contains("-fX '!*.@(fa|fasta|fa.gz|fasta.gz|fna)'"))
    }

    /// What bash offers at the end of `words` (after `hemimatch`), the script sourced from the in-process
    /// `--generate-completion-script bash` and run in `folder`.
    func bashCompletions(_ words: [String], in folder: URL) throws -> [String] {
        let script = folder.appendingPathComponent("hemimatch.bash")
        try CommandLineRun(["--generate-completion-script", "bash"]).outputs.standardOutput.write(to: script)
        let quoted = (["hemimatch"] + words).map { "'\($0)'" }.joined(separator: " ")
        let line = (["hemimatch"] + words).joined(separator: " ")
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.currentDirectoryURL = folder
        shell.arguments = [
            "-c",
            """
            source hemimatch.bash
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count); COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
            _hemimatch hemimatch '\(words.last!)' '\(words.count > 1 ? words[words.count - 2] : "hemimatch")'
            printf '%s\\n' "${COMPREPLY[@]}"
            """,
        ]
        let pipe = Pipe()
        shell.standardOutput = pipe
        try shell.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        return String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init).sorted()
    }

    /// Without the `match` word (`hemimatch x.vcf --build <TAB>`) bash offers match's values and files,
    /// and the first word offers match's input files beside the subcommand names.
    @Test func bashCompletionWorksWithoutTheMatchWord() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("completion-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("calls"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in ["a.vcf.gz", "b.bcf", "notes.txt"] {
            FileManager.default.createFile(atPath: folder.appendingPathComponent(file).path, contents: nil)
        }
        #expect(try bashCompletions(["a.vcf.gz", "--build", ""], in: folder) == ["GRCh37", "GRCh38"])
        #expect(try bashCompletions(["--build", ""], in: folder) == ["GRCh37", "GRCh38"])
        #expect(try bashCompletions(["a.vcf.gz", "--format", ""], in: folder) == ["json", "jsonl", "text", "tsv"])
        #expect(try bashCompletions(["a.vcf.gz", "-o", ""], in: folder) == ["a.vcf.gz", "b.bcf", "calls", "hemimatch.bash", "notes.txt"])
        #expect(try bashCompletions(["a.vcf.gz", "--bu"], in: folder) == ["--build"])
        #expect(
            try bashCompletions([""], in: folder)
                == ["--help", "--version", "-h", "a.vcf.gz", "annotate", "b.bcf", "calls", "cohort", "explain", "help", "kb", "match", "merge"])
        #expect(try bashCompletions(["match", "a.vcf.gz", "--build", ""], in: folder) == ["GRCh37", "GRCh38"])
        #expect(try bashCompletions(["cohort", "--build", ""], in: folder) == ["GRCh37", "GRCh38"])
        #expect(try bashCompletions(["kb", ""], in: folder) == ["--help", "--version", "-h", "list", "show", "validate"])
    }
}

/// `--transcript-policy` is parsed by the commands module (which does not import `Annotation`) into the
/// policy the run applies.
@Suite struct TranscriptPolicyOptionTests {
    @Test func aPolicyOutsideTheThreeIsAUsageError() {
        let run = CommandLineRun(["x.vcf", "--transcript-policy", "longest"])
        #expect(run.status == 64)
        #expect(
            String(decoding: run.outputs.standardError, as: UTF8.self)
                == "hemimatch: the value 'longest' is invalid for '--transcript-policy <transcript-policy>'. Please provide one of 'mane', 'canonical' or 'all'; see 'hemimatch help match'\n"
        )
    }
}

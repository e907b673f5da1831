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
        (["x.vcf", "--format", "xml"], "hemimatch: the value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'json', 'jsonl' or 'tsv'; see 'hemimatch help match'\n"),
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
            #expect(standardError(run) == "hemimatch: \(folder) is a folder, not a variant file: to match the files in it, run hemimatch cohort "
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
}

/// `--transcript-policy` is parsed by the commands module (which does not import `Annotation`) into the
/// policy the run applies.
@Suite struct TranscriptPolicyOptionTests {
    @Test func aPolicyOutsideTheThreeIsAUsageError() {
        let run = CommandLineRun(["x.vcf", "--transcript-policy", "longest"])
        #expect(run.status == 64)
        #expect(String(decoding: run.outputs.standardError, as: UTF8.self)
            == "hemimatch: the value 'longest' is invalid for '--transcript-policy <transcript-policy>'. Please provide one of 'mane', 'canonical' or 'all'; see 'hemimatch help match'\n")
    }
}

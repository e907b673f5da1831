import ArgumentParser
import Foundation
import HemimatchTestSupport
import Testing

@testable import HemimatchCommands

/// The start-up shortcut for an ordinary run (`hemimatch FILE …`, `hemimatch cohort …`) gives the
/// command exactly what the root command's parse gives it, and leaves every other line (help, `kb`,
/// completion, errors) to the root.
@Suite struct SubcommandParseTests {
    /// The parsed command's type and every option value, as `dump` writes them.
    func values(_ command: ParsableCommand) -> String {
        var text = ""
        dump(command, to: &text)
        return text
    }

    @Test(arguments: [
        ["x.vcf"],
        [
            "x.vcf", "-o", "out.json", "--format", "json", "--threads", "2", "-s", "A,B", "--normal", "N", "--fusions", "f.tsv", "--cnv",
            "c.cns", "--cnv-loss-log2", "-1.0", "--table-sample", "a=b", "--build", "GRCh38", "--min-vaf", "0.1", "--no-color",
            "--use-index", "--html", "r.html", "--kb", "/tmp/kb",
        ],
        ["-o", "out.json", "match"],
        ["--", "x.vcf"],
        ["--format=tsv", "x.vcf", "--transcript-policy", "all"],
        ["match", "x.vcf", "--threads", "2"],
    ])
    func anOrdinaryMatchParsesAsTheRootParsesIt(arguments: [String]) throws {
        let shortcut = try #require(HemimatchCommands.Hemimatch.ordinaryRun(arguments) as? Match)
        let root = try #require(try HemimatchCommands.Hemimatch.parseAsRoot(arguments) as? Match)
        #expect(values(shortcut) == values(root))
        #expect(values(shortcut).contains(arguments.last == "match" ? "\"match\"" : "\"x.vcf\""))
    }

    /// Each named command with its options; the value its parse must hold.
    static let namedLines: [([String], String, String)] = [
        (
            ["cohort", "a.vcf", "b.vcf", "-o", "out.jsonl", "--summary", "s.tsv", "--keep-going", "--threads", "2", "--min-vaf", "0.1"],
            "CohortCommand", "out.jsonl"
        ),
        (["cohort", "--file-list", "files.txt", "--html", "r.html", "--kb", "/tmp/kb"], "CohortCommand", "files.txt"),
        (["merge", "a.json", "b.jsonl", "--tsv", "t.tsv", "--kb", "/tmp/kb"], "MergeCommand", "t.tsv"),
        (
            ["annotate", Repository.testData("tumor_normal.grch38.vcf"), "-o", "y.vcf.gz", "-O", "z", "--build", "GRCh37"], "AnnotateCommand",
            "y.vcf.gz"
        ),
        (["explain", "KRAS:p.G12D", "--build", "GRCh38"], "ExplainCommand", "KRAS:p.G12D"),
    ]

    @Test(arguments: namedLines)
    func anOrdinaryNamedCommandParsesAsTheRootParsesIt(arguments: [String], command: String, value: String) throws {
        let shortcut = try #require(HemimatchCommands.Hemimatch.ordinaryRun(arguments))
        let root = try HemimatchCommands.Hemimatch.parseAsRoot(arguments)
        #expect(values(shortcut) == values(root))
        #expect(String(describing: type(of: shortcut)) == command)
        #expect(values(shortcut).contains("\"\(value)\""))
    }

    @Test(arguments: [
        [],
        ["help"], ["help", "match"], ["kb", "list"], ["kb", "show", "KRAS"], ["match"], ["match", "--help"], ["cohort"],
        ["cohort", "--summary", "-", "x.vcf"], ["merge"], ["annotate", "x.vcf"], ["annotate", "-", "-o", "y.vcf"], ["explain"],
        ["explain", "x", "--version"], ["cohort", "x.vcf", "-h"],
        ["x.vcf", "-h"], ["x.vcf", "--help"], ["-help"], ["x.vcf", "--version"], ["x.vcf", "--experimental-dump-help"],
        ["--generate-completion-script", "bash"], ["x.vcf", "--generate-completion-script=zsh"], ["x.vcf", "--generate-completion-script"],
        ["---completion", "--", "positional@0", "0", "0"],
        ["x.vcf", "--bogus"], ["x.vcf", "extra.vcf"], ["x.vcf", "--format", "xml"], ["x.vcf", "--threads", "0"], ["x.vcf", "--build", "hg17"],
        ["/"],
    ])
    func everyOtherLineGoesToTheRoot(arguments: [String]) {
        #expect(HemimatchCommands.Hemimatch.ordinaryRun(arguments) == nil)
    }

    @Test func theSubcommandNamesAreTheRootsAndHelp() {
        #expect(HemimatchCommands.Hemimatch.subcommandNames == ["match", "cohort", "merge", "annotate", "kb", "explain", "help"])
        #expect(HemimatchCommands.Hemimatch.leafSubcommands.keys.sorted() == ["annotate", "cohort", "explain", "match", "merge"])
    }

    /// Each command the shortcut parses as the root names `hemimatch` as its super-command, so that
    /// the argument parser skips its completion-script probe; they are the root's subcommands
    /// without subcommands, in the root's order.
    @Test func everyLeafCommandNamesTheRootAsItsSuperCommand() {
        let leaves = HemimatchCommands.Hemimatch.configuration.subcommands.filter { $0.configuration.subcommands.isEmpty }
        #expect(HemimatchCommands.Hemimatch.leafCommands.map { $0.configuration.commandName } == leaves.map { $0.configuration.commandName })
        #expect(HemimatchCommands.Hemimatch.leafCommands.map { $0.configuration._superCommandName } == Array(repeating: "hemimatch", count: 5))
        #expect(HemimatchCommands.Hemimatch.configuration._superCommandName == nil)
    }
}

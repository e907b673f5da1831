import ArgumentParser
import Foundation
import Testing

@testable import HemimatchCommands

/// The start-up shortcut for `hemimatch FILE …` gives `match` exactly what the root command's parse
/// gives it, and leaves every other line (help, subcommands, completion, errors) to the root.
@Suite struct DefaultSubcommandParseTests {
    /// Every option value of a parsed `match`, as `dump` writes them.
    func values(_ match: Match) -> String {
        var text = ""
        dump(match, to: &text)
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
    ])
    func anOrdinaryRunParsesAsTheRootParsesIt(arguments: [String]) throws {
        let shortcut = try #require(DefaultSubcommandParse.match(arguments))
        let root = try #require(try HemimatchCommands.Hemimatch.parseAsRoot(arguments) as? Match)
        #expect(values(shortcut) == values(root))
        #expect(values(shortcut).contains(arguments.last == "match" ? "\"match\"" : "\"x.vcf\""))
    }

    @Test(arguments: [
        [],
        ["help"], ["help", "match"], ["match", "x.vcf"], ["cohort", "x.vcf"], ["merge", "a.json"], ["annotate", "x.vcf"], ["kb", "list"],
        ["explain", "KRAS:p.G12D"],
        ["x.vcf", "-h"], ["x.vcf", "--help"], ["-help"], ["x.vcf", "--version"], ["x.vcf", "--experimental-dump-help"],
        ["--generate-completion-script", "bash"], ["x.vcf", "--generate-completion-script=zsh"], ["x.vcf", "--generate-completion-script"],
        ["---completion", "--", "positional@0", "0", "0"],
        ["x.vcf", "--bogus"], ["x.vcf", "extra.vcf"], ["x.vcf", "--format", "xml"], ["x.vcf", "--threads", "0"], ["x.vcf", "--build", "hg17"],
        ["/"],
    ])
    func everyOtherLineGoesToTheRoot(arguments: [String]) {
        #expect(DefaultSubcommandParse.match(arguments) == nil)
    }

    @Test func theSubcommandNamesAreTheRootsAndHelp() {
        #expect(HemimatchCommands.Hemimatch.subcommandNames == ["match", "cohort", "merge", "annotate", "kb", "explain", "help"])
    }
}

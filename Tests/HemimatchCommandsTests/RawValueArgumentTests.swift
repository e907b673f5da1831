import ArgumentParser
import Testing

@testable import HemimatchCommands

/// The option values written out by `RawValueArgument` are what the argument parser's generic
/// defaults give a raw-string enumeration: every raw value in case order, no description per value
/// (`--transcript-policy` and annotate's `-O` are held to the same by the help texts' bytes).
@Suite struct RawValueArgumentTests {
    @Test func theValuesAreTheRawValuesInCaseOrder() {
        #expect(ReportFormat.allValueStrings == ["text", "json", "jsonl", "tsv"])
        #expect(ReportFormat.jsonl.defaultValueDescription == "jsonl")
        #expect(ReportFormat.allValueDescriptions.isEmpty)
    }

    @Test func theHelpListsThemWithTheDefault() {
        let help = String(decoding: CommandLineRun(["help", "match"]).outputs.standardOutput, as: UTF8.self)
        #expect(help.contains("(values:\n                          text, json, jsonl, tsv; default: text)"))
        #expect(help.contains("(values: mane, canonical,\n                          all; default: mane)"))
    }
}

import Foundation
import HemimatchCommands
import HemimatchTestSupport
import Testing

/// The committed man page (`make man`): generated from the help, plus the sections the generator
/// cannot write.
@Suite struct ManualPageTests {
    static let page = (try? String(contentsOf: Repository.root.appendingPathComponent("docs/man/hemimatch.1"), encoding: .utf8)) ?? ""

    @Test func itHasEnvironmentFilesAndSeeAlso() {
        let sections = Self.page.split(separator: "\n").filter { $0.hasPrefix(".Sh ") }.map(String.init)
        #expect(sections == [".Sh NAME", ".Sh SYNOPSIS", ".Sh DESCRIPTION", ".Sh \"EXIT STATUS\"", ".Sh ENVIRONMENT", ".Sh FILES", ".Sh SEE ALSO"])
        #expect(Self.page.contains(".It Ev HEMIMATCH_KB"))
        #expect(Self.page.contains(".Pa PREFIX/share/hemimatch/Reference ,"))
        #expect(Self.page.contains(".Xr bcftools 1 ,"))
    }

    /// It was made from today's help: each command's examples appear in it.
    @Test(arguments: commandsWithExamples)
    func itCarriesTheHelpsExamples(command: String) {
        let examples = helpExamples(in: String(decoding: CommandLineRun(["help", command]).outputs.standardOutput, as: UTF8.self))
        #expect(!examples.isEmpty)
        for example in examples {
            // The generator escapes backslashes and leading dots; compare the example's first words.
            #expect(Self.page.contains(String(example.prefix(40))), "\(command): \(example)")
        }
    }
}

import Foundation
import HemimatchTestSupport
import Testing

/// Every warning reaches standard error as one line, `hemimatch: warning: FILE: MESSAGE`, rendered in
/// one place (`CommandEnvironment.warn`): `merge`'s build mix as `match`'s and `cohort`'s, control
/// characters from file names escaped.
@Suite struct WarningLineTests {
    @Test func mergeWarnsAMixOfBuildsOnOneEscapedLine() throws {
        let folder = try TemporaryDirectory()
        let oddName = folder.path("grch37\u{1B}[31m.vcf")
        try FileManager.default.copyItem(atPath: Hemimatch.testData("no_panel_alteration.grch37.vcf"), toPath: oddName)
        let grch38 = folder.path("grch38.json"), grch37 = folder.path("grch37.json")
        #expect(try Hemimatch.run([Hemimatch.testData("tumor_normal.grch38.vcf"), "--format", "json", "-o", grch38]).status == 0)
        #expect(try Hemimatch.run([oddName, "--format", "json", "-o", grch37]).status == 0)
        let merged = try Hemimatch.run(["merge", grch38, grch37, "--tsv", folder.path("merged.tsv")])
        #expect(merged.status == 0)
        let shown = oddName.replacingOccurrences(of: "\u{1B}", with: "\\x1B")
        let first = Hemimatch.testData("tumor_normal.grch38.vcf")
        #expect(
            merged.stderr
                == "hemimatch: warning: \(shown): on GRCh37, while \(first) is on GRCh38: the reports mix genome builds "
                + "(GRCh37: \(shown); GRCh38: \(first)); every output names each sample's build, and their coordinates do not compare\n")
    }
}

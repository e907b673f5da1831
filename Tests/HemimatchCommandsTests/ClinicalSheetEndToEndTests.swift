import Foundation
import HemimatchTestSupport
import Testing

/// `--clinical` parsed as the command line gives it, for `match` and `cohort`, with its exit codes (issue 26).
@Suite struct ClinicalSheetEndToEndTests {
    static let header = "sample\tage_at_diagnosis_years\tage_years\tweight_kg\tprior_therapy\tcrlf2_overexpression\tdasatinib_ic50_nm"

    func write(_ folder: URL, _ name: String, _ lines: [String]) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func matchAndCohortReadTheSheetAndItsErrorsHaveTheirExitCodes() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = Hemimatch.testData("no_panel_alteration.grch37.vcf")
        let infant = try write(folder, "infant.tsv", [Self.header, "PATIENT1\t0.5\t3\t14\t\t\t"])
        let match = try Hemimatch.run([input, "--format", "json", "--clinical", infant])
        #expect(match.status == 0, "\(match.stderr)")
        let sample = try #require(try ReportJSON.decode(match.stdout).samples.first)
        #expect(sample.suggested_group == "none")
        let cohort = try Hemimatch.run(["cohort", input, "--clinical", infant])
        #expect(cohort.status == 0, "\(cohort.stderr)")
        let line = try #require(cohort.text.split(separator: "\n").first, "the cohort's JSON Lines")
        #expect(try ReportJSON.decode(Data(line.utf8)).samples.map(\.suggested_group) == ["none"])
        let stranger = try write(folder, "stranger.tsv", [Self.header, "NOBODY\t5\t7\t20\t\t\t"])
        let unknown = try Hemimatch.run([input, "--clinical", stranger])
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "hemimatch: \(stranger): sample 'NOBODY' is not a profiled sample of \(input) (it has PATIENT1)\n")
        let bad = try write(folder, "bad.tsv", [Self.header, "PATIENT1\t5\t7\t20\t\tmaybe\t"])
        let invalid = try Hemimatch.run([input, "--clinical", bad])
        #expect(invalid.status == 65)
        #expect(invalid.stderr == "hemimatch: \(bad) line 2: column crlf2_overexpression 'maybe' is not yes or no\n")
    }

    @Test func kbShowOfAGroupListsItsCriteria() throws {
        let d = try Hemimatch.run(["kb", "show", "D"]).text.split(separator: "\n").map(String.init)
        #expect(d.first == "group D: HEM-iSMART-D (trametinib, dexamethasone, cyclophosphamide, cytarabine)")
        #expect(d.last == "  exclusion 15  no-prior-drug trametinib  previous treatment with trametinib (NCT05658640)")
    }
}

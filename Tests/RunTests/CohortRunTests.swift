import Attribution
import Foundation
import HemimatchTestSupport
import Knowledge
import Reports
import Run
import Testing

/// Files side by side: the same bytes as one report per file, whatever the thread count, and the
/// earliest failing file's error.
@Suite struct CohortRunTests {
    /// Three copies of the fixture tumor/tumor file under different names, so each report names its input.
    static func files(in folder: URL) throws -> [CohortInput] {
        try ["a.vcf", "b.vcf", "c.vcf"].map { name in
            let path = folder.appendingPathComponent(name).path
            try Data(FixtureRunTests.vcf.utf8).write(to: URL(fileURLWithPath: path))
            return CohortInput(path: path)
        }
    }

    @Test("each file's worker renders the lines of its report: together the lines of the reports, in the files' order, at 1 and 2 threads")
    func jsonLinesAreTheReportsLines() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.files(in: folder)
        let cohort = CohortRun(file: FileRun(knowledgeBase: FixtureRunTests.knowledgeBase, options: RunOptions()))
        let reports = try cohort.reports(files, threads: 1)
        #expect(reports.map(\.run.input) == files.map(\.path))
        let expected = try JSONReport.renderLines(reports)
        #expect(String(decoding: expected, as: UTF8.self).split(separator: "\n").count == 6)
        for threads in [1, 2] {
            let perFile = try cohort.results(files, threads: threads) { report in try? JSONReport.renderLines(report) }
            #expect(perFile.compactMap { $0 }.reduce(Data(), +) == expected)
        }
    }

    @Test("a missing file fails the cohort with its error, whichever worker meets it")
    func missingFileFails() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files = try Self.files(in: folder)
        files.insert(CohortInput(path: folder.appendingPathComponent("missing.vcf").path), at: 1)
        let cohort = CohortRun(file: FileRun(knowledgeBase: FixtureRunTests.knowledgeBase, options: RunOptions()))
        for threads in [1, 2] {
            let error = #expect(throws: RunError.self) { try cohort.reports(files, threads: threads) }
            #expect(error?.kind == .unreadableInput)
            #expect(error?.description.contains("missing.vcf") == true)
        }
    }
}

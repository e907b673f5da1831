import Foundation
import HemimatchTestSupport
import Testing

/// One bad file no longer loses the cohort (review 2026-12-07, defect 11): inputs are checked before
/// any work, all failures at once; `--keep-going` writes the good files' results and lists the others.
@Suite struct CohortKeepGoingTests {
    private let folder: TemporaryDirectory
    /// Ten readable copies of the tumor/normal file.
    private let good: [String]

    init() throws {
        let folder = try TemporaryDirectory()
        let text = try String(contentsOfFile: Hemimatch.testData("tumor_normal.grch38.vcf"), encoding: .utf8)
        good = try (1...10).map { try folder.write("f\($0).vcf", text) }
        self.folder = folder
    }

    /// A bgzipped copy cut after 500 bytes.
    private func truncated() throws -> String {
        let whole = folder.path("whole.vcf.gz")
        try ChildProcess.shell("bgzip -c '\(good[0])' > '\(whole)'")
        return try folder.write("cut.vcf.gz", try Data(contentsOf: URL(fileURLWithPath: whole)).prefix(500))
    }

    @Test func everyUnreadableInputIsListedBeforeAnyWork() throws {
        let missing = folder.path("absent.vcf")
        let result = try Hemimatch.run(["cohort"] + good + [missing, folder.url.path, "-o", folder.path("c.jsonl")])
        #expect(result.status == 66)
        #expect(
            result.stderr.contains(
                "2 of 12 inputs cannot be read (nothing was matched):\n  \(missing): no such file\n  \(folder.url.path): is a directory"),
            "\(result.stderr)")
        #expect(result.files.isEmpty)
    }

    @Test func keepGoingWritesTheGoodResultsAndListsEachFailure() throws {
        let cut = try truncated(), missing = folder.path("absent.vcf")
        let files = Array(good[..<5]) + [cut] + Array(good[5...]) + [missing]
        let result = try Hemimatch.run(
            ["cohort", "--keep-going"] + files + [
                "-o", folder.path("c.jsonl"), "--html", folder.path("c.html"),
                "--summary", folder.path("c.tsv"),
            ])
        #expect(result.status == 3)
        #expect(result.stderr.contains("2 of 12 files gave no report (the others' results were written):\n  \(cut): exit 65 "), "\(result.stderr)")
        #expect(result.stderr.contains("\n  \(missing): exit 66 "), "\(result.stderr)")
        let lines = try #require(result.files[folder.path("c.jsonl")]).split(separator: UInt8(ascii: "\n"))
        #expect(lines.count == 11)
        let reports = try lines.dropLast().map { try #require(try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any]) }
        #expect(reports.compactMap { ($0["run"] as? [String: Any])?["input"] as? String } == good)
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(lines.last!)) as? [String: [[String: Any]]])
        #expect(listed["failures"]?.map { $0["file"] as? String } == [cut, missing])
        #expect(listed["failures"]?.map { $0["exit_code"] as? Int } == [65, 66])
        let html = String(decoding: try #require(result.files[folder.path("c.html")]), as: UTF8.self)
        #expect(html.contains("<h2>Files that gave no report</h2>"))
        #expect(html.contains("<td>\(cut)</td><td>65</td>"))
        #expect(String(decoding: try #require(result.files[folder.path("c.tsv")]), as: UTF8.self).split(separator: "\n").count == 11)

        // merge carries the failures through.
        let merged = try Hemimatch.run(["merge", folder.path("c.jsonl"), "-o", folder.path("m.jsonl")])
        #expect(merged.status == 0, "\(merged.stderr)")
        let mergedLines = try #require(merged.files[folder.path("m.jsonl")]).split(separator: UInt8(ascii: "\n"))
        #expect(mergedLines.count == 11)
        #expect(String(decoding: mergedLines.last!, as: UTF8.self).hasPrefix("{\"failures\":[{\"exit_class\""))
    }

    /// The issue's own case: of 200 files one is truncated; the other 199 are reported, in order.
    @Test func oneTruncatedFileOf200LeavesTheOther199Reports() throws {
        let text = try String(contentsOfFile: good[0], encoding: .utf8)
        let copies = try (1...199).map { try folder.write("copy\($0).vcf", text) }
        let cut = try truncated()
        let files = Array(copies[..<100]) + [cut] + Array(copies[100...])
        let result = try Hemimatch.run(["cohort", "--keep-going", "--threads", "2"] + files + ["-o", folder.path("c200.jsonl")])
        #expect(result.status == 3)
        #expect(result.stderr.contains("1 of 200 files gave no report (the others' results were written):\n  \(cut): exit 65 "), "\(result.stderr)")
        let lines = try #require(result.files[folder.path("c200.jsonl")]).split(separator: UInt8(ascii: "\n"))
        #expect(lines.count == 200, "199 reports and the failures line")
        let inputs = try lines.dropLast().map { line in
            try #require(((try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])?["run"] as? [String: Any])?["input"] as? String)
        }
        #expect(inputs == copies)
    }

    @Test func keepGoingWithEveryFileGoodExitsZeroAndListsNothing() throws {
        let result = try Hemimatch.run(["cohort", "--keep-going"] + good + ["-o", folder.path("c.jsonl")])
        #expect(result.status == 0)
        let text = String(decoding: try #require(result.files[folder.path("c.jsonl")]), as: UTF8.self)
        #expect(text.split(separator: "\n").count == 10)
        #expect(!text.contains("\"failures\""))
    }

    /// A file that fails under `--keep-going` may still be a child a plain sheet row names: its samples are
    /// read from its header, and a plain name it shares with another file stops the run (exit 64, nothing
    /// written), as when both files match; when even its header cannot be read, a plain row that reached a
    /// sample stops the run too, while a `FILE:SAMPLE` row still reaches its one sample.
    @Test func aFailedFileStillKeepsAPlainSheetRowFromAnotherChild() throws {
        let text = try String(contentsOfFile: good[0], encoding: .utf8)
        let malformed = try folder.write("bad.vcf", text.replacingOccurrences(of: "chr9\t5078360\t", with: "chr9\tPOS\t"))
        let sheet = try folder.write(
            "sheet.tsv", ClinicalChecklistEndToEndTests.header + "\nTUMOR\t5\t7\t20\t\t\t4\n")
        let out = folder.path("c.jsonl")
        let shared = try Hemimatch.run(["cohort", "--keep-going", good[0], malformed, "--clinical", sheet, "-o", out])
        #expect(shared.status == 64, "\(shared.stderr)")
        #expect(
            shared.stderr.hasSuffix(
                "hemimatch: \(sheet): sample 'TUMOR' is in 2 files (\(good[0]), \(malformed)): name its row FILE:SAMPLE, as the cohort's reports label it (\(good[0]):TUMOR)\n"
            ), "\(shared.stderr)")
        #expect(shared.files[out] == nil)

        let missing = folder.path("absent.vcf")
        let unknown = try Hemimatch.run(["cohort", "--keep-going", good[0], missing, "--clinical", sheet, "-o", out])
        #expect(unknown.status == 64, "\(unknown.stderr)")
        #expect(
            unknown.stderr.hasSuffix(
                "hemimatch: \(sheet): row 'TUMOR' names a sample by its plain name, and \(missing) failed before its samples could be read: the row may be its child's; name it FILE:SAMPLE\n"
            ), "\(unknown.stderr)")
        #expect(unknown.files[out] == nil)

        try (ClinicalChecklistEndToEndTests.header + "\n\(good[0]):TUMOR\t5\t7\t20\t\t\t4\n").write(
            toFile: sheet, atomically: true, encoding: .utf8)
        let labelled = try Hemimatch.run(["cohort", "--keep-going", good[0], missing, "--clinical", sheet, "-o", out])
        #expect(labelled.status == 3, "\(labelled.stderr)")
        let written = try #require(labelled.files[out])
        let first = try #require(String(decoding: written, as: UTF8.self).split(separator: "\n").first)
        let sample = try #require(try ReportJSON.decode(Data(first.utf8)).samples.first)
        #expect(sample.checklist != nil, "the labelled row reached its sample")
    }
}

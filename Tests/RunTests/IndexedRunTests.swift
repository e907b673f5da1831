import Foundation
import HemimatchTestSupport
import Profile
import Run
import Testing

/// `--use-index` and `--regions-from-index` on indexes that do and do not fit the file (review
/// 2026-12-07, defect 1): a stale index never changes a group silently.
@Suite struct IndexedRunTests {
    /// A bgzipped, tabix-indexed copy of `name` (a file of `TestData/`) in `folder`.
    private func indexedCopy(_ name: String, in folder: TemporaryDirectory) throws -> String {
        let data = folder.path(name + ".gz")
        try ChildProcess.shell("bgzip -c '\(Repository.testData(name))' > '\(data)' && tabix -p vcf '\(data)'")
        return data
    }

    private func report(_ input: String, _ use: RunOptions.IndexUse) throws(RunError) -> MatchReport {
        var options = RunOptions()
        options.indexUse = use
        return try FileRun(knowledgeBase: shippedKnowledgeBase, options: options).report(input: input, threads: 1)
    }

    @Test func aFittingIndexGivesTheStreamedGroupsAndIsRecordedInTheRunMetadata() throws {
        let folder = try TemporaryDirectory()
        let data = try indexedCopy("tumor_normal.grch38.vcf", in: folder)
        let indexed = try report(data, .required)
        #expect(indexed.samples.map(\.suggestedGroup) == ["review"])
        #expect(indexed.samples.map(\.candidateGroups) == [["C", "D"]])
        #expect(indexed.run.readsIndexedRegions)
        let index = try #require(indexed.run.index)
        #expect(index.path == data + ".tbi")
        #expect(index.size == (try FileManager.default.attributesOfItem(atPath: data + ".tbi")[.size] as? Int))
        let modified = try #require(index.modified)
        #expect(modified.hasSuffix("Z") && modified.count == 24, "\(modified)")
        #expect(try report(data, .never).run.index == nil)
    }

    @Test func aStaleIndexStopsTheRunWhetherAskedForOrOnlyUsedWhenPresent() throws {
        let folder = try TemporaryDirectory()
        let data = try indexedCopy("tumor_normal.grch38.vcf", in: folder)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_577_836_800)], ofItemAtPath: data + ".tbi")
        for use in [RunOptions.IndexUse.required, .whenPresent] {
            #expect {
                try report(data, use)
            } throws: { error in
                let error = error as! RunError
                return error.kind == .invalidInput && error.message.hasPrefix("\(data).tbi: the index is older than its data file")
            }
        }
        #expect(try report(data, .never).samples.map(\.candidateGroups) == [["C", "D"]])
    }

    @Test func noRecordThroughTheIndexIsCheckedByStreamingTheWholeFile() throws {
        let folder = try TemporaryDirectory()
        // Two records, neither in a panel gene: the index gives none, as a stale one might.
        let lines = try String(contentsOfFile: Repository.testData("tumor_normal.grch38.vcf"), encoding: .utf8).split(separator: "\n")
        let record = try #require(lines.first { !$0.hasPrefix("#") })
        let body = ["1000000", "2000000"].map { "chr1\t\($0)" + record.drop { $0 != "\t" }.dropFirst().drop { $0 != "\t" } }
        let text = try folder.write("outside.vcf", lines.filter { $0.hasPrefix("#") }.map(String.init) + body)
        let data = text + ".gz"
        try ChildProcess.shell("bgzip -c '\(text)' > '\(data)' && tabix -p vcf '\(data)'")
        let streamed = try report(data, .never)
        let checked = try report(data, .required)
        #expect(
            checked.run.warnings.contains { $0.hasPrefix("0 records through the index \(data).tbi: the whole file was streamed to check") },
            "\(checked.run.warnings)")
        #expect(checked.run.index == nil)
        #expect(!checked.run.readsIndexedRegions)
        #expect(checked.run.recordsRead == streamed.run.recordsRead)
        #expect(checked.run.recordsRead == 2)
        #expect(checked.samples.map(\.suggestedGroup) == streamed.samples.map(\.suggestedGroup))
    }
}

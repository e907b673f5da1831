import CHTSlib
import Foundation
import HemimatchTestSupport
import Testing

@testable import VariantIO

/// Two readers on one bgzipped VCF with a tabix index (`--threads 2`): the second reads from a record
/// near the middle while the first reads up to it, and what comes out is what one reader gives:
/// the same records with the same numbers, the same count, the same warnings and the same errors.
@Suite struct ReadAheadTests {
    /// `records` as a bgzipped VCF (by `bgzip`, which keeps every byte) with a tabix index in `folder`.
    private func indexed(_ records: [[String]], in folder: TemporaryDirectory, header: [String] = SyntheticVCF.headerLines) throws -> String {
        var columns = ["#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO", "FORMAT", "S1"]
        columns = [columns.joined(separator: "\t")]
        let text = try folder.write("calls.vcf", (header + columns + records.map { $0.joined(separator: "\t") }).joined(separator: "\n") + "\n")
        try runTool("bgzip", ["-f", text])
        try runTool("tabix", ["-p", "vcf", text + ".gz"])
        return text + ".gz"
    }

    /// What reading `path` with `threads` gives: the records `keep` wants, the count read, the
    /// warnings, and the error, if any.
    private func read(_ path: String, threads: Int, keep: @escaping @Sendable (String, Int, Bool) -> Bool) throws
        -> (records: [VariantRecord], read: Int, warnings: [String], error: String?, split: Int64?)
    {
        let reader = try VariantReader(path: path, threads: threads, request: FieldRequest(info: ["DP"], formatIntegers: ["AD"]))
        reader.readsAhead { keep }
        var records: [VariantRecord] = []
        do {
            while let record = try reader.next(where: keep) { records.append(record) }
        } catch {
            return (records, reader.recordsRead, reader.warnings, error.description, reader.readAheadFrom)
        }
        return (records, reader.recordsRead, reader.warnings, nil, reader.readAheadFrom)
    }

    /// The split the index beside `path` proposes (`ReadAhead.middleRecord`).
    private func middle(_ path: String) -> Int64? {
        guard let size = VariantIndex.status(path)?.st_size, let tabix = tbx_index_load3(path, path + ".tbi", HTS_IDX_SILENT_FAIL) else { return nil }
        defer { tbx_destroy(tabix) }
        return ReadAhead.middleRecord(size: Int64(size), tabix: tabix)
    }

    @Test("the index proposes a record near the middle of the compressed bytes")
    func middleRecord() throws {
        let folder = try TemporaryDirectory()
        let path = try indexed(SyntheticVCF.manyRecords(40_000), in: folder)
        let size = try #require(VariantIndex.status(path)).st_size
        let offset = try #require(middle(path))
        #expect(offset >> 16 > Int64(size) / 4)
        #expect(offset >> 16 <= Int64(size) / 2)
    }

    @Test("kept records, their numbers and the count read are one reader's, with a few kept or every one")
    func sameRecords() throws {
        let folder = try TemporaryDirectory()
        let path = try indexed(SyntheticVCF.manyRecords(40_000), in: folder)
        // Every 7th position, then every record: the second reader stops at its limit of held records
        // and the first reads on from there.
        for keep in [{ @Sendable (_: String, position: Int, _: Bool) in (position / 10) % 7 == 0 }, { @Sendable _, _, _ in true }] {
            let alone = try read(path, threads: 1, keep: keep)
            let both = try read(path, threads: 2, keep: keep)
            #expect(alone.error == nil)
            #expect(alone.split == nil)
            #expect(both.split == middle(path))
            #expect(alone.read == 40_000)
            #expect(both.read == 40_000)
            #expect(both.records.map(\.ordinal) == alone.records.map(\.ordinal))
            let same = both.records == alone.records
            #expect(same, "the kept records differ")
        }
    }

    @Test("a warning or an error in the second half is the one reading alone gives, record numbers included")
    func oddLinesInTheSecondHalf() throws {
        let folder = try TemporaryDirectory()
        var records = SyntheticVCF.manyRecords(30_000)
        // Past the middle: a record with a column more than the header names (a warning), and one on a
        // contig of its own at the end (which htslib declares from the tabix index as it reads the header).
        records[20_000].append("extra")
        records += [["chrUn", "5", "u1", "A", "C", ".", "PASS", "DP=3", "GT:AD:DP", "0/1:1,2:3"]]
        let keep: @Sendable (String, Int, Bool) -> Bool = { _, position, _ in position % 30 == 0 }
        let alone = try read(try indexed(records, in: folder), threads: 1, keep: keep)
        let both = try read(folder.path("calls.vcf.gz"), threads: 2, keep: keep)
        #expect(alone.warnings.count == 1)
        #expect(alone.warnings.first?.hasPrefix("record 20001 (chr1:201000, 11 columns, the header 10)") == true, "\(alone.warnings)")
        #expect(both.split != nil)
        #expect(both.warnings == alone.warnings)
        #expect(both.records.map(\.ordinal) == alone.records.map(\.ordinal))
        #expect(both.read == 30_001)

        let broken = try TemporaryDirectory()
        var malformed = SyntheticVCF.manyRecords(30_000)
        malformed[25_000].removeLast() // no sample column: tabix indexes it, the reader refuses it
        let path = try indexed(malformed, in: broken)
        let failedAlone = try read(path, threads: 1, keep: keep)
        let failedBoth = try read(path, threads: 2, keep: keep)
        #expect(failedAlone.error?.contains("line 25013 (after chr1:250990) is malformed") == true, "\(failedAlone.error ?? "no error")")
        #expect(failedBoth.split != nil)
        #expect(failedBoth.error == failedAlone.error)
        #expect(failedBoth.records.map(\.ordinal) == failedAlone.records.map(\.ordinal))
        #expect(failedBoth.read == failedAlone.read)
    }
}

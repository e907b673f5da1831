import Foundation
import HemimatchTestSupport
import Testing

@testable import VariantIO

/// An index is read through only when it fits its data: the reliability probes' stale, foreign and
/// corrupt indexes (review 2026-12-07, I-01..I-09), each made in a temporary folder.
@Suite struct IndexTrustTests {
    private let panel = [GenomicRegion(contig: "chr12", start: 25_245_000, end: 25_246_000)]

    /// `lines` of the test VCF, bgzipped to `name`.
    private func bgzipped(_ lines: [String], _ name: String, in folder: TemporaryDirectory) throws -> String {
        let text = try folder.write(name + ".txt", lines)
        return try bcftoolsCopy(of: text, format: "z", to: folder.path(name))
    }

    private var original: [String] {
        get throws { try String(contentsOfFile: Repository.tumorNormalVCF, encoding: .utf8).split(separator: "\n").map(String.init) }
    }

    /// The error `restrict(to:)` throws for `path`: the same whether the header was read with the
    /// index (`indexed`, as a run through the index reads it) or by htslib alone.
    private func refusal(_ path: String) throws -> VariantIOError {
        let errors = try [true, false].map { indexed throws -> VariantIOError in
            let reader = try VariantReader(path: path, indexed: indexed)
            do throws(VariantIOError) {
                try reader.restrict(to: panel)
            } catch {
                return error
            }
            Issue.record("\(path): its index was accepted (indexed: \(indexed))")
            return VariantIOError(.unreadable, path: "", detail: "")
        }
        #expect(errors[0].description == errors[1].description)
        return errors[0]
    }

    private func setModified(_ path: String, _ date: Date) throws {
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
    }

    @Test func anIndexOlderThanItsDataIsRefusedNamingTheIndexAndHowToRebuildIt() throws {
        let folder = try TemporaryDirectory()
        let data = try bgzipped(try original, "new.vcf.gz", in: folder)
        try runTool("tabix", ["-p", "vcf", data])
        try setModified(data + ".tbi", Date(timeIntervalSince1970: 1_577_836_800))
        let error = try refusal(data)
        #expect(error.kind == .badIndex)
        #expect(error.path == data + ".tbi")
        #expect(error.detail.contains("older than its data file \(data)"), "\(error)")
        #expect(error.detail.contains("`tabix -f -p vcf \(data)`"), "\(error)")
    }

    @Test func theIndexOfAnEarlierVersionOfTheFileIsRefused() throws {
        // The probe: the index of the file before KRAS G12D was added, copied beside the new file
        // (so it is newer than the data): read through it, G12D and the FLT3 ITD were lost.
        let folder = try TemporaryDirectory()
        let lines = try original
        let old = try bgzipped(lines.filter { !$0.hasPrefix("chr12\t25245350") }, "old.vcf.gz", in: folder)
        try runTool("tabix", ["-p", "vcf", old])
        let data = try bgzipped(lines, "new.vcf.gz", in: folder)
        try FileManager.default.copyItem(atPath: old + ".tbi", toPath: data + ".tbi")
        let error = try refusal(data)
        #expect(error.kind == .badIndex)
        #expect(error.path == data + ".tbi")
        #expect(error.detail.contains("offsets do not fit \(data)"), "\(error)")
    }

    @Test func theIndexOfAnotherFileIsRefused() throws {
        // The same calls behind 3,000 more header lines: its index pointed into the records (group A, 0 read).
        let folder = try TemporaryDirectory()
        let lines = try original
        let padded = [lines[0]] + (1...3000).map { "##pad\($0)=padding padding padding padding" } + lines.dropFirst()
        let other = try bgzipped(padded, "pad.vcf.gz", in: folder)
        try runTool("tabix", ["-p", "vcf", other])
        let data = try bgzipped(lines, "new.vcf.gz", in: folder)
        try FileManager.default.copyItem(atPath: other + ".tbi", toPath: data + ".tbi")
        #expect(try refusal(data).detail.contains("offsets do not fit"))
    }

    @Test func aCorruptIndexIsSaidToBeUnreadableNotMissing() throws {
        let folder = try TemporaryDirectory()
        let data = try bgzipped(try original, "new.vcf.gz", in: folder)
        try folder.write("new.vcf.gz.tbi", "not an index\n")
        let error = try refusal(data)
        #expect(error.kind == .badIndex)
        #expect(error.detail.hasPrefix("the index cannot be read"), "\(error)")
    }

    @Test func aStaleBCFIndexIsRefusedWithBcftoolsIndexAsTheRemedy() throws {
        let folder = try TemporaryDirectory()
        let data = try bcftoolsCopy(of: Repository.tumorNormalVCF, format: "b", to: folder.path("t.bcf"))
        try runTool("bcftools", ["index", data])
        try setModified(data + ".csi", Date(timeIntervalSince1970: 1_577_836_800))
        let error = try refusal(data)
        #expect(error.path == data + ".csi")
        #expect(error.detail.contains("`bcftools index -f \(data)`"), "\(error)")
    }

    @Test func aFittingIndexIsReadThroughAndRecorded() throws {
        let folder = try TemporaryDirectory()
        for (name, format, indexer, suffix) in [("t.vcf.gz", "z", ["tabix", "-p", "vcf"], ".tbi"), ("t.bcf", "b", ["bcftools", "index"], ".csi")] {
            let data = try bcftoolsCopy(of: Repository.tumorNormalVCF, format: format, to: folder.path(name))
            try runTool(indexer[0], Array(indexer.dropFirst()) + [data])
            for indexed in [true, false] {
                let reader = try VariantReader(path: data, indexed: indexed)
                try reader.restrict(to: panel)
                let index = try #require(reader.index)
                #expect(index.path == data + suffix)
                #expect(index.size == (try FileManager.default.attributesOfItem(atPath: data + suffix)[.size] as? Int))
                var found: [Int] = []
                while let record = try reader.next(where: { _, _, _ in true }) { found.append(record.position) }
                #expect(found == [25_245_300, 25_245_350], "\(name), indexed: \(indexed)")
            }
        }
    }

    /// A BCF whose contigs follow another order than its header's (chr17 first here): the last contig in
    /// header order does not end the data, so every contig is asked before the index is judged, and it fits.
    @Test func aBCFInAnotherContigOrderThanItsHeaderIsReadThroughItsIndex() throws {
        let folder = try TemporaryDirectory()
        let lines = try original
        let header = lines.filter { $0.hasPrefix("#") }, body = lines.filter { !$0.hasPrefix("#") }
        let reordered = header + body.filter { $0.hasPrefix("chr17\t") } + body.filter { !$0.hasPrefix("chr17\t") }
        let text = try folder.write("reordered.vcf", reordered)
        let data = try bcftoolsCopy(of: text, format: "b", to: folder.path("reordered.bcf"))
        try runTool("bcftools", ["index", data])
        let reader = try VariantReader(path: data)
        try reader.restrict(to: panel)
        var found: [Int] = []
        while let record = try reader.next(where: { _, _, _ in true }) { found.append(record.position) }
        #expect(found == [25_245_300, 25_245_350])
    }
}

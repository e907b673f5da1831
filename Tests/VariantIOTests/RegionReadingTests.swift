import CHTSlib
import Foundation
import HemimatchTestSupport
import Testing

@testable import VariantIO

/// Reading through `.tbi`/`.csi` with `restrict(to:)`, against the records a full read gives.
@Suite struct RegionReadingTests {
    /// Every record `restrict(to:)` delivers from `path`, as chrom:pos.
    private func loci(_ path: String, _ regions: [GenomicRegion]) throws -> [String] {
        let reader = try VariantReader(path: path)
        try reader.restrict(to: regions)
        #expect(reader.readsRegions)
        var found: [String] = []
        while let record = try reader.next(where: { _, _, _ in true }) { found.append("\(record.contig):\(record.position)") }
        #expect(reader.recordsRead == found.count)
        return found
    }

    /// Bgzipped with a tabix index, bgzipped with a CSI index, and BCF with a CSI index.
    private func indexedCopies(in folder: TemporaryDirectory) throws -> [String] {
        let tbi = try bcftoolsCopy(of: Repository.tumorNormalVCF, format: "z", to: folder.path("tbi.vcf.gz"))
        try runTool("tabix", ["-p", "vcf", tbi])
        let csi = try bcftoolsCopy(of: Repository.tumorNormalVCF, format: "z", to: folder.path("csi.vcf.gz"))
        try runTool("bcftools", ["index", "--csi", csi])
        let bcf = try bcftoolsCopy(of: Repository.tumorNormalVCF, format: "b", to: folder.path("t.bcf"))
        try runTool("bcftools", ["index", bcf])
        return [tbi, csi, bcf]
    }

    @Test func deliversExactlyTheRecordsInTheRegionsInRegionOrder() throws {
        let folder = try TemporaryDirectory()
        for path in try indexedCopies(in: folder) {
            let regions = [
                GenomicRegion(contig: "chr9", start: 5_000_000, end: 5_100_000),
                GenomicRegion(contig: "chr12", start: 25_245_340, end: 25_245_360),
                GenomicRegion(contig: "chr13", start: 28_034_105, end: 28_034_105),
                GenomicRegion(contig: "chrUn_absent", start: 1, end: 100),
            ]
            #expect(try loci(path, regions) == ["chr9:5078360", "chr12:25245350", "chr13:28034105"], "\(path)")
        }
    }

    @Test func aRecordOverlappingTwoRegionsComesOnce() throws {
        // The FLT3 insertion's REF spans 28034105 only; two regions both holding it, and a third after.
        let folder = try TemporaryDirectory()
        for path in try indexedCopies(in: folder) {
            let regions = [
                GenomicRegion(contig: "chr12", start: 25_245_000, end: 25_245_320),
                GenomicRegion(contig: "chr12", start: 25_245_300, end: 25_245_400),
                GenomicRegion(contig: "chr17", start: 7_675_000, end: 7_676_000),
            ]
            #expect(try loci(path, regions) == ["chr12:25245300", "chr12:25245350", "chr17:7675088"], "\(path)")
        }
    }

    @Test func aFileWithoutAnIndexOrNotBgzippedIsRefused() throws {
        let folder = try TemporaryDirectory()
        let unindexed = try bcftoolsCopy(of: Repository.tumorNormalVCF, format: "z", to: folder.path("plain.vcf.gz"))
        for (path, words) in [(unindexed, "no index"), (Repository.tumorNormalVCF, "only a bgzipped VCF or a BCF")] {
            let reader = try VariantReader(path: path)
            #expect {
                try reader.restrict(to: [GenomicRegion(contig: "chr12", start: 1, end: 100)])
            } throws: { error in
                (error as? VariantIOError)?.kind == .unreadable && "\(error)".contains(words) && "\(error)".contains(path)
            }
        }
    }
}

/// The block reader behind text VCF bodies.
@Suite struct LineBufferTests {
    /// The lines of `text` read through a LineBuffer with a tiny block, so lines cross blocks and the buffer grows.
    private func lines(_ text: String, blockSize: Int = 4, maximumLine: Int = 1 << 20) throws -> [String] {
        let folder = try TemporaryDirectory()
        let path = try folder.write("lines.txt", text)
        let stream = try #require(bgzf_open(path, "r"))
        defer { bgzf_close(stream) }
        let buffer = LineBuffer(stream: stream, maximumLine: maximumLine, blockSize: blockSize)
        var found: [String] = []
        while let line = try buffer.next() { found.append(String(decoding: line, as: UTF8.self)) }
        return found
    }

    @Test func splitsOnNewlinesAndDropsCarriageReturns() throws {
        #expect(try lines("alpha\nbe\r\n\nlonger than the block\nlast") == ["alpha", "be", "", "longer than the block", "last"])
        #expect(try lines("one\n") == ["one"])
        #expect(try lines("") == [])
    }

    @Test func aLineLongerThanTheMaximumIsAnError() throws {
        #expect(throws: LineBuffer.Failure.tooLong) {
            _ = try lines(String(repeating: "x", count: 64) + "\n", blockSize: 4, maximumLine: 16)
        }
    }
}

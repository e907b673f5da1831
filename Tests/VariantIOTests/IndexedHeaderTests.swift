import CHTSlib
import Foundation
import HemimatchTestSupport
import Testing

@testable import VariantIO

/// A bgzipped VCF to be read through its tabix index has its header read with that index, loaded
/// once (`VariantReader.readTextHeader(_:declaring:)`), instead of by htslib's `bcf_hdr_read`, which
/// loads the index itself and then again for the regions: the header must come out as htslib's own,
/// byte for byte, and a header htslib refuses must be refused alike.
@Suite struct IndexedHeaderTests {
    private static func record(_ contig: String, _ position: Int) -> String {
        [contig, String(position), ".", "A", "C", ".", "PASS", ".", "GT", "0/1"].joined(separator: "\t")
    }

    /// The header as htslib writes it out.
    private func text(_ reader: VariantReader) -> String {
        var formatted = kstring_t(l: 0, m: 0, s: nil)
        defer { free(formatted.s) }
        guard bcf_hdr_format(reader.hdr, 0, &formatted) == 0, let bytes = formatted.s else { return "" }
        return String(cString: bytes)
    }

    /// The header htslib's own `bcf_hdr_read` reads from `path` (with the index beside it), as it writes it out.
    private func htslibHeader(_ path: String) throws -> String {
        let file = try #require(hts_open(path, "r"))
        defer { hts_close(file) }
        let hdr = try #require(bcf_hdr_read(file))
        defer { bcf_hdr_destroy(hdr) }
        var formatted = kstring_t(l: 0, m: 0, s: nil)
        defer { free(formatted.s) }
        guard bcf_hdr_format(hdr, 0, &formatted) == 0, let bytes = formatted.s else { return "" }
        return String(cString: bytes)
    }

    /// `lines` bgzipped into `folder` with a tabix index beside them.
    private func indexed(_ lines: [String], _ name: String, in folder: TemporaryDirectory) throws -> String {
        let plain = try folder.write(name, lines)
        try runTool("bgzip", [plain])
        try runTool("tabix", ["-p", "vcf", plain + ".gz"])
        return plain + ".gz"
    }

    @Test func theHeaderReadWithTheIndexIsHtslibsOwnAndTheIndexIsLoadedOnce() throws {
        let folder = try TemporaryDirectory()
        let synthetic = SyntheticVCF.text(samples: ["S1"], records: []).split(separator: "\n").map(String.init)
        let body = [Self.record("chr1", 10), Self.record("chr12", 25_245_350), Self.record("chrUn_KI270742v1", 5)]
        let files = [
            try indexed(
                try String(contentsOfFile: Repository.tumorNormalVCF, encoding: .utf8).split(separator: "\n").map(String.init), "tn.vcf", in: folder),
            // Contigs the header leaves out: declared from the index, in its order.
            try indexed(synthetic + body, "undeclared.vcf", in: folder),
            // No ##contig line at all, and an empty line among the header's.
            try indexed(synthetic.filter { !$0.hasPrefix("##contig") }.flatMap { [$0, ""] } + body, "none.vcf", in: folder),
        ]
        // A CSI index beside a bgzipped VCF (`bcftools index`) names its contigs as a tabix index does.
        let csi = try bcftoolsCopy(of: try folder.write("c.vcf", synthetic + body), format: "z", to: folder.path("c.vcf.gz"))
        try runTool("bcftools", ["index", csi])
        var contigs: [[String]] = []
        for (file, index) in files.map({ ($0, $0 + ".tbi") }) + [(csi, csi + ".csi")] {
            let htslib = try htslibHeader(file)
            let withIndex = try VariantReader(path: file, indexed: true)
            #expect(text(withIndex) == htslib, "\(file)")
            #expect(withIndex.loadedIndex?.path == index)
            // Two readers: the index they split by is the one the header is read with.
            let split = try VariantReader(path: file, threads: 2)
            #expect(text(split) == htslib, "\(file)")
            #expect(split.header.contigs == withIndex.header.contigs, "\(file)")
            // One thread: the index's contigs are declared once a record names one the header leaves out.
            let streamed = try VariantReader(path: file)
            #expect(streamed.loadedIndex == nil)
            while try streamed.next(where: { _, _, _ in true }) != nil {}
            #expect(text(streamed) == htslib, "\(file)")
            #expect(streamed.header.contigs == withIndex.header.contigs, "\(file)")
            contigs.append(withIndex.header.contigs.map(\.name))
        }
        #expect(contigs[1] == ["chr1", "chr12", "chrUn_KI270742v1"])
        #expect(contigs[2] == ["chr1", "chr12", "chrUn_KI270742v1"])
        #expect(contigs[3] == ["chr1", "chr12", "chrUn_KI270742v1"])
    }

    @Test func oneThreadLoadsTheIndexOnlyWhenARecordNamesAContigTheHeaderLeavesOut() throws {
        let folder = try TemporaryDirectory()
        let synthetic = SyntheticVCF.text(samples: ["S1"], records: []).split(separator: "\n").map(String.init)
        let declared = try indexed(synthetic + [Self.record("chr1", 10), Self.record("chr1", 20)], "d.vcf", in: folder)
        let undeclared = try indexed(synthetic + [Self.record("chr1", 10), Self.record("chr12", 25_245_350)], "u.vcf", in: folder)
        let reader = try VariantReader(path: undeclared)
        let header = reader.header.contigs.map(\.name)
        let first = try #require(try reader.next(where: { _, _, _ in true }))
        #expect(reader.indexContigsPending)
        let second = try #require(try reader.next(where: { _, _, _ in true }))
        #expect(!reader.indexContigsPending)
        #expect([first.locus, second.locus] == ["chr1:10", "chr12:25245350"])
        #expect(header == ["chr1"])
        #expect(reader.header.contigs.map(\.name) == ["chr1", "chr12"])
        // chr12 is the index's, declared before htslib parsed its record: no warning, as with the index read first.
        #expect(reader.warnings.isEmpty)
        #expect(try htslibHeader(undeclared) == text(reader))
        let whole = try VariantReader(path: declared)
        while try whole.next(where: { _, _, _ in true }) != nil {}
        #expect(whole.indexContigsPending)
        #expect(try htslibHeader(declared) == text(whole))
    }

    @Test func theRegionsAreReadThroughTheIndexLoadedWithTheHeader() throws {
        let folder = try TemporaryDirectory()
        let synthetic = SyntheticVCF.text(samples: ["S1"], records: []).split(separator: "\n").map(String.init)
        let file = try indexed(
            synthetic + [Self.record("chr1", 10), Self.record("chr12", 25_245_350), Self.record("chr12", 25_245_351)], "u.vcf", in: folder)
        let reader = try VariantReader(path: file, indexed: true)
        try reader.restrict(to: [GenomicRegion(contig: "chr12", start: 25_245_340, end: 25_245_360)])
        #expect(reader.loadedIndex == nil)
        #expect(reader.index?.path == file + ".tbi")
        var loci: [String] = []
        while let record = try reader.next(where: { _, _, _ in true }) { loci.append(record.locus) }
        #expect(loci == ["chr12:25245350", "chr12:25245351"])
    }

    @Test func aStreamedFileDropsTheIndexLoadedWithItsHeader() throws {
        let folder = try TemporaryDirectory()
        let file = try indexed(
            SyntheticVCF.text(samples: ["S1"], records: SyntheticVCF.manyRecords(3)).split(separator: "\n").map(String.init), "s.vcf", in: folder)
        let reader = try VariantReader(path: file, indexed: true)
        var positions: [Int] = []
        while let record = try reader.next(where: { _, _, _ in true }) { positions.append(record.position) }
        #expect(positions == [1000, 1010, 1020])
        #expect(reader.loadedIndex == nil)
    }

    @Test(arguments: [
        ("a record line before #CHROM", ["##fileformat=VCFv4.2", Self.record("chr1", 10)]),
        ("no #CHROM line", ["##fileformat=VCFv4.2", "##contig=<ID=chr1>"]),
        ("a #CHROM line with spaces", ["##fileformat=VCFv4.2", "#CHROM POS ID REF ALT QUAL FILTER INFO"]),
    ])
    func aHeaderHtslibRefusesIsRefusedAlike(_ problem: String, _ lines: [String]) throws {
        let folder = try TemporaryDirectory()
        let good = try indexed(
            SyntheticVCF.text(samples: ["S1"], records: SyntheticVCF.manyRecords(3)).split(separator: "\n").map(String.init), "g.vcf", in: folder)
        let plain = try folder.write("bad.vcf", lines)
        try runTool("bgzip", [plain])
        try FileManager.default.copyItem(atPath: good + ".tbi", toPath: plain + ".gz.tbi")
        func failure(indexed: Bool) -> VariantIOError? {
            do {
                _ = try VariantReader(path: plain + ".gz", indexed: indexed)
                return nil
            } catch {
                return error
            }
        }
        let refused = try #require(failure(indexed: true), "\(problem)")
        #expect(refused.kind == .malformedHeader, "\(problem)")
        #expect(refused.description == failure(indexed: false)?.description, "\(problem)")
    }
}

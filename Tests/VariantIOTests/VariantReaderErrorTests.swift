import Foundation
import HemimatchTestSupport
import Testing
import VariantIO

@Suite("VariantReader: unusable input throws a VariantIOError naming the file")
struct VariantReaderErrorTests {
    /// The 28-byte empty BGZF block that ends every complete bgzipped file.
    static let bgzfEOFMarker = Data([
        0x1f, 0x8b, 0x08, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0x06, 0x00, 0x42, 0x43,
        0x02, 0x00, 0x1b, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    ])

    /// A bgzipped VCF of 20,000 records, spread over several BGZF blocks.
    static func bigBgzippedVCF(in folder: TemporaryDirectory) throws -> Data {
        let text = try folder.write("big.vcf", SyntheticVCF.text(samples: ["S1"], records: SyntheticVCF.manyRecords(20_000)))
        let copy = try bcftoolsCopy(of: text, format: "z", to: folder.path("big.vcf.gz"))
        return try Data(contentsOf: URL(fileURLWithPath: copy))
    }

    /// An offset halfway into the BGZF block that holds the middle of `data` (block sizes are read from
    /// each block's `BC` extra field), so cutting there leaves an incomplete block.
    static func midBlockCut(_ data: Data) throws -> Int {
        let bytes = [UInt8](data)
        var start = 0
        while start + 18 <= bytes.count {
            let size = Int(bytes[start + 16]) | Int(bytes[start + 17]) << 8 + 1
            if start + size > bytes.count / 2 {
                try #require(size > 28 && start > 0, "the middle of the file lies in a data block after the first")
                return start + size / 2
            }
            start += size
        }
        Issue.record("no BGZF block holds the middle of the file")
        return bytes.count / 2
    }

    @Test("a missing file is unreadable")
    func missingFile() throws {
        let folder = try TemporaryDirectory()
        try expectFailure(reading: folder.path("absent.vcf"), kind: .unreadable, mentions: ["no such file"])
    }

    @Test("a directory is unreadable")
    func directory() throws {
        let folder = try TemporaryDirectory()
        try expectFailure(reading: folder.url.path, kind: .unreadable, mentions: ["not a readable file"])
    }

    @Test("random bytes are not a variant file")
    func randomBytes() throws {
        let folder = try TemporaryDirectory()
        let bytes = FixedNoise.bytes(4096)
        try #require(bytes.prefix(2) != [0x1f, 0x8b])
        let path = try folder.write("noise.bin", Data(bytes))
        try expectFailure(reading: path, kind: .notVariantFile, mentions: ["not a VCF or BCF file"])
    }

    @Test("a plain text file is not a variant file")
    func plainText() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("notes.txt", "gene\tchange\nKRAS\tG12D\nJAK2\tR683G\n")
        try expectFailure(reading: path, kind: .notVariantFile, mentions: ["not a VCF or BCF file"])
    }

    @Test("a bgzipped VCF cut in the middle of a block is truncated")
    func cutBgzippedFile() throws {
        let folder = try TemporaryDirectory()
        let data = try Self.bigBgzippedVCF(in: folder)
        let path = try folder.write("cut.vcf.gz", data.prefix(try Self.midBlockCut(data)))
        try expectFailure(reading: path, kind: .truncated, mentions: ["truncated"])
    }

    @Test("a cut bgzipped VCF that still ends in an EOF marker fails as truncated at the record where the data stops")
    func cutBgzippedFileWithEOFMarker() throws {
        let folder = try TemporaryDirectory()
        let data = try Self.bigBgzippedVCF(in: folder)
        let path = try folder.write("cut-eof.vcf.gz", data.prefix(try Self.midBlockCut(data)) + Self.bgzfEOFMarker)
        let reader = try VariantReader(path: path)
        var last: VariantRecord?
        var failure: VariantIOError?
        do {
            while let record = try reader.next(where: { _, _, _ in true }) { last = record }
        } catch {
            failure = error
        }
        let error = try #require(failure)
        let good = try #require(last)
        #expect(error.kind == .truncated)
        #expect(error.description.hasPrefix(path + ": "))
        #expect(good.ordinal > 1 && good.ordinal < 20_000)
        #expect(error.description.contains("record \(good.ordinal + 1) (after \(good.locus))"), "\(error.description)")
    }

    @Test("a record with too few columns is malformed, and the message names its line and the columns")
    func tooFewColumns() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(
            "short.vcf",
            SyntheticVCF.text(
                samples: ["T"],
                records: [
                    ["chr1", "100", ".", "A", "G", ".", "PASS", ".", "GT", "0/1"],
                    ["chr1", "200", ".", "C"],
                ]))
        try expectFailure(reading: path, kind: .malformedRecord, mentions: ["line 14 (after chr1:100)", "it has 4 tab-separated columns"])
    }

    @Test("a record with a non-numeric POS is malformed, and the message names its line and POS")
    func nonNumericPosition() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(
            "pos.vcf",
            SyntheticVCF.text(
                samples: ["T"],
                records: [
                    ["chr1", "100", ".", "A", "G", ".", "PASS", ".", "GT", "0/1"],
                    ["chr1", "150", ".", "A", "C", ".", "PASS", ".", "GT", "0/1"],
                    ["chr1", "twohundred", ".", "C", "T", ".", "PASS", ".", "GT", "0/1"],
                ]))
        try expectFailure(reading: path, kind: .malformedRecord, mentions: ["line 15 (after chr1:150)", "POS is not a positive number"])
    }

    @Test("a record with fewer sample columns than the header names is malformed")
    func missingSampleColumn() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(
            "samples.vcf",
            SyntheticVCF.text(
                samples: ["T", "N"],
                records: [
                    ["chr1", "100", ".", "A", "G", ".", "PASS", ".", "GT", "0/1"]
                ]))
        try expectFailure(reading: path, kind: .malformedRecord, mentions: ["line 13 (after the header)", "the header needs 11"])
    }

    @Test("duplicate sample names in #CHROM make the header malformed")
    func duplicateSamples() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(
            "dup.vcf",
            SyntheticVCF.text(
                samples: ["TUMOR", "TUMOR"],
                records: [
                    ["chr1", "100", ".", "A", "G", ".", "PASS", ".", "GT", "0/1", "0/0"]
                ]))
        try expectFailure(reading: path, kind: .malformedHeader, mentions: ["header"])
    }

    @Test("a VCF without a #CHROM line has a malformed header")
    func missingColumnLine() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("nochrom.vcf", SyntheticVCF.headerLines.joined(separator: "\n") + "\n")
        try expectFailure(reading: path, kind: .malformedHeader, mentions: ["#CHROM"])
    }

    @Test("the description is the path, a colon and the detail")
    func descriptionFormat() {
        let error = VariantIOError(.truncated, path: "/data/x.vcf.gz", detail: "truncated: the BGZF end-of-file marker is missing")
        #expect(error.description == "/data/x.vcf.gz: truncated: the BGZF end-of-file marker is missing")
        #expect(error == VariantIOError(.truncated, path: "/data/x.vcf.gz", detail: "truncated: the BGZF end-of-file marker is missing"))
        #expect(error != VariantIOError(.malformedRecord, path: "/data/x.vcf.gz", detail: "truncated: the BGZF end-of-file marker is missing"))
    }
}

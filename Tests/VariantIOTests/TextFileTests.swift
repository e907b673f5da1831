import Foundation
import HemimatchTestSupport
import Testing
import VariantIO

@Suite("TextFile.bgzipped: a file bgzip wrote, read back whole, or refused")
struct TextFileTests {
    /// 200,000 numbered lines (about 1.3 MB, over twenty BGZF blocks), as text and as bgzip wrote them.
    private func bgzippedLines(in folder: TemporaryDirectory) throws -> (text: Data, path: String) {
        let text = Data((1...200_000).map { "line\t\($0)\n" }.joined().utf8)
        let plain = try folder.write("lines.tsv", text)
        try runTool("bgzip", ["--force", plain])
        return (text, plain + ".gz")
    }

    @Test func aFileBgzipWroteReadsBackAsItsTextAcrossItsBlocks() throws {
        let folder = try TemporaryDirectory()
        let (text, path) = try bgzippedLines(in: folder)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count < text.count / 2)
        #expect(try TextFile.bgzipped(path: path) == text)
    }

    @Test func aFileCutBetweenBlocksOrWithinOneIsRefusedAsTruncated() throws {
        let folder = try TemporaryDirectory()
        let (_, path) = try bgzippedLines(in: folder)
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        // Without the 28-byte end-of-file block, every data block is whole: the stream alone reads as a
        // shorter, valid file.
        for (name, bytes) in [("eof.gz", whole.dropLast(28)), ("middle.gz", whole.prefix(whole.count / 2))] {
            let cut = try folder.write(name, Data(bytes))
            #expect(throws: VariantIOError(.truncated, path: cut, detail: "truncated: the BGZF end-of-file marker is missing")) {
                try TextFile.bgzipped(path: cut)
            }
        }
    }

    @Test func plainTextAndGzipAreRefusedAsNotBgzipped() throws {
        let folder = try TemporaryDirectory()
        let plain = try folder.write("plain.tsv", Data("gene\tstrand\nKRAS\t-\n".utf8))
        let gzip = try folder.write("gzip.tsv", Data("gene\tstrand\nKRAS\t-\n".utf8))
        try runTool("gzip", ["--force", gzip])
        for path in [plain, gzip + ".gz"] {
            #expect(throws: VariantIOError(.unreadable, path: path, detail: "is not bgzip-compressed (write it with bgzip)")) {
                try TextFile.bgzipped(path: path)
            }
        }
    }

    @Test func aMissingFileIsUnreadable() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("absent.tsv.gz")
        #expect(throws: VariantIOError(.unreadable, path: path, detail: "cannot be read")) {
            try TextFile.bgzipped(path: path)
        }
    }
}

@Suite("TextFile.bytes: a caller's table, plain, gzip or BGZF, read whole or refused")
struct TextFileBytesTests {
    private static let text = Data((1...50_000).map { "BCR::ABL1\t\($0)\n" }.joined().utf8)

    @Test func plainGzipAndBgzipReadAsTheSameText() throws {
        let folder = try TemporaryDirectory()
        let plain = try folder.write("plain.tsv", Self.text)
        let gzip = try folder.write("gzip.tsv", Self.text)
        try runTool("gzip", ["--force", gzip])
        let bgzip = try folder.write("bgzip.tsv", Self.text)
        try runTool("bgzip", ["--force", bgzip])
        for path in [plain, gzip + ".gz", bgzip + ".gz"] {
            #expect(try TextFile.bytes(path: path) == Self.text, "\(path)")
        }
    }

    /// Cut between two blocks, the BGZF stream alone reads as a shorter, valid table: the rows lost
    /// (fusions, segments) would be evidence missing without a word.
    @Test func aBgzipTableCutBetweenBlocksIsRefusedAsTruncated() throws {
        let folder = try TemporaryDirectory()
        let bgzip = try folder.write("fusions.tsv", Self.text)
        try runTool("bgzip", ["--force", bgzip])
        let whole = try Data(contentsOf: URL(fileURLWithPath: bgzip + ".gz"))
        let cut = try folder.write("cut.tsv.gz", Data(whole.dropLast(28)))
        #expect(throws: VariantIOError(.truncated, path: cut, detail: "truncated: the BGZF end-of-file marker is missing")) {
            try TextFile.bytes(path: cut)
        }
    }
}

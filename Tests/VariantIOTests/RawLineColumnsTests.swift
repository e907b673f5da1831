import Testing

@testable import VariantIO

/// The raw-line scanner's tab positions and count, against a plain count of the same bytes.
@Suite struct RawLineColumnsTests {
    /// The tabs of `line` one byte at a time: their count and the offsets of the first, second,
    /// fourth and fifth (-1 when missing).
    private static func plain(_ line: String) -> (Int, [Int]) {
        let tabs = Array(line.utf8).enumerated().filter { $0.element == 0x09 }.map(\.offset)
        return (tabs.count, [0, 1, 3, 4].map { $0 < tabs.count ? tabs[$0] : -1 })
    }

    private static func scanned(_ line: String) -> (Int, [Int]) {
        let columns = Array(line.utf8).withUnsafeBytes { VariantReader.columns($0) }
        return (columns.tabs, [columns.first, columns.second, columns.fourth, columns.fifth])
    }

    @Test("every kind of line: short, tabs within one word, INFO long or with a tab, many samples, too few columns")
    func tabsAsCountedByteByByte() {
        let info = "DP=68;CSQ=" + String(repeating: "T|intron_variant|MODIFIER|GENE1|ENST1.1|", count: 12)
        let lines = [
            "", "\t", "\t\t\t\t\t\t\t\t\t", "chr1\t10", "1\t2\t.\tA\tC\t.\t.\t.",
            "chr1\t31763\t.\tA\tT\t91\tPASS\t\(info)\tGT:AD\t0/1:3,4\t0/0:9,0",
            "chr1\t31763\t.\tA\tT\t91\tPASS\t\(info)\tGT:AD\t0/1:3,4\t0/0:9,0\textra\t",
            "chr1\t31763\t.\tA\tT\t91\tPASS\t\(info)",
            "chr1\t31763\t.\tA\tT\t91\tPASS\tDP=1\tGT\t" + Array(repeating: "0/1", count: 2_504).joined(separator: "\t"),
            "chr1\t31763\t.\tA\tT\t91\tPASS",
            "chr1\t31763\t.\tA\tT",
            "chrUn_KI270742v1\t1\trs1;rs2\tACGTACGTACGT\t<DEL>,A[chr2:5[\t.\tq10;s50\t.\tGT\t.",
        ]
        for line in lines {
            let plain = Self.plain(line), scanned = Self.scanned(line)
            #expect(scanned.0 == plain.0, "\(line.prefix(60))")
            #expect(scanned.1 == plain.1, "\(line.prefix(60))")
        }
        // Every length around the eight-byte words, tabs at every offset.
        for length in 0..<40 {
            for tab in 0..<length {
                var bytes = Array(repeating: UInt8(ascii: "x"), count: length)
                for index in stride(from: tab, to: length, by: 3) { bytes[index] = 0x09 }
                let line = String(decoding: bytes, as: UTF8.self)
                #expect(Self.scanned(line) == Self.plain(line), "length \(length), first tab \(tab)")
            }
        }
    }
}

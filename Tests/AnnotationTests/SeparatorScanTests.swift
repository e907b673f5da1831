import Testing

@testable import Annotation

@Suite("SeparatorScan")
struct SeparatorScanTests {
    /// Every index a byte-by-byte search finds, in order.
    static func naive(_ bytes: [UInt8]) -> [Int] {
        bytes.indices.filter { bytes[$0] == UInt8(ascii: "|") || bytes[$0] == UInt8(ascii: ",") }
    }

    static func scanned(_ bytes: [UInt8]) -> [Int] {
        bytes.withUnsafeBufferPointer { buffer in
            var scan = SeparatorScan(buffer, UInt8(ascii: "|"), UInt8(ascii: ","))
            var found: [Int] = []
            while let index = scan.next() { found.append(index) }
            #expect(scan.next() == nil, "and nothing after the end")
            return found
        }
    }

    @Test("finds every `|` and `,` whatever the length and wherever they sit in a word, bytes above 0x7F included")
    func findsEverySeparator() {
        // Neighbours of the separators' values (`{`, `}`, `+`, `-`, 0xFC, 0xAC) and bytes with the high bit set.
        let alphabet: [UInt8] = Array("|,{}+-aZ0".utf8) + [0x00, 0x7F, 0x80, 0xFC, 0xAC, 0xFF]
        var generator = SystemRandomNumberGenerator()
        for length in 0..<40 {
            for _ in 0..<50 {
                let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
                #expect(Self.scanned(bytes) == Self.naive(bytes), "\(bytes)")
            }
        }
        #expect(Self.scanned(Array("A|missense_variant|MODERATE|KRAS,T||x".utf8)) == [1, 18, 27, 32, 34, 35])
    }
}

@Suite("Cells.integer")
struct CellsIntegerTests {
    @Test(
        "reads a cell as Int(String) does",
        arguments: [
            "1", "12", "+3", "-4", "007", "", "+", "-", "1a", " 1", "1.0", "9223372036854775807", "9223372036854775808",
            "-9223372036854775808", "-9223372036854775809", "١",
        ])
    func asIntReads(text: String) {
        let bytes = Array(text.utf8)
        let read = bytes.withUnsafeBufferPointer { buffer in
            Cells(bytes: buffer, starts: [0, buffer.count + 1], first: 0, count: 2).integer(0)
        }
        #expect(read == Int(text))
    }
}

import Testing
import VariantIO

@Suite("VariantRecord")
struct VariantRecordTests {
    static func record(filters: [String]) -> VariantRecord {
        VariantRecord(
            ordinal: 1, contig: "chr12", position: 25245350, id: ".", ref: "C", alts: ["T"],
            filters: filters, info: [:], samples: [])
    }

    @Test(
        "passes for PASS and for no filter; fails for any other filter",
        arguments: [
            ([], true), (["PASS"], true), (["LowQual"], false), (["q10", "s50"], false), (["PASS", "q10"], false),
        ])
    func passes(filters: [String], expected: Bool) {
        #expect(Self.record(filters: filters).passes == expected)
    }

    @Test("locus is contig:position")
    func locus() {
        #expect(Self.record(filters: []).locus == "chr12:25245350")
    }
}

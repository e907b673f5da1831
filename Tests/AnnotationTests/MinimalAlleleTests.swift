import Testing

@testable import Annotation

@Suite("MinimalAllele")
struct MinimalAlleleTests {
    @Test("shared bases are trimmed from both ends, in either case, and the position moves with the left trim")
    func trimmed() throws {
        let deletion = try #require(MinimalAllele(position: 100, ref: "cAGT", alt: "Ct"))
        #expect(deletion.position == 101)
        #expect(deletion.ref == ["A", "G"])
        #expect(deletion.alt == [])
        #expect(deletion.touched == [101, 102])
        #expect(deletion.touchedSpan == 101...102)
        let insertion = try #require(MinimalAllele(position: 100, ref: "A", alt: "ANNT"))
        #expect(insertion.position == 101)
        #expect(insertion.ref == [])
        #expect(insertion.alt == ["N", "N", "T"])
        #expect(insertion.touched == [100, 101])
        #expect(insertion.touchedSpan == 100...101)
        let snv = try #require(MinimalAllele(position: 100, ref: "GAC", alt: "GTC"))
        #expect(snv.touched == [101])
        #expect(snv.touchedSpan == 101...101)
    }

    @Test(
        "alleles with anything but A, C, G, T, N, empty ones and unchanged ones are no allele",
        arguments: [
            ("A", "<DEL>"), ("A", "*"), ("A", "R"), ("", "A"), ("A", ""), ("ACG", "acg"), ("A", "Á"), ("A", "A\u{301}"),
        ])
    func rejected(ref: String, alt: String) {
        #expect(MinimalAllele(position: 100, ref: ref, alt: alt) == nil)
    }
}

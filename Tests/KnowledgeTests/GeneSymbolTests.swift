import Knowledge
import Testing

@Suite struct GeneSymbolTests {
    @Test func immunoglobulinSegmentsAreNamedByTheirLocus() {
        #expect(GeneSymbol.canonical("IGHV3-21") == "IGH")
        #expect(GeneSymbol.canonical("IGH@") == "IGH")
        #expect(GeneSymbol.canonical("IGH-@") == "IGH")
        #expect(GeneSymbol.canonical("IGKC") == "IGK")
        #expect(GeneSymbol.canonical("IGLJ1") == "IGL")
        #expect(GeneSymbol.canonical("IGHG1") == "IGH")
    }

    @Test func otherSymbolsAreKept() {
        #expect(GeneSymbol.canonical("IGF2BP1") == "IGF2BP1")
        #expect(GeneSymbol.canonical("IGLL1") == "IGLL1")
        #expect(GeneSymbol.canonical("CRLF2") == "CRLF2")
    }
}

import Knowledge
import Testing

/// The gene-and-change key of the hotspot and polymorphism tables.
@Suite struct GeneChangeTests {
    @Test func keysCompareByFieldNotByJoinedText() {
        #expect(GeneChange(gene: "KRAS", change: "p.G12D") == GeneChange(gene: "KRAS", change: "p.G12D"))
        #expect(GeneChange(gene: "KRAS", change: "p.G12D") != GeneChange(gene: "NRAS", change: "p.G12D"))
        #expect(GeneChange(gene: "A|B", change: "C") != GeneChange(gene: "A", change: "B|C"))
        #expect(Set([GeneChange(gene: "A|B", change: "C"), GeneChange(gene: "A", change: "B|C")]).count == 2)
    }
}

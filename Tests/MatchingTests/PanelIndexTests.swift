import Knowledge
import Matching
import Testing

@Suite struct PanelIndexTests {
    let panel = PanelIndex(genes: Fixtures.knowledgeBase.genes.values, build: .grch38)

    @Test func geneSpansAreFoundUnderEitherContigSpelling() throws {
        let kras = try #require(Fixtures.knowledgeBase.genes["KRAS"]?.spans[.grch38])
        for name in ["chr12", "12"] {
            let ranges = panel.intervals(onContig: name)
            #expect(PanelIndex.contains(ranges, kras.start))
            #expect(PanelIndex.contains(ranges, kras.end))
            #expect(PanelIndex.contains(ranges, 25_245_350))
        }
        #expect(panel.intervals(onContig: "chrUn_gl000220").isEmpty)
        // Between KRAS and the next panel gene on chr12 lies nothing of the panel.
        #expect(!PanelIndex.contains(panel.intervals(onContig: "chr12"), 30_000_000))
    }

    @Test func containsUsesSortedDisjointRanges() {
        let ranges = [10...20, 30...40, 100...100]
        #expect(PanelIndex.contains(ranges, 10))
        #expect(PanelIndex.contains(ranges, 40))
        #expect(PanelIndex.contains(ranges, 100))
        #expect(!PanelIndex.contains(ranges, 9))
        #expect(!PanelIndex.contains(ranges, 25))
        #expect(!PanelIndex.contains(ranges, 101))
        #expect(!PanelIndex.contains([], 5))
    }

    @Test("the cursor answers as contains does, for ascending positions, positions going back and repeats")
    func theCursorAnswersAsContainsDoes() {
        let ranges = [10...20, 30...40, 100...100, 150...400]
        let ascending = Array(0...450)
        let unsorted = [35, 12, 100, 9, 400, 41, 30, 30, 20, 21, 150, 10, 1_000, 0, 99, 101]
        for positions in [ascending, unsorted, ascending.reversed()] {
            var cursor = PanelIndex.Cursor(ranges)
            let answers = positions.map { cursor.contains($0) }
            #expect(answers == positions.map { PanelIndex.contains(ranges, $0) })
        }
        #expect(ascending.filter { PanelIndex.contains(ranges, $0) }.count == 11 + 11 + 1 + 251)
        var empty = PanelIndex.Cursor([])
        let inEmpty = empty.contains(5)
        #expect(!inEmpty)
    }

    @Test func aPositionOutsideEveryGeneIsNotInThePanel() {
        #expect(!PanelIndex.contains(panel.intervals(onContig: "chr17"), 7_675_088), "TP53 is not a panel gene")
    }
}

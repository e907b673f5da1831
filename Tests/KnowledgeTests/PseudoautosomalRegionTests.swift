import Knowledge
import Testing

/// chrY PAR1 placed on its chrX twin, so that a call there names the same genes.
@Suite struct PseudoautosomalRegionTests {
    private func place(_ contig: String, _ position: Int, _ build: GenomeBuild) -> String {
        let placed = PseudoautosomalRegion.onX(contig: contig, position: position, build: build)
        return "\(placed.contig):\(placed.position)"
    }

    @Test(arguments: [(GenomeBuild.grch38, 1_200_000, 1_200_000), (.grch37, 1_200_000, 1_250_000)])
    func chrYPAR1IsPlacedOnChrX(build: GenomeBuild, onY: Int, onX: Int) {
        #expect(place("chrY", onY, build) == "X:\(onX)")
        #expect(place("Y", onY, build) == "X:\(onX)")
        // Outside PAR1 chrY stays chrY; other contigs are only normalized.
        #expect(place("chrY", 3_000_000, build) == "Y:\(3_000_000)")
        #expect(place("chr14", onY, build) == "14:\(onY)")
    }

    @Test func theLastBaseOfEachPAR1() {
        #expect(place("Y", 2_781_479, .grch38) == "X:\(2_781_479)")
        #expect(place("Y", 2_781_480, .grch38) == "Y:\(2_781_480)")
        #expect(place("Y", 2_649_520, .grch37) == "X:\(2_699_520)")
        #expect(place("Y", 2_649_521, .grch37) == "Y:\(2_649_521)")
    }
}

import Knowledge
import Matching
import Testing

@Suite struct RegistryCoverageTests {
    private let rules = Fixtures.knowledgeBase.rules

    @Test func exclusionCodonsComeFromCodonListsAndExactChanges() {
        let codons = RegistryCoverage.exclusionCodons(rules)
        #expect(codons.keys.sorted() == ["BCL2", "JAK1", "JAK2"])
        #expect(codons["BCL2"]?.keys.sorted() == [101, 104])
        #expect(codons["JAK1"]?.keys.sorted() == [958, 960])
        #expect(codons["JAK2"]?.keys.sorted() == [931])
        #expect(codons["JAK1"]?[958]?.map(\.id) == ["X-JAK1-F958-P960"])
    }

    @Test func aPairARuleNamesIsNoReadThroughEitherWayRound() {
        #expect(RegistryCoverage.namesPair("USP9X", "DDX3X", rules: rules))
        #expect(RegistryCoverage.namesPair("DDX3X", "USP9X", rules: rules))
        #expect(RegistryCoverage.namesPair("P2RY8", "CRLF2", rules: rules))
        #expect(RegistryCoverage.namesPair("BCR", "ABL1", rules: rules), "B-BCR-ABL1 names BCR")
        // A rule that admits any partner names none in particular.
        #expect(!RegistryCoverage.namesPair("EBF1", "PDGFRB", rules: rules))
        #expect(!RegistryCoverage.namesPair("GENE1", "GENE2", rules: rules))
    }

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

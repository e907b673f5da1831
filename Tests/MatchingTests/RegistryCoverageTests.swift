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
}

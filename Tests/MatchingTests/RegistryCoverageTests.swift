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
}

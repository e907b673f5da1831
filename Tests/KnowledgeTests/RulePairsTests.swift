import HemimatchTestSupport
import Knowledge
import Testing

/// A gene pair a fusion rule names is a fusion the trial asks for, never a read-through.
@Suite struct RulePairsTests {
    private let rules = try! Repository.knowledgeBase().rules

    @Test func aPairARuleNamesIsNoReadThroughEitherWayRound() {
        #expect(Rule.namesPair("USP9X", "DDX3X", rules: rules))
        #expect(Rule.namesPair("DDX3X", "USP9X", rules: rules))
        #expect(Rule.namesPair("P2RY8", "CRLF2", rules: rules))
        #expect(Rule.namesPair("BCR", "ABL1", rules: rules), "B-BCR-ABL1 names BCR")
        // A rule that admits any partner names none in particular.
        #expect(!Rule.namesPair("EBF1", "PDGFRB", rules: rules))
        #expect(!Rule.namesPair("GENE1", "GENE2", rules: rules))
    }
}

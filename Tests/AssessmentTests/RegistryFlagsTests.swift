import HemimatchTestSupport
import Knowledge
import Profile
import Assessment
import Testing

@Suite struct RegistryFlagsTests {
    static let knowledgeBase = try! KnowledgeBase(directory: Repository.knowledgeBaseFolder)

    @Test func resistanceFlagsNameTheUnderminedDrugOfEachCandidateGroup() {
        let groups = Self.knowledgeBase.groups
        func change(_ gene: String, _ name: String, _ rule: String) -> Alteration {
            Alteration(gene: gene, alteration: name, groups: ["B", "C"], pathway: "resistance", ruleID: rule, evidenceLevel: .named,
                       sources: [], basis: "", transcript: "", hgvsc: "", hgvsp: "", records: [])
        }
        let bcl2 = change("BCL2", "p.G101V", "X-BCL2-VENETOCLAX")
        #expect(RegistryFlags.resistanceFlags(changes: [bcl2], candidateGroups: ["A"], groups: groups).map(\.message)
                == ["BCL2 p.G101V (X-BCL2-VENETOCLAX) is a resistance change for venetoclax and navitoclax, which group A gives: confirm with the sponsor or iLTB"])
        #expect(RegistryFlags.resistanceFlags(changes: [bcl2], candidateGroups: ["D"], groups: groups).isEmpty, "trametinib arm: no BCL2 drug")
        let t315i = change("ABL1", "p.T315I", "X-ABL1-DASATINIB-RESISTANCE")
        #expect(RegistryFlags.resistanceFlags(changes: [t315i], candidateGroups: ["B", "C"], groups: groups).map(\.code) == [.resistanceChange])
        #expect(RegistryFlags.resistanceFlags(changes: [t315i], candidateGroups: ["A"], groups: groups).isEmpty)
    }
}

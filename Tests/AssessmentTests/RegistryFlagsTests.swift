import Assessment
import HemimatchTestSupport
import Knowledge
import Profile
import Testing

@Suite struct RegistryFlagsTests {
    static let knowledgeBase = try! KnowledgeBase(directory: Repository.knowledgeBaseFolder)

    @Test func resistanceFlagsNameTheUnderminedDrugOfEachCandidateGroup() {
        let registry = RegistryFlags(policy: Self.knowledgeBase.policy, groups: Self.knowledgeBase.groups)
        func change(_ gene: String, _ name: String, _ rule: String) -> Alteration {
            Alteration(
                gene: gene, alteration: name, groups: ["B", "C"], pathway: "resistance", ruleID: rule, evidenceLevel: .named,
                sources: [], basis: "", transcript: "", hgvsc: "", hgvsp: "", records: [])
        }
        let bcl2 = change("BCL2", "p.G101V", "X-BCL2-VENETOCLAX")
        #expect(
            registry.resistanceFlags(changes: [bcl2], candidateGroups: ["A"]).map(\.flag.message)
                == [
                    "BCL2 p.G101V (X-BCL2-VENETOCLAX) is a resistance change for venetoclax and navitoclax, which group A gives: confirm with the sponsor or iLTB"
                ])
        #expect(
            registry.resistanceFlags(changes: [bcl2], candidateGroups: ["A"]).map(\.reason)
                == [
                    ReviewReason(
                        reason: .resistanceToCandidateDrug, gene: "BCL2",
                        evidence: "BCL2 p.G101V: resistance to venetoclax and navitoclax, which group A gives", groups: ["A"],
                        cites: ["X-BCL2-VENETOCLAX"])
                ])
        #expect(registry.resistanceFlags(changes: [bcl2], candidateGroups: ["D"]).isEmpty, "trametinib arm: no BCL2 drug")
        let t315i = change("ABL1", "p.T315I", "X-ABL1-DASATINIB-RESISTANCE")
        #expect(registry.resistanceFlags(changes: [t315i], candidateGroups: ["B", "C"]).map(\.flag.code) == [.resistanceChange])
        #expect(registry.resistanceFlags(changes: [t315i], candidateGroups: ["A"]).isEmpty)
    }
}

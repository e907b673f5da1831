import Profile
import Testing

@Suite struct SampleProfileTests {
    private func alteration(_ gene: String, _ change: String, group: String) -> Alteration {
        Alteration(
            gene: gene, alteration: change, groups: [group], pathway: "", ruleID: "\(group)-\(gene)", evidenceLevel: .named,
            sources: [], basis: "", transcript: "", hgvsc: "", hgvsp: "", records: [])
    }

    @Test func noAlterationMeansGroupA() {
        let profile = SampleProfile(sample: "S1", alterations: [])
        #expect(profile.candidateGroups == ["A"])
        #expect(profile.suggestedGroup == "A")
    }

    @Test func oneGroupIsSuggested() {
        let profile = SampleProfile(
            sample: "S1",
            alterations: [
                alteration("KRAS", "p.G12D", group: "D"),
                alteration("NRAS", "p.Q61K", group: "D"),
            ])
        #expect(profile.candidateGroups == ["D"])
        #expect(profile.suggestedGroup == "D")
    }

    @Test func severalGroupsGoToBoardReviewSorted() {
        let profile = SampleProfile(
            sample: "S1",
            alterations: [
                alteration("KRAS", "p.G12D", group: "D"),
                alteration("JAK2", "p.R683G", group: "C"),
            ])
        #expect(profile.candidateGroups == ["C", "D"])
        #expect(profile.suggestedGroup == "review")
    }
}

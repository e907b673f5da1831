import Foundation
import Profile
import Testing

/// The group decision in process: ranking by evidence level then VAF then letter, exclusions,
/// and the flag when every qualifying group is excluded.
@Suite struct GroupDecisionTests {
    private func alteration(_ gene: String, groups: [String], level: Alteration.EvidenceLevel = .named, vaf: Double? = nil) -> Alteration {
        Alteration(
            gene: gene, alteration: "x", groups: groups, pathway: "", ruleID: "R-\(gene)", evidenceLevel: level,
            sources: [], basis: "", transcript: "", hgvsc: "", hgvsp: "",
            records: [SupportingRecord(variant: "\(gene):1", filter: "PASS", vaf: vaf, depth: nil)])
    }

    @Test func strongerEvidenceRanksFirstWhateverTheVAF() {
        let profile = SampleProfile(
            sample: "S",
            alterations: [
                alteration("ABL2", groups: ["B"], level: .literature, vaf: 0.9),
                alteration("KRAS", groups: ["D"], level: .named, vaf: 0.1),
            ])
        #expect(profile.candidates.map(\.group) == ["D", "B"])
        #expect(profile.candidates.map(\.rank) == [1, 2])
        #expect(profile.candidates.map(\.evidenceLevel) == [.named, .literature])
        #expect(profile.suggestedGroup == "review")
    }

    @Test func sameEvidenceRanksByHighestVAFThenLetter() {
        let byVAF = SampleProfile(
            sample: "S",
            alterations: [
                alteration("KRAS", groups: ["D"], vaf: 0.2),
                alteration("JAK2", groups: ["C"], vaf: 0.4),
            ])
        #expect(byVAF.candidates.map(\.group) == ["C", "D"])
        #expect(byVAF.candidates.map(\.maxVAF) == [0.4, 0.2])
        let byLetter = SampleProfile(sample: "S", alterations: [alteration("KRAS", groups: ["D"]), alteration("JAK2", groups: ["C"])])
        #expect(byLetter.candidates.map(\.group) == ["C", "D"])
        #expect(byLetter.candidates.map(\.basis) == [["JAK2 x (R-JAK2)"], ["KRAS x (R-KRAS)"]])
    }

    @Test func anExclusionRemovesItsGroupsOnly() {
        let profile = SampleProfile(
            sample: "S", alterations: [alteration("JAK2", groups: ["C"]), alteration("KRAS", groups: ["D"])],
            exclusions: [alteration("BCL2", groups: ["B", "C"])])
        #expect(profile.excludedGroups == ["C"])
        #expect(profile.candidateGroups == ["D"])
        #expect(profile.suggestedGroup == "D")
        #expect(profile.flags.isEmpty)
    }

    @Test func everyGroupExcludedIsGroupAWithAFlag() {
        let profile = SampleProfile(
            sample: "S", alterations: [alteration("JAK2", groups: ["C"])],
            exclusions: [alteration("BCL2", groups: ["B", "C"])])
        #expect(profile.candidateGroups == ["A"])
        #expect(profile.suggestedGroup == "A")
        #expect(profile.flags.map(\.code) == [.allGroupsExcluded])
        #expect(profile.flags.map(\.message) == ["every qualifying group (C) is excluded; group A by default"])
    }

    @Test func otherFindingsAreSortedOnce() {
        let profile = SampleProfile(sample: "S", alterations: [], otherFindings: ["NTRK3::ETV6", "IKZF1 deletion", "NTRK3::ETV6"])
        #expect(profile.otherFindings == ["IKZF1 deletion", "NTRK3::ETV6"])
    }

    @Test func evidenceLevelsOrderStrongestFirstAndKeepTheirJSONStrings() throws {
        #expect(Alteration.EvidenceLevel.allCases.sorted() == [.named, .pathway, .literature, .flagged])
        #expect([Alteration.EvidenceLevel.flagged, .literature, .named].min() == .named)
        let json = try JSONEncoder().encode(Alteration.EvidenceLevel.allCases)
        #expect(String(decoding: json, as: UTF8.self) == #"["named","pathway","literature","flagged"]"#)
        #expect(try JSONDecoder().decode(Alteration.EvidenceLevel.self, from: Data(#""literature""#.utf8)) == .literature)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Alteration.EvidenceLevel.self, from: Data(#""strong""#.utf8)) }
    }
}

import Profile
import Testing

/// Issue 26: the decision reads the screen. A bare A only from a complete screen; a letter stays,
/// flagged; review stays review.
@Suite struct ScreenDecisionTests {
    static let complete = SampleScreen(smallVariants: .init(status: .assessed, basis: "vep CSQ annotation"),
                                       rearrangements: .init(status: .assessed, basis: "fusion table f.tsv"),
                                       copyNumber: .init(status: .assessed, basis: "copy-number segments t.cns"),
                                       clinical: .init(status: .notAssessed, basis: "no clinical sheet (--clinical)"))
    static let noCopyNumber = SampleScreen(smallVariants: complete.smallVariants, rearrangements: complete.rearrangements,
                                           copyNumber: .init(status: .notAssessed, basis: "none", couldChange: ["B", "C", "D"]),
                                           clinical: complete.clinical)

    func alteration(_ gene: String, groups: [String]) -> Alteration {
        Alteration(gene: gene, alteration: "x", groups: groups, pathway: "", ruleID: "R-\(gene)", evidenceLevel: .named,
                   sources: [], basis: "", transcript: "", hgvsc: "", hgvsp: "", records: [])
    }

    @Test func aCompleteScreenLeavesGroupA() {
        let profile = SampleProfile(sample: "S", alterations: [], screen: Self.complete)
        #expect(profile.suggestedGroup == "A")
        #expect(Self.complete.missing.isEmpty && Self.complete.couldChange.isEmpty)
        #expect(!profile.flags.contains { $0.code == .screenIncomplete })
    }

    @Test func anIncompleteScreenIsNeverGroupAEvenWhenEveryGroupIsExcluded() {
        let excluded = SampleProfile(sample: "S", alterations: [alteration("JAK2", groups: ["C"])],
                                     exclusions: [alteration("BCL2", groups: ["B", "C"])], screen: Self.noCopyNumber)
        #expect(excluded.candidateGroups == ["A"])
        #expect(excluded.suggestedGroup == "incomplete")
        #expect(Self.noCopyNumber.missing == ["copy_number"])
        #expect(Self.noCopyNumber.summary == "copy number not-assessed: could change B, C, D")
    }

    @Test func aLetterOrAReviewStaysAndIsFlagged() {
        let one = SampleProfile(sample: "S", alterations: [alteration("KRAS", groups: ["D"])], screen: Self.noCopyNumber)
        #expect(one.suggestedGroup == "D")
        #expect(one.flags.map(\.message) == ["group D was found on an incomplete screen: copy number not-assessed: could change B, C, D (see the screen's bases); another arm may still qualify"])
        let two = SampleProfile(sample: "S", alterations: [alteration("KRAS", groups: ["D"]), alteration("JAK2", groups: ["C"])],
                                screen: Self.noCopyNumber)
        #expect(two.suggestedGroup == "review")
        #expect(two.flags.map(\.code) == [.screenIncomplete])
        #expect(SampleProfile(sample: "S", alterations: [], mustReview: true, screen: Self.noCopyNumber).suggestedGroup == "review")
    }
}

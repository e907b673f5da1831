import Profile
import Testing

/// Issue 26: the decision reads the screen. A bare A only from a complete screen; a letter stays,
/// flagged; review stays review.
@Suite struct ScreenDecisionTests {
    static let complete = SampleScreen(
        smallVariants: .init(status: .assessed, basis: "vep CSQ annotation"),
        rearrangements: .init(status: .assessed, basis: "fusion table f.tsv"),
        copyNumber: .init(status: .assessed, basis: "copy-number segments t.cns"),
        clinical: .init(status: .notAssessed, basis: "no clinical sheet (--clinical)"))
    static let noCopyNumber = SampleScreen(
        smallVariants: complete.smallVariants, rearrangements: complete.rearrangements,
        copyNumber: .init(status: .notAssessed, basis: "none", couldChange: ["B", "C", "D"]),
        clinical: complete.clinical)

    func alteration(_ gene: String, groups: [String]) -> Alteration {
        Alteration(
            gene: gene, alteration: "x", groups: groups, pathway: "", ruleID: "R-\(gene)", evidenceLevel: .named,
            sources: [], basis: "", transcript: "", hgvsc: "", hgvsp: "", records: [])
    }

    @Test func aCompleteScreenLeavesGroupA() {
        let profile = SampleProfile(sample: "S", alterations: [], screen: Self.complete)
        #expect(profile.suggestedGroup == "A")
        #expect(Self.complete.missing.isEmpty && Self.complete.couldChange.isEmpty)
        #expect(!profile.flags.contains { $0.code == .screenIncomplete })
    }

    @Test func anIncompleteScreenIsNeverGroupAEvenWhenEveryGroupIsExcluded() {
        let excluded = SampleProfile(
            sample: "S", alterations: [alteration("JAK2", groups: ["C"])],
            exclusions: [alteration("BCL2", groups: ["B", "C"])], screen: Self.noCopyNumber)
        #expect(excluded.candidateGroups == ["A"])
        #expect(excluded.suggestedGroup == "incomplete")
        #expect(Self.noCopyNumber.missing == [.copyNumber])
        #expect(Self.noCopyNumber.summary == "copy number not-assessed: could change B, C, D")
    }

    @Test func aLetterOrAReviewStaysAndIsFlagged() {
        let one = SampleProfile(sample: "S", alterations: [alteration("KRAS", groups: ["D"])], screen: Self.noCopyNumber)
        #expect(one.suggestedGroup == "D")
        #expect(
            one.flags.map(\.message) == [
                "group D was found on an incomplete screen: copy number not-assessed: could change B, C, D (see the screen's bases); another arm may still qualify"
            ])
        let two = SampleProfile(
            sample: "S", alterations: [alteration("KRAS", groups: ["D"]), alteration("JAK2", groups: ["C"])],
            screen: Self.noCopyNumber)
        #expect(two.suggestedGroup == "review")
        #expect(two.flags.map(\.code) == [.screenIncomplete])
        #expect(two.reviewReasons?.map(\.reason) == [.severalCandidates])
        #expect(two.reviewReasons?.first?.groups == ["C", "D"])
        #expect(SampleProfile(sample: "S", alterations: [], forcedReview: [Self.forced], screen: Self.noCopyNumber).suggestedGroup == "review")
    }

    /// A checklist in which each of `barred` has one criterion not met (and no other arm has any).
    static func checklist(barring barred: [String]) -> [ArmCheck] {
        ["A", "B", "C", "D"].map { group in
            ArmCheck(
                group: group,
                items: [
                    ArmCheck.Item(
                        criterion: "NCT-\(group) inclusion 1", requirement: "an age",
                        status: barred.contains(group) ? .notMet : .met, evidence: "age")
                ])
        }
    }

    /// A reason the findings force review.
    static let forced = ReviewReason(
        reason: .germlineRASopathy, gene: "PTPN11", evidence: "PTPN11 p.T73I: a known constitutional RASopathy allele", groups: ["D"],
        cites: ["D-PTPN11"])

    /// Reasons that differ only in the rules they cite keep one order, whatever order a Set gives them in.
    @Test func reviewReasonsDifferingOnlyInCitationsHaveAFixedOrder() {
        let reasons = (1...8).map { rule in
            ReviewReason(
                reason: Self.forced.reason, gene: Self.forced.gene, evidence: Self.forced.evidence, groups: Self.forced.groups,
                cites: ["D-PTPN11-\(rule)"])
        }
        for given in [reasons, reasons.reversed()] {
            let profile = SampleProfile(sample: "S", alterations: [], forcedReview: given, screen: Self.complete)
            #expect(profile.reviewReasons?.map(\.cites) == (1...8).map { ["D-PTPN11-\($0)"] })
        }
    }

    @Test("precedence: a forced review beats the one letter, none and incomplete")
    func aForcedReviewBeatsEverything() {
        let letter = SampleProfile(sample: "S", alterations: [alteration("KRAS", groups: ["D"])], forcedReview: [Self.forced], screen: Self.complete)
        #expect(letter.suggestedGroup == "review")
        #expect(letter.candidateGroups == ["D"])
        #expect(letter.reviewReasons == [Self.forced], "the stored reason is the forced one, not a second candidate")
        let noArm = SampleProfile(
            sample: "S", alterations: [], forcedReview: [Self.forced], screen: Self.complete,
            checklist: Self.checklist(barring: ["A", "B", "C", "D"]))
        #expect(noArm.suggestedGroup == "review")
        #expect(noArm.candidateGroups.isEmpty)
    }

    @Test("precedence: a criterion not met removes an arm; A barred on a complete screen is none, not A")
    func aCriterionNotMetRemovesTheArm() {
        let barredD = SampleProfile(
            sample: "S", alterations: [alteration("KRAS", groups: ["D"])], screen: Self.complete,
            checklist: Self.checklist(barring: ["D"]))
        #expect(barredD.suggestedGroup == "A")
        #expect(barredD.excludedGroups == ["D"])
        #expect(
            barredD.flags.map(\.message) == [
                "every qualifying group (D) is excluded; group A by default",
                "group D is not suggested: NCT-D inclusion 1 (an age): age",
            ])
        let none = SampleProfile(sample: "S", alterations: [], screen: Self.complete, checklist: Self.checklist(barring: ["A"]))
        #expect(none.suggestedGroup == "none")
        #expect(none.candidateGroups.isEmpty)
        #expect(none.generic == nil, "the child is not left with group A")
    }

    @Test("precedence: A barred on an incomplete screen is incomplete while an arm the missing part could change is open, else none")
    func noneOnlyWhenTheMissingPartsCannotChangeIt() {
        let open = SampleProfile(sample: "S", alterations: [], screen: Self.noCopyNumber, checklist: Self.checklist(barring: ["A", "B"]))
        #expect(open.suggestedGroup == "incomplete")
        #expect(open.candidateGroups.isEmpty)
        let closed = SampleProfile(
            sample: "S", alterations: [], screen: Self.noCopyNumber,
            checklist: Self.checklist(barring: ["A", "B", "C", "D"]))
        #expect(closed.suggestedGroup == "none")
        #expect(
            closed.flags.filter { $0.code == .screenIncomplete }.map(\.message) == [
                "no targeted group was found on an incomplete screen: copy number not-assessed: could change B, C, D (see the screen's bases); every arm it could change is barred by a criterion not met"
            ])
        // An exclusion found bars its arms as a criterion does: BCL2 G101V (B, C) with D barred leaves nothing open.
        let excluded = SampleProfile(
            sample: "S", alterations: [], exclusions: [alteration("BCL2", groups: ["B", "C"])],
            screen: Self.noCopyNumber, checklist: Self.checklist(barring: ["A", "D"]))
        #expect(excluded.suggestedGroup == "none")
    }
}

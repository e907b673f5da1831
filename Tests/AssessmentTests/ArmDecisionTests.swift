import Knowledge
import Profile
import Testing

@testable import Assessment

/// The decision `match` and `merge --clinical` share: a decided profile gives back the findings it was
/// decided from (the decision's own flags and reasons taken out), so that deciding them again is the same.
@Suite struct ArmDecisionTests {
    static let decision = ArmDecision(knowledgeBase: AssessmentFixtures.knowledgeBase)

    static func change(_ gene: String, _ name: String, _ rule: String, groups: [String]) -> Alteration {
        Alteration(
            gene: gene, alteration: name, groups: groups, pathway: "", ruleID: rule, evidenceLevel: .named, sources: [], basis: "",
            transcript: "", hgvsc: "", hgvsp: "", records: [SupportingRecord(variant: "v", filter: "PASS", vaf: nil, depth: nil)])
    }

    static let complete = SampleScreen(
        smallVariants: .init(status: .assessed, basis: "VEP CSQ annotation"), rearrangements: .init(status: .assessed, basis: "fusions"),
        copyNumber: .init(status: .assessed, basis: "segments"), clinical: .init(status: .notAssessed, basis: "no clinical sheet (--clinical)"))

    /// KRAS G12D (D) and JAK2 R683G (C) beside ABL1 T315I (an advisory) and a constitutional PTPN11 allele's forced review.
    static let findings = ArmDecision.Findings(
        sample: "S",
        alterations: [change("KRAS", "p.G12D", "D-KRAS-HOTSPOT", groups: ["D"]), change("JAK2", "p.R683G", "C-JAK2-DOMAINS", groups: ["C"])],
        exclusions: [], advisories: [change("ABL1", "p.T315I", "X-ABL1-DASATINIB-RESISTANCE", groups: ["B"])], nearMisses: [],
        otherFindings: ["DUX4::IGH"], flags: [ProfileFlag(code: .germlineRASopathy, message: "PTPN11 p.T73I: for the board")],
        forcedReview: [
            ReviewReason(reason: .germlineRASopathy, gene: "PTPN11", evidence: "PTPN11 p.T73I: constitutional", groups: ["D"], cites: ["D-PTPN11"])
        ],
        screen: complete)

    @Test func aDecidedProfileGivesBackItsFindings() {
        let profile = Self.decision.decide(Self.findings, facts: nil, blastFraction: nil)
        #expect(profile.suggestedGroup == "review")
        #expect(profile.reviewReasons?.map(\.reason) == [.germlineRASopathy, .severalCandidates])
        #expect(Set(profile.flags.map(\.code)) == [.germlineRASopathy, .armNotRecruiting, .routesNotAssessable])
        var back = Self.decision.findings(of: profile)
        #expect(back.flags == Self.findings.flags, "the decision's flags (recruitment, the not-assessed note) are taken out")
        #expect(back.forcedReview == Self.findings.forcedReview, "several-candidates is the decision's, not the findings'")
        back.flags = Self.findings.flags
        #expect(back == Self.findings)
    }

    @Test("an IC50 route makes B a candidate: the stored ABL1 T315I then forces review, and only then")
    func anAdvisoryActsOnceASheetMakesItsArmACandidate() {
        let findings = ArmDecision.Findings(
            sample: "S", alterations: [], exclusions: [], advisories: Self.findings.advisories, nearMisses: [], otherFindings: [], flags: [],
            forcedReview: [], screen: Self.complete)
        let without = Self.decision.decide(findings, facts: nil, blastFraction: nil)
        #expect(without.suggestedGroup == "A")
        #expect(without.reviewReasons == [])
        var facts = ClinicalFacts(source: "s.tsv line 2")
        (facts.ageAtDiagnosisYears, facts.ageYears, facts.weightKg, facts.dasatinibIC50nM) = (5, 7, 20, 4)
        let again = Self.decision.redecide(without, facts: facts, sheet: "s.tsv", blastFraction: nil)
        #expect(again.candidateGroups == ["B"])
        #expect(again.suggestedGroup == "review")
        #expect(again.reviewReasons?.map(\.reason) == [.resistanceToCandidateDrug])
        #expect(again.screen?.clinical == SampleScreen.Part(status: .assessed, basis: "clinical sheet s.tsv line 2"))
        var withSheet = findings
        withSheet.screen = Self.complete.with(clinical: .init(status: .assessed, basis: "clinical sheet s.tsv line 2"))
        #expect(again == Self.decision.decide(withSheet, facts: facts, blastFraction: nil))
    }
}

import Knowledge
import Profile

/// Decides a sample's arms from its findings: the clinical sheet's checklist and routes, the reasons the
/// findings force `review`, a resistance change against a candidate's drug, the arms' recruitment. It is
/// the one decision `match` makes and `merge --clinical` makes again from a stored report.
public struct ArmDecision: Sendable {
    /// What a sample's inputs showed before any arm is decided.
    public struct Findings: Sendable, Equatable {
        public var sample: String
        public var alterations: [Alteration]
        public var exclusions: [Alteration]
        /// Passing resistance changes the registry does not exclude.
        public var advisories: [Alteration]
        public var nearMisses: [Alteration]
        public var otherFindings: [String]
        /// The flags the findings raised, not those the decision raises.
        public var flags: [ProfileFlag]
        /// The reasons the findings alone force `review` (`ReviewReason.Kind.comesFromFindings`).
        public var forcedReview: [ReviewReason]
        /// What was screened, its clinical part included; `nil` for profiles built without a run.
        public var screen: SampleScreen?

        public init(
            sample: String, alterations: [Alteration], exclusions: [Alteration], advisories: [Alteration], nearMisses: [Alteration],
            otherFindings: [String], flags: [ProfileFlag], forcedReview: [ReviewReason], screen: SampleScreen?
        ) {
            self.sample = sample
            self.alterations = alterations
            self.exclusions = exclusions
            self.advisories = advisories
            self.nearMisses = nearMisses
            self.otherFindings = otherFindings
            self.flags = flags
            self.forcedReview = forcedReview
            self.screen = screen
        }
    }

    /// Flags the decision raises (`SampleProfile`'s and this type's), never the findings.
    static let decisionFlags: Set<ProfileFlag.Code> = [
        .clinicalCriterionNotMet, .screenIncomplete, .allGroupsExcluded, .subclonal, .armNotRecruiting, .routesNotAssessable,
    ]

    private let registry: RegistryFlags
    private let checklist: ArmChecklist
    private let recruitment: [Recruitment]
    /// Group A's drugs, for the generic arm's reason.
    private let genericDrugs: String

    public init(knowledgeBase: KnowledgeBase) {
        registry = RegistryFlags(policy: knowledgeBase.policy, groups: knowledgeBase.groups)
        checklist = ArmChecklist(knowledgeBase: knowledgeBase)
        recruitment = knowledgeBase.recruitment
        genericDrugs = knowledgeBase.groups.first { $0.letter == SampleProfile.genericGroup }?.drugs ?? ""
    }

    /// The profile of `findings` with the sample's clinical sheet row (`facts`, `nil` without one); the
    /// row's blast fraction, else `blastFraction` (the run's `--blast-fraction`), feeds the clonality cue.
    public func decide(_ findings: Findings, facts: ClinicalFacts?, blastFraction: Double?) -> SampleProfile {
        // Without a sheet row the non-molecular criteria are said once, by the note; with one, the checklist says each.
        let flags = findings.flags + (facts == nil ? [registry.notAssessed] : [])
        let routes = facts.map(checklist.routes) ?? []
        func decide(_ flags: [ProfileFlag], review: [ReviewReason]) -> SampleProfile {
            SampleProfile(
                sample: findings.sample, alterations: findings.alterations + routes, exclusions: findings.exclusions,
                advisories: findings.advisories, nearMisses: findings.nearMisses, otherFindings: findings.otherFindings, flags: flags,
                forcedReview: review, genericDrugs: genericDrugs, screen: findings.screen, checklist: facts.map(checklist.checks),
                blastFraction: facts?.blastFraction ?? blastFraction)
        }
        let draft = decide(flags, review: findings.forcedReview)
        // A resistance change that undermines a drug of a group still suggested (group A's venetoclax
        // and navitoclax after a BCL2 exclusion; dasatinib beside an ABL1 fusion): never a bare letter.
        let resistance = registry.resistanceFlags(changes: findings.exclusions + findings.advisories, candidateGroups: draft.candidateGroups)
        // A candidate arm that is not recruiting is never suggested without saying so.
        let closed = recruitment.filter { $0.status != .recruiting && draft.candidateGroups.contains($0.group) }.map(ProfileFlags.armNotRecruiting)
        guard !resistance.isEmpty || !closed.isEmpty else { return draft }
        return decide(flags + resistance.map(\.flag) + closed, review: findings.forcedReview + resistance.map(\.reason))
    }

    /// `profile` decided again with the clinical sheet `sheet`'s row for it (`facts`, `nil` when the sheet
    /// has none): its findings as `decide` was given them, its screen's clinical part read from the sheet.
    /// The profile must have been decided without a sheet (no checklist, no route); a report of schema 6.
    public func redecide(_ profile: SampleProfile, facts: ClinicalFacts?, sheet: String, blastFraction: Double?) -> SampleProfile {
        var findings = findings(of: profile)
        findings.screen = profile.screen?.with(clinical: Screening.clinicalPart(facts, sheet: sheet))
        return decide(findings, facts: facts, blastFraction: blastFraction)
    }

    /// A stored profile's findings: the flags and review reasons its decision raised are taken out
    /// (a new decision raises its own).
    func findings(of profile: SampleProfile) -> Findings {
        let advisories = profile.advisories ?? []
        let raised = Set(
            registry.resistanceFlags(changes: profile.exclusions + advisories, candidateGroups: profile.candidateGroups).map(\.flag))
        return Findings(
            sample: profile.sample, alterations: profile.alterations, exclusions: profile.exclusions, advisories: advisories,
            nearMisses: profile.nearMisses, otherFindings: profile.otherFindings,
            flags: profile.flags.filter { !Self.decisionFlags.contains($0.code) && !raised.contains($0) },
            forcedReview: (profile.reviewReasons ?? []).filter(\.reason.comesFromFindings), screen: profile.screen)
    }
}

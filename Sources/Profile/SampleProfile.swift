import Knowledge

/// The actionable-alteration profile of one tumor sample and the groups it points to.
public struct SampleProfile: Codable, Sendable, Equatable {
    /// The generic arm, for a sample without any qualifying alteration (the knowledge base's letter for it).
    public static let genericGroup = TreatmentGroup.generic
    /// `suggested_group` when several groups qualify: the trial board decides between them.
    public static let boardReview = "review"
    /// `suggested_group` when no targeted group qualifies but the screen missed a part that could
    /// have found one (`screen.missing`): never group A by default.
    public static let incomplete = "incomplete"
    /// `suggested_group` when the clinical sheet shows the child fits no arm, group A included.
    public static let noArm = "none"
    /// How candidates are ranked when several qualify. The trial defines no order; this is a heuristic.
    public static let rankingHeuristic =
        "heuristic, not a trial rule: strongest evidence level first (named > pathway > literature > flagged), then highest VAF as a clonality proxy, then group letter"

    /// The sample's name in the VCF (the file name for a file without samples).
    public let sample: String
    /// Alterations that qualify the sample for groups.
    public let alterations: [Alteration]
    /// Alterations that bar the sample from groups (e.g. BCL2 G101V bars B and C).
    public let exclusions: [Alteration]
    /// Passing resistance changes the registry does not exclude (`advisory` rules: ABL1 kinase domain, other
    /// BCL2 binding-groove changes): they make the suggestion `review` when a candidate arm gives a drug
    /// they undermine. `nil` only in reports written before schema 6.
    public let advisories: [Alteration]?
    /// Alterations that would qualify but whose records failed their FILTER.
    public let nearMisses: [Alteration]
    /// Fusions and copy-number changes outside the trial's rules (`DUX4::IGH`, `IKZF1 deletion`), sorted.
    public let otherFindings: [String]
    /// Groups an exclusion removed from the candidates, sorted.
    public let excludedGroups: [String]
    /// The qualifying groups not excluded, ranked by `rankingHeuristic`.
    public let candidates: [CandidateGroup]
    /// Qualifying group letters not excluded, sorted; `["A"]` when none is left.
    public let candidateGroups: [String]
    /// The one candidate group, or `review` when several qualify.
    public let suggestedGroup: String
    /// Why the suggestion is `review` (empty otherwise): the findings' own reasons and the decision's (several
    /// candidates, a drug of a candidate undermined). `nil` only in reports written before schema 6.
    public let reviewReasons: [ReviewReason]?
    /// What a person must look at.
    public let flags: [ProfileFlag]
    /// Why the sample is left with group A, when no targeted group is; nil otherwise.
    public let generic: GenericArm?
    /// What was screened, part by part; `nil` only in reports written before it was added and in
    /// profiles built without a run.
    public let screen: SampleScreen?
    /// Each arm's non-molecular criteria against the clinical sheet; `nil` without a sheet row.
    public let checklist: [ArmCheck]?

    /// Builds the profile and decides its groups: every group an alteration qualifies for is a
    /// candidate unless an exclusion or a clinical criterion not met (`checklist`) bars it; group A
    /// when no candidate is left and A is not barred; `review` when several are left, ranked by the
    /// heuristic, or when `forcedReview` (a resistance change, a constitutional allele, an exclusion that
    /// could not be evaluated) forbids a confident letter. A `screen` that missed a part turns group A
    /// into `incomplete`, and flags a letter found anyway `screen-incomplete`; `none` when A is barred
    /// and no arm the missing parts could change is left.
    public init(
        sample: String, alterations: [Alteration], exclusions: [Alteration] = [], advisories: [Alteration] = [],
        nearMisses: [Alteration] = [], otherFindings: [String] = [], flags: [ProfileFlag] = [],
        forcedReview: [ReviewReason] = [], genericDrugs: String = "",
        screen: SampleScreen? = nil, checklist: [ArmCheck]? = nil, blastFraction: Double? = nil
    ) {
        self.sample = sample
        let alterations = Clonality.assess(alterations, exclusions: exclusions, blastFraction: blastFraction)
        self.alterations = alterations
        self.exclusions = exclusions
        self.advisories = advisories
        self.nearMisses = nearMisses
        self.otherFindings = Array(Set(otherFindings)).sorted()
        self.checklist = checklist
        let unmet = Dictionary(uniqueKeysWithValues: (checklist ?? []).filter { !$0.unmet.isEmpty }.map { ($0.group, $0.unmet) })
        let barred = Set(exclusions.flatMap(\.groups)).union(unmet.keys)
        let qualified = Set(alterations.flatMap(\.groups))
        excludedGroups = qualified.intersection(barred).sorted()
        candidates = Self.rank(alterations, groups: qualified.subtracting(barred))
        let letters = candidates.map(\.group).sorted()
        self.screen = screen
        let incomplete = screen.map { !$0.isComplete } ?? false
        // Group A barred by a criterion not met is no default; `none` only when no arm is left that the
        // screen's missing parts could still make a candidate (an arm barred already cannot become one).
        let genericBarred = unmet[Self.genericGroup] != nil
        let stillOpen = Set(incomplete ? screen?.couldChange ?? [] : []).subtracting(barred)
        let fitsNoArm = letters.isEmpty && genericBarred && stillOpen.isEmpty
        candidateGroups = letters.isEmpty && !genericBarred ? [Self.genericGroup] : letters
        // Precedence (docs/decision.md): a forced review (resistance change, constitutional allele, an
        // exclusion not evaluated) or several candidates, then the one candidate, then `none`, then
        // `incomplete`, and group A only from a complete screen.
        var reasons = forcedReview
        if candidateGroups.count > 1 {
            let behind = alterations.filter { !Set($0.groups).isDisjoint(with: letters) }
            reasons.append(
                ReviewReason(
                    reason: .severalCandidates, gene: nil, evidence: "candidate groups \(letters.joined(separator: ", "))",
                    groups: letters, cites: Array(Set(behind.map(\.ruleID))).sorted()))
        }
        // Every field in the key: a Set's order never reaches the report.
        reviewReasons = Array(Set(reasons)).sorted {
            ($0.reason.rawValue, $0.evidence, $0.groups.joined(), $0.gene ?? "", $0.cites.joined(separator: ","))
                < ($1.reason.rawValue, $1.evidence, $1.groups.joined(), $1.gene ?? "", $1.cites.joined(separator: ","))
        }
        if !reasons.isEmpty {
            suggestedGroup = Self.boardReview
        } else if let letter = letters.first {
            suggestedGroup = letter
        } else {
            suggestedGroup = fitsNoArm ? Self.noArm : incomplete ? Self.incomplete : Self.genericGroup
        }
        var flags = flags
        for (group, items) in unmet.sorted(by: { $0.key < $1.key }) {
            flags.append(
                ProfileFlag(
                    code: .clinicalCriterionNotMet,
                    message: "group \(group) is not suggested: "
                        + items.map { "\($0.criterion) (\($0.requirement)): \($0.evidence)" }.joined(separator: "; ")))
        }
        if let screen, incomplete {
            let found =
                letters.isEmpty
                ? "no targeted group was found"
                : letters.count == 1 ? "group \(letters[0]) was found" : "groups \(letters.joined(separator: ", ")) were found"
            let outlook = fitsNoArm ? "every arm it could change is barred by a criterion not met" : "another arm may still qualify"
            flags.append(
                ProfileFlag(
                    code: .screenIncomplete,
                    message: "\(found) on an incomplete screen: \(screen.summary) (see the screen's bases); \(outlook)"))
        }
        if !qualified.isEmpty, letters.isEmpty {
            flags.append(
                ProfileFlag(
                    code: .allGroupsExcluded,
                    message: "every qualifying group (\(qualified.sorted().joined(separator: ", "))) is excluded; "
                        + (genericBarred ? "group A is barred too (a criterion not met)" : "group A by default")))
        }
        for change in alterations {
            guard let clonality = change.clonality, clonality.subclonal else { continue }
            flags.append(
                ProfileFlag(
                    code: .subclonal,
                    message:
                        "\(change.gene) \(change.alteration) (\(change.ruleID)) looks subclonal: \(clonality.summary); weigh it before acting on group \(change.groups.joined(separator: ", "))"
                ))
        }
        generic =
            letters.isEmpty && !genericBarred
            ? Self.genericArm(qualified: qualified, exclusions: exclusions, nearMisses: nearMisses, drugs: genericDrugs) : nil
        self.flags = Array(Set(flags)).sorted { ($0.code.rawValue, $0.message) < ($1.code.rawValue, $1.message) }
    }

    private static func rank(_ alterations: [Alteration], groups: Set<String>) -> [CandidateGroup] {
        let scored = groups.map { group -> (group: String, basis: [String], level: Alteration.EvidenceLevel, vaf: Double?) in
            let behind = alterations.filter { $0.groups.contains(group) }
            // A candidate group always has an alteration behind it.
            let level = behind.map(\.evidenceLevel).min() ?? .flagged
            let vaf = behind.flatMap(\.records).compactMap(\.vaf).max()
            return (
                group,
                behind.map { change in
                    "\(change.gene) \(change.alteration) (\(change.ruleID))"
                        + (change.clonality?.subclonal == true ? " [subclonal, VAF \(Clonality.round(change.clonality!.vaf))]" : "")
                        + (change.segment.map { " [\($0.summary)]" } ?? "")
                }, level, vaf
            )
        }
        let ordered = scored.sorted { a, b in
            if a.level != b.level { return a.level < b.level }
            if (a.vaf ?? -1) != (b.vaf ?? -1) { return (a.vaf ?? -1) > (b.vaf ?? -1) }
            return a.group < b.group
        }
        return ordered.enumerated().map { index, entry in
            CandidateGroup(
                group: entry.group, basis: entry.basis,
                evidenceLevel: entry.level,
                maxVAF: entry.vaf, rank: index + 1)
        }
    }

    /// Why no targeted group is left: every qualifying group excluded, only near-misses, or nothing.
    private static func genericArm(qualified: Set<String>, exclusions: [Alteration], nearMisses: [Alteration], drugs: String) -> GenericArm {
        if !qualified.isEmpty {
            let barring = qualified.sorted().map { group in
                let by = exclusions.filter { $0.groups.contains(group) }
                    .map { "\($0.gene) \($0.alteration) (\($0.ruleID); \($0.sources.map(\.id).joined(separator: ", ")))" }
                return "\(group) barred by " + (by.isEmpty ? "a clinical criterion not met" : by.joined(separator: ", "))
            }
            return GenericArm(reason: .allExcluded, detail: barring.joined(separator: "; "), drugs: drugs)
        }
        if !nearMisses.isEmpty {
            let misses = nearMisses.map { miss in
                "\(miss.gene) \(miss.alteration) (\(miss.ruleID)) for \(miss.groups.joined(separator: ", ")): \(miss.records.map(\.filter).joined(separator: ", "))"
            }
            return GenericArm(reason: .onlyNearMisses, detail: misses.joined(separator: "; "), drugs: drugs)
        }
        return GenericArm(reason: .noTarget, detail: "no alteration meets a qualifying rule of the knowledge base", drugs: drugs)
    }

    enum CodingKeys: String, CodingKey {
        case sample, alterations, exclusions, advisories, candidates, flags, generic, screen, checklist
        case nearMisses = "near_misses"
        case otherFindings = "other_findings"
        case excludedGroups = "excluded_groups"
        case candidateGroups = "candidate_groups"
        case suggestedGroup = "suggested_group"
        case reviewReasons = "review_reasons"
    }
}

/// The actionable-alteration profile of one tumor sample and the groups it points to.
public struct SampleProfile: Codable, Sendable, Equatable {
    /// The generic arm, for a sample without any qualifying alteration.
    public static let genericGroup = "A"
    /// `suggested_group` when several groups qualify: the trial board decides between them.
    public static let boardReview = "review"

    /// The sample's name in the VCF (the file name for a file without samples).
    public let sample: String
    /// Alterations that qualify the sample for groups.
    public let alterations: [Alteration]
    /// Alterations that bar the sample from groups (e.g. BCL2 G101V bars B and C).
    public let exclusions: [Alteration]
    /// Fusions and copy-number changes outside the trial's rules (`DUX4::IGH`, `IKZF1 deletion`), sorted.
    public let otherFindings: [String]
    /// Groups an exclusion removed from the candidates, sorted.
    public let excludedGroups: [String]
    /// Qualifying group letters not excluded, sorted; `["A"]` when none is left.
    public let candidateGroups: [String]
    /// The one candidate group, or `review` when several qualify.
    public let suggestedGroup: String

    /// Builds the profile and decides its groups: every group an alteration qualifies for is a
    /// candidate unless an exclusion bars it; group A when no candidate is left.
    public init(sample: String, alterations: [Alteration], exclusions: [Alteration] = [], otherFindings: [String] = []) {
        self.sample = sample
        self.alterations = alterations
        self.exclusions = exclusions
        self.otherFindings = Array(Set(otherFindings)).sorted()
        let barred = Set(exclusions.flatMap(\.groups))
        let qualified = Set(alterations.flatMap(\.groups))
        excludedGroups = qualified.intersection(barred).sorted()
        let groups = qualified.subtracting(barred).sorted()
        candidateGroups = groups.isEmpty ? [Self.genericGroup] : groups
        suggestedGroup = candidateGroups.count == 1 ? candidateGroups[0] : Self.boardReview
    }

    enum CodingKeys: String, CodingKey {
        case sample, alterations, exclusions
        case otherFindings = "other_findings"
        case excludedGroups = "excluded_groups"
        case candidateGroups = "candidate_groups"
        case suggestedGroup = "suggested_group"
    }
}

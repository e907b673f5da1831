/// The actionable-alteration profile of one tumor sample and the groups it points to.
public struct SampleProfile: Codable, Sendable, Equatable {
    /// The generic arm, for a sample without any qualifying alteration.
    public static let genericGroup = "A"
    /// `suggested_group` when several groups qualify: the trial board decides between them.
    public static let boardReview = "review"

    /// The sample's name in the VCF (the file name for a file without samples).
    public let sample: String
    public let alterations: [Alteration]
    /// Qualifying group letters, sorted; `["A"]` when nothing qualifies.
    public let candidateGroups: [String]
    /// The one candidate group, or `review` when several qualify.
    public let suggestedGroup: String

    /// Builds the profile and decides its groups from the alterations.
    public init(sample: String, alterations: [Alteration]) {
        self.sample = sample
        self.alterations = alterations
        let groups = Set(alterations.flatMap(\.groups)).sorted()
        candidateGroups = groups.isEmpty ? [Self.genericGroup] : groups
        suggestedGroup = candidateGroups.count == 1 ? candidateGroups[0] : Self.boardReview
    }

    enum CodingKeys: String, CodingKey {
        case sample, alterations
        case candidateGroups = "candidate_groups"
        case suggestedGroup = "suggested_group"
    }
}

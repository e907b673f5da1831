/// A group a sample qualifies for, with its basis and its place in the board-review ranking.
public struct CandidateGroup: Codable, Sendable, Equatable {
    public let group: String
    /// `GENE alteration (rule)` of each alteration behind the group.
    public let basis: [String]
    /// The strongest evidence level behind the group.
    public let evidenceLevel: Alteration.EvidenceLevel
    /// The highest VAF among the records behind the group, when any record has one.
    public let maxVAF: Double?
    /// 1 for the first group by the ranking heuristic.
    public let rank: Int

    enum CodingKeys: String, CodingKey {
        case group, basis, rank
        case evidenceLevel = "evidence_level"
        case maxVAF = "max_vaf"
    }
}

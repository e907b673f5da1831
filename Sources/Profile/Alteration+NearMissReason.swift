extension Alteration {
    /// Why a finding that would qualify is a near-miss rather than an alteration (JSON: the schema's
    /// `near_miss_reason` spellings). Matching's `NearMissReason` writes the filter text of its own reasons.
    public enum NearMissReason: String, Codable, Sendable, Hashable, CaseIterable {
        /// Common in the population (above `--max-population-af`): most likely inherited.
        case commonPolymorphism = "common-polymorphism"
        /// Inherited: the normal carries it.
        case germline
        /// Most of an arm lost: not the focal deletion the registry's rule means.
        case broadCopyLoss = "broad-copy-loss"
    }
}

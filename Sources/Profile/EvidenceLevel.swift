import Knowledge

extension Alteration {
    /// How directly the trial text supports the rule an alteration meets: the knowledge base's level
    /// itself, ordered strongest first (`min()` is the strongest), written as its name.
    public typealias EvidenceLevel = Knowledge.EvidenceLevel
}

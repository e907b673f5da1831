extension Alteration {
    /// How directly the trial text supports the rule an alteration meets, as the knowledge base names
    /// it. Ordered strongest first: `a < b` when `a` is the stronger level, so `min()` is the strongest.
    public enum EvidenceLevel: String, Codable, Sendable, CaseIterable, Comparable {
        /// The registered inclusion text names the gene and alteration.
        case named
        /// A pathway member the text's "including but not limited to" admits.
        case pathway
        /// A class member from the literature that the text does not name.
        case literature
        /// Matches the literal text but needs the trial board's confirmation (BCR::ABL1).
        case flagged

        public static func < (lhs: Self, rhs: Self) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }
}

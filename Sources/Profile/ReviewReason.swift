/// Why a sample's suggestion is `review` rather than a letter, stored in the report (`review_reasons`) so
/// that a stored report can be decided again (`merge --clinical`) without reading its inputs again.
public struct ReviewReason: Codable, Sendable, Equatable, Hashable {
    /// The kinds, spelled as the schema spells them.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// An exclusion or resistance allele seen below the qualifying evidence or failing FILTER: a
        /// subclone can carry it.
        case resistanceBelowEvidence = "resistance-below-evidence"
        /// A passing exclusion or resistance change undermines a drug a candidate arm gives (`policy.tsv`).
        case resistanceToCandidateDrug = "resistance-to-candidate-drug"
        /// A known constitutional RASopathy allele: germline by the normal, or in a file without one.
        case germlineRASopathy = "germline-rasopathy"
        /// A variant at a codon an exclusion names could not be translated: the exclusion was not evaluated.
        case exclusionNotEvaluated = "exclusion-not-evaluated"
        /// Several arms are candidates: the board decides between them.
        case severalCandidates = "several-candidates"

        /// True when the findings alone force the review, whatever arms are left; false when it follows
        /// from the arms left (several candidates, a drug of a candidate), which a new decision recomputes.
        public var comesFromFindings: Bool {
            switch self {
            case .resistanceBelowEvidence, .germlineRASopathy, .exclusionNotEvaluated: true
            case .resistanceToCandidateDrug, .severalCandidates: false
            }
        }
    }

    public let reason: Kind
    /// The gene of the allele behind it; `nil` for several candidates.
    public let gene: String?
    /// The allele and what was seen (`BCL2 p.G101V: VAF 0.02 below --min-vaf 0.05`), or the candidate arms.
    public let evidence: String
    /// The arms it concerns: those the allele would exclude or qualify, the candidate whose drug it
    /// undermines, or the candidates.
    public let groups: [String]
    /// The knowledge-base rule and the sources it cites (`X-BCL2-VENETOCLAX`, `NCT05751044-EXCL5`).
    public let cites: [String]

    public init(reason: Kind, gene: String?, evidence: String, groups: [String], cites: [String]) {
        self.reason = reason
        self.gene = gene
        self.evidence = evidence
        self.groups = groups
        self.cites = cites
    }

    /// The reason an alteration gives, citing its rule and sources.
    public init(_ reason: Kind, _ change: Alteration, evidence: String, groups: [String]? = nil) {
        self.init(
            reason: reason, gene: change.gene, evidence: "\(change.gene) \(change.alteration): \(evidence)",
            groups: groups ?? change.groups, cites: [change.ruleID] + change.sources.map(\.id))
    }
}

/// How a rule recognises an alteration.
public enum RuleKind: String, Sendable, Codable, CaseIterable {
    /// Any missense change at one of the listed codons (`G12,G13`); the reference residue must agree.
    case missenseCodon = "missense_codon"
    /// One exact protein change (`p.F232C`).
    case proteinChange = "protein_change"
    /// An in-frame insertion, deletion or delins touching the codon window (`237-255`).
    case inframeIndel = "inframe_indel"
    /// An internal tandem duplication: an in-frame insertion or duplication in the codon window.
    case itd
    /// A fusion of the gene with any partner (`*`) or the listed partners.
    case fusion
    /// Amplification of the gene.
    case amplification
    /// Deletion of the gene.
    case deletion
    /// Truncating change: stop gained, frameshift, canonical splice site.
    case truncating

    /// Kinds this version evaluates on small variants; the others are loaded, validated and reported as not evaluated.
    public var isSmallVariantKind: Bool {
        switch self {
        case .missenseCodon, .proteinChange, .inframeIndel, .itd: return true
        case .fusion, .amplification, .deletion, .truncating: return false
        }
    }
}

/// How directly the trial text supports a rule.
public enum EvidenceLevel: String, Sendable, Codable, CaseIterable {
    /// The registered inclusion text names the gene and alteration.
    case named
    /// A pathway member the text's "including but not limited to" admits.
    case pathway
    /// Matches the literal text but needs the trial board's confirmation.
    case flagged
}

/// A residue and its 1-based codon number, as in `G12`.
public struct Codon: Sendable, Hashable {
    public let residue: Character
    public let number: Int

    public init(residue: Character, number: Int) {
        self.residue = residue
        self.number = number
    }
}

/// A knowledge-base rule: which alteration of which gene qualifies for which group, and why.
public struct Rule: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case codons(Set<Codon>)
        case proteinChange(String)
        case window(ClosedRange<Int>)
        case partners(Set<String>?)   // nil: any partner
        case wholeGene
    }

    public let id: String
    public let gene: String
    public let group: String
    public let pathway: String
    public let kind: RuleKind
    public let target: Target
    public let evidence: EvidenceLevel
    public let sourceIDs: [String]
    public let note: String
}

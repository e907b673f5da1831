/// How a rule recognises an alteration.
public enum RuleKind: String, Sendable, Codable, CaseIterable {
    /// Any missense change at one of the listed codons (`G12,G13`); the reference residue must agree.
    case missenseCodon = "missense_codon"
    /// Any missense change in a codon window (`536-1124`), e.g. a kinase domain.
    case missenseRange = "missense_range"
    /// Exact protein changes (`p.F232C` or `p.G101V,p.F104L`).
    case proteinChange = "protein_change"
    /// An in-frame insertion, deletion or delins touching the codon window (`237-264`).
    case inframeIndel = "inframe_indel"
    /// An internal tandem duplication: an in-frame gain of residues in the codon window.
    case itd
    /// Truncating change (stop gained, frameshift, canonical splice site) anywhere (`*`) or in exons (`exons 8-8`).
    case truncating
    /// Canonical splice-site change next to the listed exons (`exons 8-9`).
    case spliceSite = "splice_site"
    /// Any change of the protein: missense, in-frame, truncating, start or stop loss (`*`).
    case proteinAltering = "protein_altering"
    /// A fusion of the gene with any partner (`*`), any but some (`*,!BCR`) or the listed partners (`P2RY8,IGH`), in either order.
    case fusion
    /// A kinase fusion: the gene is the 3' partner and the breakpoint lies upstream of its kinase domain
    /// (`from 242`, `from 242 except BCR`, `from 242 with BCR`).
    case kinaseFusion = "kinase_fusion"
    /// Amplification of the gene (`*`).
    case amplification
    /// Deletion of the gene (`*`).
    case deletion

    /// Kinds matched on small variants; the others are matched on rearrangements and copy-number changes.
    public var isSmallVariantKind: Bool {
        switch self {
        case .missenseCodon, .missenseRange, .proteinChange, .inframeIndel, .itd, .truncating, .spliceSite, .proteinAltering:
            return true
        case .fusion, .kinaseFusion, .amplification, .deletion:
            return false
        }
    }
}

/// How directly the trial text supports a rule.
/// Ordered strongest first: `min()` of several is the strongest, which ranks a sample's candidate groups.
public enum EvidenceLevel: String, Sendable, Codable, CaseIterable, Comparable {
    /// The registered inclusion text names the gene and alteration.
    case named
    /// A pathway member the text's "including but not limited to" admits.
    case pathway
    /// A change from the literature the text does not name, used by advisory rules (BCL2 binding-groove changes).
    case literature
    /// Needs the trial board's confirmation: met only by the literal text (BCR::ABL1, other CRLF2 partners, the NSML
    /// codons), or not named by the text at all (ABL2, CSF1R, PDGFRA, LYN, TYK2 fusions: no registry source).
    case flagged

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Whether meeting a rule qualifies a sample for its groups or bars it from them.
public enum RuleRole: String, Sendable, Codable, CaseIterable {
    case qualifies
    case excludes
    /// Neither qualifies nor bars: the profile flags it (a resistance change the registry does not exclude).
    case advisory
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

/// A knowledge-base rule: which alteration of which gene qualifies for (or excludes from) which groups, and why.
public struct Rule: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case codons(Set<Codon>)
        case proteinChanges(Set<String>)
        case window(ClosedRange<Int>)
        /// Exon numbers a truncating or splice rule is limited to; `nil` for the whole gene.
        case exons(ClosedRange<Int>?)
        /// Fusion partners: `nil` includes any partner, minus `excluded`.
        case partners(included: Set<String>?, excluded: Set<String>)
        /// A 3' kinase fusion: the first codon of the kinase domain, and the partners allowed.
        case kinase(domainStart: Int, included: Set<String>?, excluded: Set<String>)
        case wholeGene
    }

    public let id: String
    public let gene: String
    /// The MANE Select transcript whose numbering the rule uses.
    public let transcript: String
    public let groups: [String]
    public let role: RuleRole
    public let pathway: String
    public let kind: RuleKind
    public let target: Target
    /// The target as the knowledge-base file writes it.
    public let targetText: String
    public let evidence: EvidenceLevel
    /// Whether an independent source confirmed the rule's facts (see its note when not).
    public let verified: Bool
    public let sourceIDs: [String]
    public let note: String
}

extension Rule.Target {
    /// Whether `partner` is a fusion partner this target admits.
    public func admits(partner: String) -> Bool {
        switch self {
        case .partners(let included, let excluded), .kinase(_, let included, let excluded):
            return (included?.contains(partner) ?? true) && !excluded.contains(partner)
        default:
            return false
        }
    }
}

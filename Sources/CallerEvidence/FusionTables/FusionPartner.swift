import Knowledge

/// One side of a fusion: a gene and, when the source gives it, its genomic breakpoint.
public struct FusionPartner: Sendable, Hashable {
    /// The gene symbol as the caller wrote it, without Ensembl suffixes (`ETV6^ENSG…`) or a locus `@` (`IGH@`).
    public let gene: String
    /// The breakpoint's contig as written (`22`, `chr22`), when the source gives one.
    public let contig: String?
    /// The breakpoint's 1-based position, when the source gives one.
    public let position: Int?

    public init(gene: String, contig: String? = nil, position: Int? = nil) {
        self.gene = gene
        self.contig = contig
        self.position = position
    }

    /// The partner as the rules read it: the canonical gene symbol, the contig normalised (`chr22`).
    public var canonical: FusionPartner {
        FusionPartner(gene: GeneSymbol.canonical(gene), contig: contig.map(ContigName.normalized), position: position)
    }
}

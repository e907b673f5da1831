/// What one annotation (or one known hotspot allele) says an allele does to one gene.
public struct VariantEffect: Sendable, Equatable {
    public let gene: String
    /// The protein change, when there is one to read.
    public let change: ProteinChange?
    /// Sequence Ontology consequence terms (`missense_variant`, `splice_donor_variant`, …).
    public let consequences: Set<String>
    /// Exon and intron numbers the annotation places the allele in.
    public let exon: Int?
    public let intron: Int?
    /// HGVS c. of the allele, to name changes without a protein change (splice sites).
    public let hgvsc: String
    /// Set when the consequence engine placed an insertion written in an intron as a duplication of exon bases.
    public let duplication: IntronicDuplication?

    public init(
        gene: String, change: ProteinChange?, consequences: Set<String> = [], exon: Int? = nil, intron: Int? = nil,
        hgvsc: String = "", duplication: IntronicDuplication? = nil
    ) {
        self.gene = gene
        self.change = change
        self.consequences = consequences
        self.exon = exon
        self.intron = intron
        self.hgvsc = hgvsc
        self.duplication = duplication
    }
}

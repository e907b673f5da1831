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

    public init(gene: String, change: ProteinChange?, consequences: Set<String> = [], exon: Int? = nil, intron: Int? = nil,
                hgvsc: String = "") {
        self.gene = gene
        self.change = change
        self.consequences = consequences
        self.exon = exon
        self.intron = intron
        self.hgvsc = hgvsc
    }
}

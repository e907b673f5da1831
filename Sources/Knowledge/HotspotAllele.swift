/// A position on a normalized contig (1-based).
public struct Locus: Sendable, Hashable {
    public let contig: String
    public let position: Int

    public init(contig: String, position: Int) {
        self.contig = contig
        self.position = position
    }
}

/// A known hotspot allele placed in both builds, used to name protein changes in unannotated input.
public struct HotspotAllele: Sendable, Equatable {
    public let gene: String
    /// One-letter protein change, e.g. `p.G12D`.
    public let protein: String
    /// HGVS c. on the MANE Select transcript.
    public let hgvsc: String
    public let loci: [GenomeBuild: Locus]
    public let ref: String
    public let alt: String
    public let source: String
}

/// A treatment group of the trial.
public struct TreatmentGroup: Sendable, Equatable {
    public let letter: String
    public let name: String
    public let drugs: String
    public let qualifying: String
    public let sourceIDs: [String]
}

/// A citation a rule can point to.
public struct Source: Sendable, Equatable {
    public let id: String
    public let citation: String
    public let url: String
}

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

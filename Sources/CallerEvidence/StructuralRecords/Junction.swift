/// A rearrangement junction from one structural-variant record: two joined breakpoint ends, the
/// genes the caller annotated (FusionCatcher's `GENE5`/`GENE3`), and the record's evidence.
public struct Junction: Sendable, Equatable {
    public let first: BreakpointEnd
    public let second: BreakpointEnd
    /// 5' and 3' gene names the file itself gives, if any.
    public let annotatedFivePrime: String?
    public let annotatedThreePrime: String?
    /// The gene the file names at this record's own breakpoint (`GENE_NAME`, as Arriba's VCF writes it).
    public let annotatedGene: String?
    /// The structural record (`chrom:pos:ID`).
    public let evidence: Evidence
    public let filter: String
    public let support: [SampleSupport]
}

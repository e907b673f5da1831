import Knowledge

/// Which side of a breakpoint stays joined: the sequence left of it (lower coordinates) or right of it.
public enum KeptSide: String, Sendable, Hashable {
    case left, right
}

/// One end of a rearrangement junction.
public struct BreakpointEnd: Sendable, Hashable {
    /// Normalized contig name (`9`, `X`).
    public let contig: String
    public let position: Int
    /// `nil` when the record does not tell (a DELLY translocation without `CT`).
    public let kept: KeptSide?

    public init(contig: String, position: Int, kept: KeptSide?) {
        self.contig = ContigName.normalized(contig)
        self.position = position
        self.kept = kept
    }
}

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
    /// `chrom:pos:ID` of the record, for the report.
    public let variant: String
    public let filter: String
    public let support: [SampleSupport]
}

/// A copy-number change: a loss or a gain over a genomic interval.
public struct CopyNumberEvent: Sendable, Equatable {
    public enum Direction: String, Sendable { case loss, gain }

    public let contig: String
    public let start: Int
    public let end: Int
    public let direction: Direction
    /// Absolute copy number, when the record or segment gives it.
    public let copyNumber: Double?
    /// log2 ratio, when the segment gives it.
    public let log2: Double?
    public let variant: String
    public let filter: String
    /// One entry per header sample; empty for inputs without samples (a CNV segment file).
    public let support: [SampleSupport]
}

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

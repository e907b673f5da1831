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
    /// The structural record or segment-file row behind it.
    public let evidence: Evidence
    public let filter: String
    /// One entry per header sample; empty for inputs without samples (a CNV segment file) until the
    /// run gives a table's event to its sample (`attributed(to:)`).
    public let support: [SampleSupport]
    /// The sample a segment table's row names, when the table names its rows' samples.
    public var tableSample: String?
    /// A gene's deletion or amplification a lab reported by name (an alteration list): the lab called
    /// the level, and the list gives neither the numbers nor the segment's extent.
    public var reported = false
    /// The ploidy of the tumor carrying the event, from its caller's summary file, once the run knows whose it is.
    public var ploidy: SamplePloidy?

    /// The same event carried by the samples `support` says (a table row given to its sample).
    public func attributed(to support: [SampleSupport]) -> CopyNumberEvent {
        var event = CopyNumberEvent(
            contig: contig, start: start, end: end, direction: direction, copyNumber: copyNumber,
            log2: log2, evidence: evidence, filter: filter, support: support)
        event.tableSample = tableSample
        event.reported = reported
        event.ploidy = ploidy
        return event
    }
}

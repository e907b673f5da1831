import CallerEvidence
import Knowledge

/// What matching one batch of records produced, in record order.
public struct BatchOutcome: Sendable {
    public var findings: [Finding] = []
    /// Rearrangement junctions and copy-number changes of structural records, matched once all are read.
    public var junctions: [Junction] = []
    public var copyNumberEvents: [CopyNumberEvent] = []
    public var singleBreakends: [SingleBreakend] = []
    public var warnings: [String] = []
    public var filteredRecords = 0
    /// Small-variant records in panel genes that carry none of the header's consequence tags.
    public var unannotatedRecords = 0
    /// Records whose REF disagrees with `--fasta`, and a few of them for the message.
    public var refMismatches = 0
    public var refMismatchExamples: [String] = []

    public init() {}
}

/// A copy-number segment from a CNV caller.
public struct CopyNumberSegment: Sendable, Equatable {
    /// The contig as written (`1`, `chr1`).
    public let contig: String
    /// First base, 1-based inclusive (0-based tables are converted).
    public let start: Int
    /// Last base, 1-based inclusive.
    public let end: Int
    /// log2 copy ratio against the reference, when the table gives it.
    public let log2: Double?
    /// Absolute copy number (total of both alleles), when the table gives it.
    public let copyNumber: Double?
    /// Where it came from: the file's row (`sample.cns line 2`).
    public let evidence: Evidence
    /// The sample the row names, in tables that hold several (ASCAT's `sample`, DNAcopy's `ID`,
    /// GDC's `GDC_Aliquot`) or name theirs (GATK's `@RG SM:`); nil when the table names none.
    public let sample: String?
    /// The table's `filter` column, when it has one (`PASS`, `.`, or the failing filters).
    public var filter: String?

    public init(
        contig: String, start: Int, end: Int, log2: Double? = nil, copyNumber: Double? = nil, evidence: Evidence,
        sample: String? = nil
    ) {
        self.contig = contig
        self.start = start
        self.end = end
        self.log2 = log2
        self.copyNumber = copyNumber
        self.evidence = evidence
        self.sample = sample
    }
}

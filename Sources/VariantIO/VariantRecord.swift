/// One sample's call at a record: genotype and the numeric FORMAT fields a reader was asked for.
public struct SampleCall: Sendable, Equatable {
    /// Allele indices of the genotype; `nil` for a missing allele. Empty when there is no GT.
    public let genotype: [Int?]
    /// Requested integer FORMAT fields (e.g. `AD`, `DP`, Strelka's `AU`), missing values dropped.
    public let integers: FormatValues<Int>
    /// Requested float FORMAT fields (e.g. `AF`), missing values dropped.
    public let floats: FormatValues<Double>

    public init(genotype: [Int?], integers: FormatValues<Int>, floats: FormatValues<Double>) {
        self.genotype = genotype
        self.integers = integers
        self.floats = floats
    }
}

/// A decoded VCF record, a plain value that can cross threads.
public struct VariantRecord: Sendable, Equatable {
    /// 1-based ordinal of the record in its file.
    public internal(set) var ordinal: Int
    public let contig: String
    /// 1-based position, as in VCF text.
    public let position: Int
    public let id: String
    public let ref: String
    public let alts: [String]
    /// FILTER values; empty for `.`.
    public let filters: [String]
    /// Requested INFO fields (strings, integers and flags alike, as text), keyed by tag.
    public let info: InfoValues
    /// One entry per header sample, in header order.
    public let samples: [SampleCall]

    public init(
        ordinal: Int, contig: String, position: Int, id: String, ref: String, alts: [String],
        filters: [String], info: InfoValues, samples: [SampleCall]
    ) {
        self.ordinal = ordinal
        self.contig = contig
        self.position = position
        self.id = id
        self.ref = ref
        self.alts = alts
        self.filters = filters
        self.info = info
        self.samples = samples
    }

    /// True for FILTER `PASS` or `.`.
    public var passes: Bool { filters.isEmpty || filters == ["PASS"] }

    /// `chrom:pos` for messages.
    public var locus: String { "\(contig):\(position)" }
}

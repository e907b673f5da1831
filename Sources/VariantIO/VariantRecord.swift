/// One sample's call at a record: genotype and the numeric FORMAT fields a reader was asked for.
public struct SampleCall: Sendable, Equatable {
    /// The genotype's alleles under the tag `GT`: a view of the record's genotypes, like the other fields.
    private let genotypes: FormatValues<Int?>
    /// Requested integer FORMAT fields (e.g. `AD`, `DP`, Strelka's `AU`), missing values dropped.
    public let integers: FormatValues<Int>
    /// Requested float FORMAT fields (e.g. `AF`), missing values dropped.
    public let floats: FormatValues<Double>

    /// The one tag `genotypes` holds.
    static let genotypeTag = ["GT"]

    public init(genotype: [Int?], integers: FormatValues<Int>, floats: FormatValues<Double>) {
        self.init(genotypes: FormatValues(["GT": genotype]), integers: integers, floats: floats)
    }

    init(genotypes: FormatValues<Int?>, integers: FormatValues<Int>, floats: FormatValues<Double>) {
        self.genotypes = genotypes
        self.integers = integers
        self.floats = floats
    }

    /// Allele indices of the genotype; `nil` for a missing allele. Empty when there is no GT.
    public var genotype: [Int?] { genotypes["GT"] ?? [] }
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

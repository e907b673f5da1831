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

    /// `sample`'s call at a record read from a file, its values read from the record's buffers when asked for.
    init(_ format: RecordFormat, sample: Int) {
        let layout = format.layout
        self.init(
            genotypes: FormatValues(
                format, sample: sample, tags: layout.genotypeFields.isEmpty ? [] : Self.genotypeTag, fields: layout.genotypeFields,
                read: RecordFormat.genotype),
            integers: FormatValues(format, sample: sample, tags: layout.integerTags, fields: layout.integerFields, read: RecordFormat.integers),
            floats: FormatValues(format, sample: sample, tags: layout.floatTags, fields: layout.floatFields, read: RecordFormat.floats))
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
    /// Where the samples' calls come from: given, or a file's record read when asked for.
    private enum Calls: Sendable {
        case given([SampleCall])
        case record(RecordFormat)
    }

    private let calls: Calls

    /// One entry per header sample, in header order (of a record read from a file: views of its values).
    public var samples: [SampleCall] {
        switch calls {
        case .given(let samples): samples
        case .record(let format): (0..<format.sampleCount).map { SampleCall(format, sample: $0) }
        }
    }

    public init(
        ordinal: Int, contig: String, position: Int, id: String, ref: String, alts: [String],
        filters: [String], info: InfoValues, samples: [SampleCall]
    ) {
        self.init(
            ordinal: ordinal, contig: contig, position: position, id: id, ref: ref, alts: alts, filters: filters, info: info,
            calls: .given(samples))
    }

    /// A record read from a file, whose samples' values `format` reads from its buffers.
    init(
        ordinal: Int, contig: String, position: Int, id: String, ref: String, alts: [String], filters: [String], info: InfoValues,
        format: RecordFormat
    ) {
        self.init(
            ordinal: ordinal, contig: contig, position: position, id: id, ref: ref, alts: alts, filters: filters, info: info,
            calls: .record(format))
    }

    private init(
        ordinal: Int, contig: String, position: Int, id: String, ref: String, alts: [String], filters: [String], info: InfoValues,
        calls: Calls
    ) {
        self.ordinal = ordinal
        self.contig = contig
        self.position = position
        self.id = id
        self.ref = ref
        self.alts = alts
        self.filters = filters
        self.info = info
        self.calls = calls
    }

    public static func == (lhs: VariantRecord, rhs: VariantRecord) -> Bool {
        lhs.ordinal == rhs.ordinal && lhs.contig == rhs.contig && lhs.position == rhs.position && lhs.id == rhs.id && lhs.ref == rhs.ref
            && lhs.alts == rhs.alts && lhs.filters == rhs.filters && lhs.info == rhs.info && lhs.samples == rhs.samples
    }

    /// True for FILTER `PASS` or `.`.
    public var passes: Bool { filters.isEmpty || filters == ["PASS"] }

    /// `chrom:pos` for messages.
    public var locus: String { "\(contig):\(position)" }
}

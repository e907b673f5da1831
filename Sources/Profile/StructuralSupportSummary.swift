/// How the per-sample support of a file's structural records was read: the caller recognised from
/// the header's FORMAT definitions, the fields read, and the records none of whose samples had any
/// (given to every profiled sample, each flagged `support-not-per-sample`).
public struct StructuralSupportSummary: Codable, Sendable, Equatable {
    /// `DELLY`, `GRIDSS/GRIPSS/PURPLE`, … or `generic` (GT, AD, AF).
    public let caller: String
    /// The FORMAT fields read for per-sample support that the header declares.
    public let fields: [String]
    /// Structural records in a file with several samples where no sample's support could be read.
    public let recordsWithoutSampleSupport: Int
    /// Up to three of those records (`chrom:pos:ID`).
    public let examples: [String]
    /// The samples such records were given to, for want of per-sample support.
    public let samplesGivenUnsupportedRecords: [String]

    public init(
        caller: String, fields: [String], recordsWithoutSampleSupport: Int, examples: [String],
        samplesGivenUnsupportedRecords: [String]
    ) {
        self.caller = caller
        self.fields = fields
        self.recordsWithoutSampleSupport = recordsWithoutSampleSupport
        self.examples = examples
        self.samplesGivenUnsupportedRecords = samplesGivenUnsupportedRecords
    }

    enum CodingKeys: String, CodingKey {
        case caller, fields, examples
        case recordsWithoutSampleSupport = "records_without_sample_support"
        case samplesGivenUnsupportedRecords = "samples_given_unsupported_records"
    }
}

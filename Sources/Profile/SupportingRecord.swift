/// A record that supports an alteration, with the sample's read evidence where the file gives it.
public struct SupportingRecord: Codable, Sendable, Equatable {
    /// The record as reports name it: `chrom:pos:ref:alt` for an allele, `chrom:pos:ID` for a structural
    /// record, `FILE line N` for a row of a fusion table or copy-number file.
    public let variant: String
    /// The same, as fields (`nil` in reports written before schema version 5).
    public var locus: RecordLocus?
    /// FILTER column (`PASS`, `.`, or the failing filters joined by `;`).
    public let filter: String
    /// Variant allele fraction in this sample, when FORMAT gives AF, AD or caller tier counts, or INFO the tumor's.
    public let vaf: Double?
    /// Read depth in this sample, when known.
    public let depth: Int?
    /// Where the VAF came from: `FORMAT/AF`, `FORMAT/AD`, `INFO/TVAF`, a structural caller's read counts…
    public var vafSource: String?

    public init(variant: String, locus: RecordLocus? = nil, filter: String, vaf: Double?, depth: Int?, vafSource: String? = nil) {
        self.variant = variant
        self.locus = locus
        self.filter = filter
        self.vaf = vaf
        self.depth = depth
        self.vafSource = vafSource
    }

    enum CodingKeys: String, CodingKey {
        case variant, locus, filter, vaf, depth
        case vafSource = "vaf_source"
    }
}

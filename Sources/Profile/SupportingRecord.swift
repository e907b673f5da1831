/// A record that supports an alteration, with the sample's read evidence where the file gives it.
public struct SupportingRecord: Codable, Sendable, Equatable {
    /// `chrom:pos:ref:alt` as in the input file.
    public let variant: String
    /// FILTER column (`PASS`, `.`, or the failing filters joined by `;`).
    public let filter: String
    /// Variant allele fraction in this sample, when FORMAT gives AF, AD or caller tier counts, or INFO the tumor's.
    public let vaf: Double?
    /// Read depth in this sample, when known.
    public let depth: Int?
    /// Where the VAF came from: `FORMAT/AF`, `FORMAT/AD`, `INFO/TVAF`, a structural caller's read counts…
    public var vafSource: String?

    public init(variant: String, filter: String, vaf: Double?, depth: Int?, vafSource: String? = nil) {
        self.variant = variant
        self.filter = filter
        self.vaf = vaf
        self.depth = depth
        self.vafSource = vafSource
    }

    enum CodingKeys: String, CodingKey {
        case variant, filter, vaf, depth
        case vafSource = "vaf_source"
    }
}

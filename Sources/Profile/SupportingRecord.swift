/// A record that supports an alteration, with the sample's read evidence where the file gives it.
public struct SupportingRecord: Codable, Sendable, Equatable {
    /// `chrom:pos:ref:alt` as in the input file.
    public let variant: String
    /// FILTER column (`PASS`, `.`, or the failing filters joined by `;`).
    public let filter: String
    /// Variant allele fraction in this sample, when FORMAT gives AF, AD or caller tier counts.
    public let vaf: Double?
    /// Read depth in this sample, when known.
    public let depth: Int?

    public init(variant: String, filter: String, vaf: Double?, depth: Int?) {
        self.variant = variant
        self.filter = filter
        self.vaf = vaf
        self.depth = depth
    }
}

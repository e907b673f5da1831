/// The copy-number segment behind a deletion or amplification, and how much of its chromosome it covers.
public struct SegmentExtent: Codable, Sendable, Equatable {
    public let contig: String
    public let start: Int
    public let end: Int
    /// `end - start + 1`, in bases.
    public let length: Int
    public let log2: Double?
    public let copyNumber: Double?
    /// `focal` (at most half of the gene's arm), `arm-level` or `whole-chromosome`; nil when the build
    /// gives no centromere for the contig.
    public let extent: String?
    /// The arm the extent was measured on (`17q`) and the fraction of it the segment covers.
    public let arm: String?
    public let armFraction: Double?

    public init(contig: String, start: Int, end: Int, log2: Double?, copyNumber: Double?, extent: String?, arm: String?, armFraction: Double?) {
        self.contig = contig
        self.start = start
        self.end = end
        length = end - start + 1
        self.log2 = log2
        self.copyNumber = copyNumber
        self.extent = extent
        self.arm = arm
        self.armFraction = armFraction
    }

    /// Whether the segment covers more than half of the gene's arm: not a focal gene deletion.
    public var isBroad: Bool { extent != nil && extent != "focal" }

    /// `83.3 Mb whole-chromosome loss, 100% of 17q, log2 -1.0` for people.
    public var summary: String {
        let size = length >= 1_000_000 ? "\((Double(length) / 100_000).rounded() / 10) Mb" : "\(max(1, Int((Double(length) / 1000).rounded()))) kb"
        var parts = [size + (extent.map { " \($0)" } ?? "")]
        if let arm, let armFraction { parts.append((armFraction < 0.01 ? "<1%" : "\(Int((armFraction * 100).rounded()))%") + " of \(arm)") }
        if let copyNumber { parts.append("copy number \(copyNumber)") } else if let log2 { parts.append("log2 \(log2)") }
        return parts.joined(separator: ", ")
    }

    enum CodingKeys: String, CodingKey {
        case contig, start, end, length, log2, extent, arm
        case copyNumber = "copy_number"
        case armFraction = "arm_fraction"
    }
}

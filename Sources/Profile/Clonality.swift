/// A clonality cue from VAF alone (no purity, ploidy or copy-number model): an alteration is
/// marked subclonal when its VAF is low in absolute terms (below `subclonalVAF`, i.e. fewer than
/// about 20% of cells if heterozygous in a diploid region) or low beside the sample's clonal
/// reference, the highest VAF among its alterations and exclusions (below `subclonalRelative` of it).
public struct Clonality: Codable, Sendable, Equatable {
    /// Below this VAF an alteration is subclonal whatever else the sample holds.
    public static let subclonalVAF = 0.10
    /// Below this fraction of the sample's highest VAF an alteration is subclonal.
    public static let subclonalRelative = 0.5

    /// The alteration's highest VAF in the sample.
    public let vaf: Double
    /// Cells carrying it if it is heterozygous in a diploid region: `min(1, 2 × vaf)`.
    public let cellFraction: Double
    /// `gene alteration` with the sample's highest VAF, the clonal reference.
    public let reference: String
    /// `vaf` over the reference's VAF.
    public let relativeVAF: Double
    public let subclonal: Bool

    init(vaf: Double, reference: (name: String, vaf: Double)) {
        self.vaf = vaf
        cellFraction = Self.round(min(1, 2 * vaf))
        self.reference = reference.name
        relativeVAF = reference.vaf > 0 ? Self.round(vaf / reference.vaf) : 1
        subclonal = vaf < Self.subclonalVAF || relativeVAF < Self.subclonalRelative
    }

    /// `VAF 0.08 (~16% of cells), 0.18 of the highest VAF 0.45 (JAK2 p.R683G)`.
    public var summary: String {
        "VAF \(Self.round(vaf)) (~\(Int((cellFraction * 100).rounded()))% of cells), \(relativeVAF) of the sample's highest VAF (\(reference))"
    }

    /// The alterations with their cue set, measured against the highest VAF of `alterations` and `exclusions`.
    static func assess(_ alterations: [Alteration], exclusions: [Alteration]) -> [Alteration] {
        let top = (alterations + exclusions).compactMap { change in change.maxVAF.map { (name: "\(change.gene) \(change.alteration) VAF \(round($0))", vaf: $0) } }
            .max { $0.vaf < $1.vaf }
        guard let top else { return alterations }
        return alterations.map { change in
            var change = change
            change.clonality = change.maxVAF.map { Clonality(vaf: $0, reference: top) }
            return change
        }
    }

    /// Two decimals, as VAFs are shown.
    static func round(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    enum CodingKeys: String, CodingKey {
        case vaf, reference, subclonal
        case cellFraction = "cell_fraction"
        case relativeVAF = "relative_vaf"
    }
}

/// A clonality cue from VAF alone (no purity, ploidy or copy-number model): an alteration is
/// marked subclonal when its VAF is low in absolute terms (below `subclonalVAF`, i.e. fewer than
/// about 20% of cells if heterozygous in a diploid region) or when its cell fraction is low beside
/// the sample's largest clone, the highest cell fraction among its alterations and exclusions (below
/// `subclonalRelative` of it). Cell fractions are `min(1, 2 × VAF)`, so a VAF above 0.5 (loss of
/// heterozygosity, a gain) does not make a heterozygous clonal driver look subclonal.
public struct Clonality: Codable, Sendable, Equatable {
    /// Below this VAF an alteration is subclonal whatever else the sample holds.
    public static let subclonalVAF = 0.10
    /// Below this fraction of the largest clone's cell fraction an alteration is subclonal.
    public static let subclonalRelative = 0.5

    /// The alteration's highest VAF in the sample.
    public let vaf: Double
    /// Cells carrying it if it is heterozygous in a diploid region: `min(1, 2 × vaf)`.
    public let cellFraction: Double
    /// `gene alteration VAF x` with the sample's highest VAF, the largest clone.
    public let reference: String
    /// `cellFraction` over the reference's cell fraction.
    public let relativeCellFraction: Double
    public let subclonal: Bool

    /// - Parameter blastFraction: the sample's blast fraction, when known: a clonal heterozygous driver then has
    ///   VAF blast/2, so the absolute cut becomes `subclonalRelative` of that instead of `subclonalVAF`
    ///   (in a 15 %-blast sample a clonal driver at VAF 0.07 is not subclonal).
    init(vaf: Double, reference: (name: String, vaf: Double), blastFraction: Double? = nil) {
        self.vaf = vaf
        cellFraction = Self.round(min(1, 2 * vaf))
        self.reference = reference.name
        let clone = min(1, 2 * reference.vaf)
        relativeCellFraction = clone > 0 ? Self.round(min(1, 2 * vaf) / clone) : 1
        let absolute = blastFraction.map { Self.subclonalRelative * $0 / 2 } ?? Self.subclonalVAF
        subclonal = vaf < absolute || relativeCellFraction < Self.subclonalRelative
    }

    /// `VAF 0.08 (~16% of cells), 0.18 of the sample's largest clone (JAK2 p.R683G VAF 0.45)`.
    public var summary: String {
        "VAF \(Self.round(vaf)) (~\(Int((cellFraction * 100).rounded()))% of cells), \(relativeCellFraction) of the sample's largest clone (\(reference))"
    }

    /// The alterations with their cue set, measured against the highest VAF of the small variants among
    /// `alterations` and `exclusions`: a rearrangement's or copy-number record's read fraction is no clone size.
    static func assess(_ alterations: [Alteration], exclusions: [Alteration], blastFraction: Double? = nil) -> [Alteration] {
        let top = (alterations + exclusions).filter { !isStructural($0) }
            .compactMap { change in change.maxVAF.map { (name: "\(change.gene) \(change.alteration) VAF \(round($0))", vaf: $0) } }
            .max { $0.vaf < $1.vaf }
        guard let top else { return alterations }
        return alterations.map { change in
            var change = change
            change.clonality = change.maxVAF.map { Clonality(vaf: $0, reference: top, blastFraction: blastFraction) }
            return change
        }
    }

    /// A fusion (a gene pair) or a copy-number alteration (a segment).
    static func isStructural(_ change: Alteration) -> Bool {
        change.segment != nil || change.alteration.contains("::")
    }

    /// Two decimals, as VAFs are shown.
    static func round(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    enum CodingKeys: String, CodingKey {
        case vaf, reference, subclonal
        case cellFraction = "cell_fraction"
        case relativeCellFraction = "relative_cell_fraction"
    }
}

/// Where each chromosome's centromere lies, per build (`centromeres.tsv`, from UCSC), so that a
/// copy-number segment can be told focal from arm-level or whole-chromosome.
public struct ChromosomeArms: Sendable {
    /// How much of a chromosome a segment covers.
    public enum Extent: String, Sendable {
        /// At most half of the arm the gene lies on.
        case focal
        /// More than half of the gene's arm, but not of both arms.
        case arm = "arm-level"
        /// More than half of both arms (of the long arm, on an acrocentric chromosome).
        case wholeChromosome = "whole-chromosome"
    }

    /// A segment's extent, the arm it was measured on (`17q`) and the fraction of that arm it covers.
    public struct Measure: Sendable, Equatable {
        public let extent: Extent
        public let arm: String
        public let armFraction: Double
    }

    /// A segment covering more than this fraction of an arm is broad, not focal: GISTIC 2.0's
    /// definition of a broad event ("longer than half a chromosome arm"; source GISTIC2 in `sources.tsv`).
    public static let broadArmFraction = 0.5
    /// Acrocentric chromosomes, whose short arm carries no protein-coding gene of the panel.
    static let acrocentric: Set = ["13", "14", "15", "21", "22"]

    private let centromeres: [GenomeBuild: [String: ClosedRange<Int>]]
    private let lengths: [GenomeBuild: [String: Int]]

    public init(centromeres: [GenomeBuild: [String: ClosedRange<Int>]], lengths: [GenomeBuild: [String: Int]]) {
        self.centromeres = centromeres
        self.lengths = lengths
    }

    /// The extent of the segment `start...end` on `contig`, measured on the arm holding `position`
    /// (the gene); nil when the build has no centromere or length for the contig.
    public func measure(contig: String, start: Int, end: Int, position: Int, build: GenomeBuild) -> Measure? {
        let name = ContigName.normalized(contig)
        guard let centromere = centromeres[build]?[name], let length = lengths[build]?[name], start <= end else { return nil }
        let shortArm = 1...max(1, centromere.lowerBound)
        let longArm = min(length, centromere.upperBound + 1)...length
        func fraction(_ arm: ClosedRange<Int>) -> Double {
            let overlap = min(end, arm.upperBound) - max(start, arm.lowerBound) + 1
            return overlap > 0 ? Double(overlap) / Double(arm.count) : 0
        }
        let onShort = position <= centromere.lowerBound
        let covered = fraction(onShort ? shortArm : longArm)
        let short = fraction(shortArm), long = fraction(longArm)
        let both = long > Self.broadArmFraction && (Self.acrocentric.contains(name) || short > Self.broadArmFraction)
        let extent: Extent = both ? .wholeChromosome : covered > Self.broadArmFraction ? .arm : .focal
        return Measure(extent: extent, arm: name + (onShort ? "p" : "q"), armFraction: (covered * 1000).rounded() / 1000)
    }
}

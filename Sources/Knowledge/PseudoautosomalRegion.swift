/// The pseudoautosomal region 1 of chrY, placed on its chrX twin so that a call on chrY PAR1 (IGH::CRLF2
/// from t(Y;14), CRLF2 on an unmasked reference) names the same genes. Coordinates from the GRC
/// assembly definitions: GRCh38 X and Y PAR1 are both 10,001-2,781,479; GRCh37 X PAR1 is
/// 60,001-2,699,520 and Y PAR1 10,001-2,649,520, so X = Y + 50,000.
public enum PseudoautosomalRegion {
    public static func yPAR1(_ build: GenomeBuild) -> ClosedRange<Int> {
        build == .grch37 ? 10_001...2_649_520 : 10_001...2_781_479
    }

    public static func xOffset(_ build: GenomeBuild) -> Int { build == .grch37 ? 50_000 : 0 }

    /// The chrX contig and position of a chrY PAR1 position; anything else unchanged (contig normalized).
    public static func onX(contig: String, position: Int, build: GenomeBuild) -> (contig: String, position: Int) {
        let normalized = ContigName.normalized(contig)
        guard normalized == "Y", yPAR1(build).contains(position) else { return (normalized, position) }
        return ("X", position + xOffset(build))
    }
}

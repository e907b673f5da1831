import FoundationEssentials

/// One spelling of a gene symbol for every reader and matcher: immunoglobulin segments are named by
/// their locus (`IGHV3-21`, FusionCatcher's `IGH@` → `IGH`), as fusion callers and the trial do.
public enum GeneSymbol {
    /// The immunoglobulin loci a segment is named by.
    public static let immunoglobulinLoci = ["IGH", "IGK", "IGL"]

    /// `name` without a locus name's trailing `@`, an immunoglobulin segment as its locus; other
    /// genes (`IGF2BP1`, `IGLL1`) keep their symbol.
    public static func canonical(_ name: String) -> String {
        let trimmed = name.hasSuffix("@") ? String(name.dropLast()) : name
        for locus in immunoglobulinLoci where trimmed.hasPrefix(locus) {
            let rest = trimmed.dropFirst(3)
            if rest.isEmpty || rest.hasPrefix("-") || ["V", "D", "J", "C"].contains(rest.first) || ["M", "D", "E"].contains(rest)
                || isGeneOrPseudogeneSegment(rest)
            {
                return locus
            }
        }
        return trimmed
    }

    /// True when `rest` (a symbol after its locus) begins with `G` or `A` then a digit or `P`
    /// (`IGHG1`, `IGHA2`, `IGHGP`).
    private static func isGeneOrPseudogeneSegment(_ rest: Substring) -> Bool {
        let scalars = Array(rest.unicodeScalars.prefix(2))
        return scalars.count == 2 && (scalars[0] == "G" || scalars[0] == "A") && (("0"..."9").contains(scalars[1]) || scalars[1] == "P")
    }

    /// A gene-span row's name: an immunoglobulin segment (`IG_…` biotype) as its locus, whatever
    /// its symbol; other genes keep their symbol.
    static func locus(_ gene: String, biotype: String) -> String {
        guard biotype.hasPrefix("IG_") else { return gene }
        return immunoglobulinLoci.first { gene.hasPrefix($0) } ?? gene
    }
}

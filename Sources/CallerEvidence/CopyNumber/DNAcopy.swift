/// DNAcopy / CBS `segments.p(fit)` and IGV's `.seg` example: `ID chrom loc.start loc.end num.mark
/// seg.mean`, the mean a log2 ratio; 1-based; `ID` names each row's sample.
struct DNAcopy: CopyNumberLayout {
    var format: CopyNumberFormat { .dnacopy }
    var name: String { "DNAcopy/CBS" }
    var identifyingColumns: String { "ID, chrom, loc.start, loc.end, seg.mean" }

    func columns(_ names: [String], bedHeader: Bool) -> CopyNumberColumns? {
        guard ["chrom", "loc.start", "loc.end", "seg.mean"].allSatisfy(names.contains) else { return nil }
        return CopyNumberColumns(
            chromosome: "chrom", start: "loc.start", end: "loc.end", log2: ["seg.mean"],
            sample: names.contains("id") ? "id" : (names[0] != "chrom" ? names[0] : nil))
    }
}

/// A copy-number caller's purity and ploidy summary, recognised by its documented columns (never the
/// file name), given with `--cnv` beside the segments: its `ploidy` column is the tumor's ploidy that an
/// amplification is judged against (3 x ploidy, PURPLE's driver rule; docs/matching.md).
struct PloidySummary {
    let format: CopyNumberFormat
    let name: String
    /// The column naming the row's sample, when the summary has one.
    let sample: String?

    /// The summaries read, for `--cnv`'s help.
    static let help =
        "PURPLE .purple.purity.tsv (purity, normFactor, ploidy), ASCAT .purityploidy.txt "
        + "(AberrantCellFraction, Ploidy), FACETS run summary (sample, purity, ploidy, diplogr): the tumor's ploidy"

    /// The summary whose header these lower-case column names are, if any.
    static func recognise(_ names: [String]) -> PloidySummary? {
        guard names.contains("ploidy") else { return nil }
        let sample = CopyNumberColumns.first(CopyNumberColumns.sampleNames, in: names)
        if names.contains("purity"), names.contains("normfactor") {
            // hmftools PURPLE `*.purple.purity.tsv`: one row, the fitted purity and ploidy.
            return PloidySummary(format: .purplePurity, name: "PURPLE purity", sample: sample)
        }
        if names.contains("aberrantcellfraction") {
            // ASCAT's `ascat.output$aberrantcellfraction` and `$ploidy` as nf-core/sarek writes them (`*.purityploidy.txt`).
            return PloidySummary(format: .ascatPurityPloidy, name: "ASCAT purity/ploidy", sample: sample)
        }
        if names.contains("purity"), names.contains("diplogr") {
            // facets-suite `run-facets-wrapper.R` `<sample>.txt`: sample, purity, ploidy, diplogr; a two-pass
            // run writes the purity run's row first.
            return PloidySummary(format: .facetsRun, name: "FACETS run summary", sample: sample)
        }
        return nil
    }
}

/// A tumor's ploidy as its copy-number caller estimated it, from the caller's own summary file
/// (PURPLE's purity file, ASCAT's purity/ploidy table, FACETS' run summary).
public struct SamplePloidy: Sendable, Equatable {
    public let ploidy: Double
    /// The sample the row names, in summaries that name one (FACETS' `sample`); nil otherwise.
    public let sample: String?
    /// Where it came from, for the report: "tumor.purple.purity.tsv line 2".
    public let evidence: String

    public init(ploidy: Double, sample: String?, evidence: String) {
        self.ploidy = ploidy
        self.sample = sample
        self.evidence = evidence
    }
}

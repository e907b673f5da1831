/// A tumor's ploidy and where it came from: the caller's own summary file (PURPLE's purity file, ASCAT's
/// purity/ploidy table, FACETS' run summary) or `--ploidy`.
public struct SamplePloidy: Sendable, Equatable, CustomStringConvertible {
    /// Where a ploidy came from; its `description` is how notes and findings name it.
    public enum Source: Hashable, Sendable, CustomStringConvertible {
        /// `--ploidy`, given for every sample of the run.
        case option
        /// A row of a caller's purity/ploidy summary: its format, file name and line.
        case summary(CopyNumberFormat, file: String, line: Int)

        /// `--ploidy`, or `tumor.purple.purity.tsv line 2`.
        public var description: String {
            switch self {
            case .option: "--ploidy"
            case .summary(_, let file, let line): "\(file) line \(line)"
            }
        }
    }

    public let ploidy: Double
    /// The sample the row names, in summaries that name one (FACETS' `sample`); nil otherwise.
    public let sample: String?
    public let evidence: Source

    public init(ploidy: Double, sample: String?, evidence: Source) {
        self.ploidy = ploidy
        self.sample = sample
        self.evidence = evidence
    }

    /// `4.4 (tumor.purple.purity.tsv line 2)`, `3.0 (--ploidy)`: the ploidy as a finding's text names it.
    public var description: String { "\(ploidy) (\(evidence))" }
}

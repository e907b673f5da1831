import Annotation
import Assessment
import CallerEvidence
import Knowledge
import Profile

/// How a variant file is matched: the plain values behind `match`, `cohort` and `annotate`'s options.
public struct RunOptions: Sendable {
    /// Whether to read the panel regions through the file's index.
    public enum IndexUse: String, Sendable {
        case never, whenPresent, required
    }

    public var requestedBuild: GenomeBuild?
    /// The samples to profile; `nil`: every sample but the normal of a tumor/normal pair.
    public var samples: [String]?
    /// The matched normals (`--normal`), overriding what the header says; empty: the header decides.
    public var normals: [String] = []
    public var thresholds = ProfileBuilder.Thresholds()
    public var copyNumberThresholds = CopyNumberThresholds()
    /// `--min-fusion-reads`: a fusion (table row or VCF rearrangement) with fewer supporting reads is a near-miss.
    public var minimumFusionReads: Int {
        get { thresholds.minimumFusionReads }
        set { thresholds.minimumFusionReads = newValue }
    }
    public var transcriptPolicy = TranscriptPolicy.mane
    /// Fields holding population allele frequencies besides those found by name (`--population-af-field`).
    public var populationAFFields: [String] = []
    public var includeFiltered = false
    /// INFO tags holding the tumor's VAF and depth where FORMAT has none (`--tumor-af-tag`, `--tumor-dp-tag`);
    /// nil: recognised from the header (`TVAF`/`TDP`, a single sample's `AF`/`DP` described as read fractions).
    public var tumorAFTag: String?
    public var tumorDPTag: String?
    public var fasta: String?
    public var indexUse = IndexUse.never
    public var hashesInput = true
    /// Fusion tables and copy-number files read beside each variant file (sorted by the caller's choice).
    public var fusionTables: [String] = []
    public var copyNumberFiles: [String] = []
    /// Labs' alteration lists read beside each variant file (`--alterations`).
    public var alterationLists: [String] = []
    /// The clinical sheet (`--clinical`): age, weight, prior therapy and the two routes per sample.
    public var clinicalSheet: String?
    /// True when the clinical sheet is a whole cohort's (`cohort --clinical`): it may name other files'
    /// samples. Otherwise (`match`, a file list row's `clinical`) every sample it names is this file's.
    public var clinicalSheetIsShared = false
    /// `--table-sample`: a name a fusion or copy-number table uses (or a sample-less table's file
    /// name) onto the input sample its rows belong to.
    public var tableSamples: [String: String] = [:]
    /// Where the mapping is given, as errors name it: `--table-sample`, or a file list's `table_sample` column.
    public var tableSampleOption = "--table-sample"
    /// Called with each warning of a file (`hemimatch: warning: …` on standard error, unless quiet).
    public var warn: (@Sendable (_ input: String, _ warning: String) -> Void)?

    public init() {}

    /// The first option out of its range, as a one-line usage error (exit 64), or nil: fractions from 0
    /// to 1 (a value that looks like a percent says so), depths and copies at least 0, and the
    /// copy-number loss cut below the gain cut.
    public var rangeProblem: String? {
        let cuts = copyNumberThresholds
        var problems: [String?] = [
            Self.fractionProblem("--min-vaf", thresholds.minimumVAF),
            Self.fractionProblem("--max-population-af", thresholds.maximumPopulationAF),
        ]
        if thresholds.minimumDepth < 0 { problems.append("--min-depth must be at least 0, not \(thresholds.minimumDepth)") }
        if minimumFusionReads < 0 { problems.append("--min-fusion-reads must be at least 0, not \(minimumFusionReads)") }
        if cuts.lossCopies < 0 { problems.append("--cnv-loss-copies must be at least 0, not \(cuts.lossCopies)") }
        if let blasts = thresholds.blastFraction, let problem = Self.fractionProblem("--blast-fraction", blasts) { problems.append(problem) }
        if let ploidy = cuts.ploidy, ploidy <= 0 { problems.append("--ploidy must be above 0, not \(ploidy)") }
        if cuts.lossLog2 >= cuts.gainLog2 { problems.append("--cnv-loss-log2 \(cuts.lossLog2) must be below --cnv-gain-log2 \(cuts.gainLog2)") }
        if cuts.lossCopies >= cuts.gainCopies {
            problems.append("--cnv-loss-copies \(cuts.lossCopies) must be below --cnv-gain-copies \(cuts.gainCopies)")
        }
        return problems.compactMap { $0 }.first
    }

    /// A fraction outside 0...1, with a hint when it looks like a percent.
    private static func fractionProblem(_ option: String, _ value: Double) -> String? {
        guard !(0...1).contains(value) else { return nil }
        let hint = value > 1 && value <= 100 ? "; \(value) looks like a percent: write \(value / 100) for \(value)%" : ""
        return "\(option) must be a fraction from 0 to 1, not \(value)\(hint)"
    }
}

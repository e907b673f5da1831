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
    /// Called with each warning of a file or a cohort (`hemimatch: warning: …` on standard error, unless quiet).
    public var warn: (@Sendable (RunWarning) -> Void)?

    public init() {}
}

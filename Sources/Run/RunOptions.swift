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
    public var transcriptPolicy = TranscriptPolicy.mane
    /// Fields holding population allele frequencies besides those found by name (`--population-af-field`).
    public var populationAFFields: [String] = []
    public var includeFiltered = false
    public var fasta: String?
    public var indexUse = IndexUse.never
    public var hashesInput = true
    /// Fusion tables and copy-number files read beside each variant file (sorted by the caller's choice).
    public var fusionTables: [String] = []
    public var copyNumberFiles: [String] = []
    /// Called with each warning of a file (`hemimatch: warning: …` on standard error, unless quiet).
    public var warn: (@Sendable (_ input: String, _ warning: String) -> Void)?

    public init() {}
}

import Knowledge

/// What a run was, so that every output can be traced to the tool, knowledge base, genome build,
/// input bytes and options. Fields are set by the command that ran.
public struct RunMetadata: Codable, Sendable, Equatable {
    public var tool = "hemimatch"
    public var toolVersion = ""
    public var knowledgeBaseVersion = ""
    /// SHA-256 of the knowledge base's files (see `hemimatch --version`), so that edited copies of
    /// one version can be told apart; absent in reports written before it was added.
    public var knowledgeBaseSHA256: String?
    /// How the knowledge base compares with its release's manifest: `matches`, `modified` or
    /// `absent`; absent in reports written before it was added.
    public var knowledgeBaseManifest: ManifestVerdict?
    /// The knowledge base's group letters (`A`-`D` for HEM-iSMART), so that cohort tables take their
    /// group columns from it; absent in reports written before it was added.
    public var trialGroups: [String]?
    public var genomeBuild = ""
    /// How the build was decided (the contig lengths, `--build`, the reference's name, the annotated
    /// codons, a MAF's column); set by every run, absent only from a metadata value no run filled.
    public var genomeBuildBasis: BuildDetector.Basis?
    /// The variant file.
    public var input = ""
    public var inputs: [InputFile] = []
    /// Which transcript's annotation is used when an allele has several.
    public var transcriptPolicy = ""
    public var includeFiltered = false
    /// Samples asked for with `-s`, if any.
    public var requestedSamples: [String]?
    /// Per-sample evidence thresholds in force: `min_vaf`, `min_depth`, and `blast_fraction` when given.
    public var sampleThresholds: [String: Double] = [:]
    /// Copy-number thresholds in force: `loss_log2`, `gain_log2`, `loss_copies`, `gain_copies`.
    public var copyNumberThresholds: [String: Double] = [:]
    /// How candidates are ranked when several groups qualify.
    public var rankingHeuristic = ""
    /// Rules that need an annotation the input does not have.
    public var rulesNotEvaluated: [String] = []
    public var recordsRead = 0
    /// Records decoded and matched: those in panel genes, and structural records.
    public var recordsKept = 0
    /// Records whose FILTER is not PASS (their findings are near-misses).
    public var recordsFiltered = 0
    /// True when only the panel regions were read, through the file's index (`records_read` then
    /// counts the records in those regions).
    public var readsIndexedRegions = false
    /// The index read through (`read_indexed_regions`); `nil` when the whole file was streamed.
    public var index: IndexFile?
    /// Samples left out of the profiles as normals (`##normal_sample`).
    public var normalSamples: [String] = []
    // The germline screen's settings (issue 14). Always written by `match` and `cohort`; optional so
    // that `merge` still reads reports of versions that did not write them.
    /// Whether a matched normal protected the profile from inherited alleles; raw values are the schema's.
    public enum Mode: String, Codable, Sendable, CaseIterable {
        /// No matched normal: only population frequencies and the polymorphism table tell inherited alleles.
        case tumorOnly = "tumor-only"
        /// The normals are `normal_samples`.
        case tumorNormal = "tumor/normal"
    }

    public var mode: Mode?
    /// Alleles more frequent than this in the population never qualify.
    public var maxPopulationAF: Double?
    /// A VAF at least this in the normal makes an allele germline.
    public var germlineNormalVAF: Double?
    /// The population-frequency fields read from the file (`gnomADg_AF`, `CSQ/MAX_AF`...); empty when it has none.
    public var populationAFFields: [String]?
    /// Entries of the knowledge base's polymorphism table (common variants inside the rules).
    public var polymorphismTableEntries: Int?
    public var warnings: [String] = []
    /// How per-sample support was read from structural records; `nil` when the file has none.
    public var structuralSupport: StructuralSupportSummary?

    public init() {}

    /// How the knowledge base compares with its release's manifest; raw values are the schema's.
    public enum ManifestVerdict: String, Codable, Sendable, CaseIterable {
        case matches, modified, absent
    }

    /// The knowledge-base version as every human-readable output prints it: `0.4.0`, or
    /// `0.4.0 (modified)` when its files differ from the release's manifest, `0.4.0 (no manifest)`
    /// when it has none.
    public var knowledgeBaseLabel: String {
        switch knowledgeBaseManifest {
        case .modified: "\(knowledgeBaseVersion) (modified)"
        case .absent: "\(knowledgeBaseVersion) (no manifest)"
        case .matches, nil: knowledgeBaseVersion
        }
    }

    enum CodingKeys: String, CodingKey {
        case tool, input, inputs, warnings
        case toolVersion = "tool_version"
        case knowledgeBaseVersion = "knowledge_base_version"
        case knowledgeBaseSHA256 = "knowledge_base_sha256"
        case knowledgeBaseManifest = "knowledge_base_manifest"
        case trialGroups = "trial_groups"
        case genomeBuild = "genome_build"
        case genomeBuildBasis = "genome_build_basis"
        case transcriptPolicy = "transcript_policy"
        case includeFiltered = "include_filtered"
        case requestedSamples = "requested_samples"
        case copyNumberThresholds = "copy_number_thresholds"
        case sampleThresholds = "sample_thresholds"
        case rankingHeuristic = "ranking_heuristic"
        case rulesNotEvaluated = "rules_not_evaluated"
        case recordsRead = "records_read"
        case recordsKept = "records_kept"
        case recordsFiltered = "records_filtered"
        case readsIndexedRegions = "read_indexed_regions"
        case index
        case normalSamples = "normal_samples"
        case mode
        case maxPopulationAF = "max_population_af"
        case germlineNormalVAF = "germline_normal_vaf"
        case populationAFFields = "population_af_fields"
        case polymorphismTableEntries = "polymorphism_table_entries"
        case structuralSupport = "structural_support"
    }
}

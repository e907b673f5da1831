/// What a run was, so that every output can be traced to the tool, knowledge base and genome build.
public struct RunMetadata: Codable, Sendable, Equatable {
    public let tool: String
    public let toolVersion: String
    public let knowledgeBaseVersion: String
    public let genomeBuild: String
    /// `header` when the contig lengths decided the build, `option` when only `--build` did.
    public let genomeBuildBasis: String
    public let input: String
    /// Which transcript's annotation is used when an allele has several.
    public let transcriptPolicy: String
    public let includeFiltered: Bool
    public let recordsRead: Int
    /// Records decoded and matched: those in panel genes, and structural records.
    public let recordsKept: Int
    /// Panel records skipped because their FILTER is not PASS.
    public let recordsFiltered: Int
    /// Samples left out of the profiles as normals (`##normal_sample`).
    public let normalSamples: [String]
    public let warnings: [String]

    public init(tool: String, toolVersion: String, knowledgeBaseVersion: String, genomeBuild: String, genomeBuildBasis: String,
                input: String, transcriptPolicy: String, includeFiltered: Bool, recordsRead: Int, recordsKept: Int,
                recordsFiltered: Int, normalSamples: [String], warnings: [String]) {
        self.tool = tool
        self.toolVersion = toolVersion
        self.knowledgeBaseVersion = knowledgeBaseVersion
        self.genomeBuild = genomeBuild
        self.genomeBuildBasis = genomeBuildBasis
        self.input = input
        self.transcriptPolicy = transcriptPolicy
        self.includeFiltered = includeFiltered
        self.recordsRead = recordsRead
        self.recordsKept = recordsKept
        self.recordsFiltered = recordsFiltered
        self.normalSamples = normalSamples
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case tool
        case toolVersion = "tool_version"
        case knowledgeBaseVersion = "knowledge_base_version"
        case genomeBuild = "genome_build"
        case genomeBuildBasis = "genome_build_basis"
        case input
        case transcriptPolicy = "transcript_policy"
        case includeFiltered = "include_filtered"
        case recordsRead = "records_read"
        case recordsKept = "records_kept"
        case recordsFiltered = "records_filtered"
        case normalSamples = "normal_samples"
        case warnings
    }
}

/// The whole result of a run: its metadata and one profile per tumor sample.
public struct MatchReport: Codable, Sendable, Equatable {
    /// Version of the JSON layout; bumped when a field changes meaning or disappears.
    public static let schemaVersion = "1"

    public let schemaVersion: String
    public let run: RunMetadata
    public let samples: [SampleProfile]

    public init(run: RunMetadata, samples: [SampleProfile]) {
        self.schemaVersion = Self.schemaVersion
        self.run = run
        self.samples = samples
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case run, samples
    }
}

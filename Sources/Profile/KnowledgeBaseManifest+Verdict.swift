import Knowledge

extension KnowledgeBaseManifest {
    /// The run metadata's word for it (`RunMetadata.knowledgeBaseManifest`).
    public var verdict: String {
        switch self {
        case .matches: RunMetadata.ManifestVerdict.matches
        case .modified: RunMetadata.ManifestVerdict.modified
        case .absent: RunMetadata.ManifestVerdict.absent
        }
    }
}

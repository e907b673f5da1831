import Knowledge

extension KnowledgeBaseManifest {
    /// The run metadata's word for it (`RunMetadata.knowledgeBaseManifest`).
    public var verdict: RunMetadata.ManifestVerdict {
        switch self {
        case .matches: .matches
        case .modified: .modified
        case .absent: .absent
        }
    }
}

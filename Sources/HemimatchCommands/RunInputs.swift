import FoundationEssentials

/// Every file a run reads, for `OutputDestination.checkDistinct`: the variant files with the
/// indexes and FASTA index beside them, the other inputs, and the knowledge base's files.
enum RunInputs {
    static func paths(variantFiles: [String], others: [String] = [], fasta: String? = nil, knowledgeBase: String? = nil) -> [String] {
        let indexes = variantFiles.flatMap { [$0, $0 + ".tbi", $0 + ".csi"] }
        let reference = fasta.map { [$0, $0 + ".fai", $0 + ".gzi"] } ?? []
        let tables =
            knowledgeBase.map { folder in
                ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).map {
                    URL(fileURLWithPath: folder).appendingPathComponent($0).path
                }
            } ?? []
        return indexes + others + reference + tables
    }
}

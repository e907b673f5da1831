/// A knowledge-base folder against the SHA-256 manifest its release wrote (`MANIFEST.sha256`):
/// every file the manifest lists, with the same bytes, and no other file, or what differs.
public enum KnowledgeBaseManifest: Equatable, Sendable {
    case matches
    /// Files whose bytes differ, that are missing, or that the manifest does not list.
    case modified(changed: [String], missing: [String], unlisted: [String])
    /// No manifest: the folder cannot be checked (a knowledge base made by hand).
    case absent

    /// Compares the manifest's lines with the folder's (`<digest>  <name>` each).
    public init(recorded: [String], present: [String]) {
        func table(_ lines: [String]) -> [String: String] {
            Dictionary(
                lines.compactMap { line in
                    guard let gap = line.firstRange(of: "  ") else { return nil }
                    return (String(line[gap.upperBound...]), String(line[..<gap.lowerBound]))
                }, uniquingKeysWith: { first, _ in first })
        }
        let (expected, found) = (table(recorded), table(present))
        let changed = expected.keys.filter { found[$0] != nil && found[$0] != expected[$0] }.sorted()
        let missing = expected.keys.filter { found[$0] == nil }.sorted()
        let unlisted = found.keys.filter { expected[$0] == nil }.sorted()
        self = changed.isEmpty && missing.isEmpty && unlisted.isEmpty ? .matches : .modified(changed: changed, missing: missing, unlisted: unlisted)
    }

    /// What `kb validate` says about it.
    public var description: String {
        switch self {
        case .matches: "every file matches the release manifest (MANIFEST.sha256)"
        case .absent: "no release manifest (MANIFEST.sha256): the files cannot be checked against a release"
        case .modified(let changed, let missing, let unlisted):
            "MODIFIED since its release: "
                + [("changed", changed), ("missing", missing), ("not in the manifest", unlisted)]
                .filter { !$0.1.isEmpty }.map { "\($0.0) \($0.1.joined(separator: ", "))" }.joined(separator: "; ")
        }
    }
}

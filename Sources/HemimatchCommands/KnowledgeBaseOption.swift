import ArgumentParser
import Checksums
import Knowledge
import Run

/// `--kb DIR`, shared by every command that reads the knowledge base.
struct KnowledgeBaseOption: ParsableArguments {
    @Option(
        name: .customLong("kb"),
        help: ArgumentHelp(
            "Knowledge-base folder (default: $\(KnowledgeBaseLocator.environmentVariable), else PREFIX/share/hemimatch/Reference beside the installed binary, else the Reference/ folder of the checkout it was built in).",
            valueName: "dir"),
        completion: .directory)
    var path: String?

    /// Loads and validates the knowledge base (or takes it from the environment's cache, or, for the
    /// default one, from the load `KnowledgeBasePreload` started), or fails with exit code 78.
    func load(in environment: CommandEnvironment) throws(Failure) -> KnowledgeBase {
        if path == nil, let preload = environment.knowledgeBasePreload { return try preload.knowledgeBase() }
        let folder = try Self.folder(KnowledgeBaseLocator.locate(explicit: path))
        guard let cache = environment.knowledgeBases else { return try Self.loaded(folder) }
        return try cache.knowledgeBase(at: folder) { () throws(Failure) in try Self.loaded(folder) }
    }

    /// Whether a command-line word gives `--kb` (`--kb DIR` or `--kb=DIR`).
    static func namesFolder(_ word: String) -> Bool {
        word == "--kb" || word.hasPrefix("--kb=")
    }

    /// The folder the search found, or the failure saying where it looked.
    static func folder(_ outcome: KnowledgeBaseLocator.Outcome) throws(Failure) -> String {
        switch outcome {
        case .found(let found): return found
        case .notFound(let searched):
            throw Failure(
                status: .invalidKnowledgeBase,
                message:
                    "knowledge base not found (looked in \(searched.joined(separator: ", "))): pass --kb DIR or set \(KnowledgeBaseLocator.environmentVariable)"
            )
        }
    }

    /// The knowledge base in `folder`, loaded and validated, its checksum started beside the load.
    static func loaded(_ folder: String) throws(Failure) -> KnowledgeBase {
        KnowledgeBaseChecksum.prefetch(directory: folder)
        do {
            return try KnowledgeBase(directory: folder)
        } catch {
            throw Failure(status: .invalidKnowledgeBase, message: "invalid knowledge base: \(error)")
        }
    }
}

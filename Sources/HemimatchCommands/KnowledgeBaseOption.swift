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

    /// Loads and validates the knowledge base (or takes it from the environment's cache), or fails with exit code 78.
    func load(in environment: CommandEnvironment) throws(Failure) -> KnowledgeBase {
        let folder: String
        switch KnowledgeBaseLocator.locate(explicit: path) {
        case .found(let found): folder = found
        case .notFound(let searched):
            throw Failure(
                status: .invalidKnowledgeBase,
                message:
                    "knowledge base not found (looked in \(searched.joined(separator: ", "))): pass --kb DIR or set \(KnowledgeBaseLocator.environmentVariable)"
            )
        }
        let load = { () throws(Failure) -> KnowledgeBase in
            KnowledgeBaseChecksum.prefetch(directory: folder)
            do {
                return try KnowledgeBase(directory: folder)
            } catch {
                throw Failure(status: .invalidKnowledgeBase, message: "invalid knowledge base: \(error)")
            }
        }
        guard let cache = environment.knowledgeBases else { return try load() }
        return try cache.knowledgeBase(at: folder, load: load)
    }
}

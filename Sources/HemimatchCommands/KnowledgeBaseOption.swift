import ArgumentParser
import Knowledge
import Run

/// `--kb DIR`, shared by every command that reads the knowledge base.
struct KnowledgeBaseOption: ParsableArguments {
    @Option(name: .customLong("kb"),
            help: "Knowledge-base folder (default: $\(KnowledgeBaseLocator.environmentVariable), else the Reference/ folder shipped with hemimatch).")
    var path: String?

    /// Loads and validates the knowledge base (or takes it from the environment's cache), or fails with exit code 78.
    func load(in environment: CommandEnvironment) throws(Failure) -> KnowledgeBase {
        guard let folder = KnowledgeBaseLocator.locate(explicit: path) else {
            throw Failure(status: .invalidKnowledgeBase,
                          message: "knowledge base not found: pass --kb DIR or set \(KnowledgeBaseLocator.environmentVariable)")
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

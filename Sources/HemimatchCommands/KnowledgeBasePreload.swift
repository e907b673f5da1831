import Dispatch
import Knowledge

/// The default knowledge base (no `--kb`: `$HEMIMATCH_KB`, else the one beside the executable),
/// located, loaded and validated on another thread from the start of `main` while the argument parser
/// parses the line: a start-up's two biggest costs side by side. Nothing of it is seen unless the
/// command loads the default knowledge base (`KnowledgeBaseOption.load`, which then takes this result,
/// failure included, instead of loading it again), so errors come as and when they came before: a
/// usage error or an invalid option value first, no knowledge-base error from a command that loads none.
public final class KnowledgeBasePreload: Sendable {
    private let group = DispatchGroup()
    /// A pthread lock, not `Synchronization.Mutex`, for ThreadSanitizer's sake (see `KnowledgeBaseChecksum`).
    private let lock = PthreadLock()
    nonisolated(unsafe) private var result: Result<KnowledgeBase, Failure>?

    /// Starts loading the default knowledge base, found by `locate`, unless `arguments` (the command
    /// line without the program name) name `--kb`: a run given its folder loads it as ever.
    public static func start(
        for arguments: [String],
        locate: @escaping @Sendable () -> KnowledgeBaseLocator.Outcome = { KnowledgeBaseLocator.locate(explicit: nil) }
    ) -> KnowledgeBasePreload? {
        guard !arguments.contains(where: KnowledgeBaseOption.namesFolder) else { return nil }
        return KnowledgeBasePreload(locate)
    }

    private init(_ locate: @escaping @Sendable () -> KnowledgeBaseLocator.Outcome) {
        DispatchQueue.global().async(group: group) {
            let outcome = Result { () throws(Failure) in try KnowledgeBaseOption.loaded(KnowledgeBaseOption.folder(locate())) }
            self.lock.lock()
            self.result = outcome
            self.lock.unlock()
        }
    }

    /// The knowledge base, or the failure loading it gave, waiting for the load under way.
    func knowledgeBase() throws(Failure) -> KnowledgeBase {
        group.wait()
        lock.lock()
        defer { lock.unlock() }
        return try result!.get()
    }
}

import FoundationEssentials
import Knowledge

/// Knowledge bases already loaded, by folder, shared by the commands a test process runs one after
/// another (the binary loads its one knowledge base once anyway). A folder must not change while
/// it is cached: tests that edit a knowledge base do it in a folder of their own.
public final class KnowledgeBaseCache: Sendable {
    /// A pthread lock, not `Synchronization.Mutex`, for ThreadSanitizer's sake (see `KnowledgeBaseChecksum`).
    private let lock = PthreadLock()
    nonisolated(unsafe) private var loaded: [String: KnowledgeBase] = [:]

    public init() {}

    /// The knowledge base of `folder`, loaded by `load` the first time.
    func knowledgeBase<E: Error>(at folder: String, load: () throws(E) -> KnowledgeBase) throws(E) -> KnowledgeBase {
        if let cached = cached(folder) { return cached }
        let knowledgeBase = try load()
        lock.lock()
        loaded[folder] = knowledgeBase
        lock.unlock()
        return knowledgeBase
    }

    private func cached(_ folder: String) -> KnowledgeBase? {
        lock.lock()
        defer { lock.unlock() }
        return loaded[folder]
    }
}

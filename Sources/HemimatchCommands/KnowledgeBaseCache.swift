import Knowledge
import Synchronization

/// Knowledge bases already loaded, by folder, shared by the commands a test process runs one after
/// another (the binary loads its one knowledge base once anyway). A folder must not change while
/// it is cached: tests that edit a knowledge base do it in a folder of their own.
public final class KnowledgeBaseCache: Sendable {
    private let loaded = Mutex<[String: KnowledgeBase]>([:])

    public init() {}

    /// The knowledge base of `folder`, loaded by `load` the first time.
    func knowledgeBase<E: Error>(at folder: String, load: () throws(E) -> KnowledgeBase) throws(E) -> KnowledgeBase {
        if let cached = loaded.withLock({ $0[folder] }) { return cached }
        let knowledgeBase = try load()
        loaded.withLock { $0[folder] = knowledgeBase }
        return knowledgeBase
    }
}

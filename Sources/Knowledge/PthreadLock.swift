import Glibc

/// A pthread mutex, for the process-wide caches of what is read from a knowledge-base folder (gene
/// locators, checksums, loaded knowledge bases). Not `Synchronization.Mutex`: a contended `Mutex` waits
/// in the kernel, an ordering ThreadSanitizer cannot see (concurrent in-process runs were reported as races).
public final class PthreadLock: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    public init() {
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    public func lock() {
        pthread_mutex_lock(mutex)
    }

    public func unlock() {
        pthread_mutex_unlock(mutex)
    }
}

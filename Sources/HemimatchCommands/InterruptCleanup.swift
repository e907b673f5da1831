import Foundation

/// Removes a half-written output file when SIGINT or SIGTERM stops the run, then exits with 130 or 143.
enum InterruptCleanup {
    /// The path to remove, as a C string the signal handler can use without allocating.
    nonisolated(unsafe) private static var pending: UnsafeMutablePointer<CChar>?

    /// Installs the handlers once; call before any output is written.
    static func install() {
        for signal in [SIGINT, SIGTERM] {
            _ = Foundation.signal(signal) { number in
                if let path = InterruptCleanup.pending { unlink(path) }
                _exit(128 + number)
            }
        }
    }

    /// Sets (or clears, with `nil`) the file to remove on an interrupt.
    static func remove(onInterrupt path: String?) {
        let old = pending
        pending = path.map { strdup($0) }
        free(old)
    }
}

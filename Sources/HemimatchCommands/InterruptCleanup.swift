import Foundation

/// Removes a half-written output file when SIGINT or SIGTERM stops the run, then exits with 130 or 143.
enum InterruptCleanup {
    /// The path to remove, as a C string the signal handler can use without allocating.
    nonisolated(unsafe) private static var pending: UnsafeMutablePointer<CChar>?

    /// Installs the handlers once; call before any output is written. The two signals are also
    /// unblocked: a parent may start hemimatch with them blocked (Foundation's `Process` does), and
    /// a blocked interrupt would never stop the run.
    static func install() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM] {
            _ = Foundation.signal(signal) { number in
                if let path = InterruptCleanup.pending { unlink(path) }
                _exit(128 + number)
            }
            sigaddset(&signals, signal)
        }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// Sets (or clears, with `nil`) the file to remove on an interrupt.
    static func remove(onInterrupt path: String?) {
        let old = pending
        pending = path.map { strdup($0) }
        free(old)
    }
}

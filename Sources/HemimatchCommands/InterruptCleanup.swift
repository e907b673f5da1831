import FoundationEssentials
import Glibc

/// Removes half-written output files when SIGINT, SIGTERM, SIGHUP (a closed terminal or ssh session)
/// or SIGQUIT stops the run, then exits with 128 + the signal's number (130, 143, 129, 131).
enum InterruptCleanup {
    /// The paths to remove, as C strings the signal handler can use without allocating.
    nonisolated(unsafe) private static var pending = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
    nonisolated(unsafe) private static var count = 0
    private static let capacity = 64

    /// Installs the handlers once; call before any output is written. The two signals are also
    /// unblocked: a parent may start hemimatch with them blocked (Foundation's `Process` does), and
    /// a blocked interrupt would never stop the run.
    static func install() {
        // A parent may start the run with these signals blocked (threads of a runtime often do):
        // unblocked once the handlers are in place, before any thread starts, so that every thread
        // inherits the handlers' reach (a signal already pending is handled now).
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            _ = Glibc.signal(signal) { number in
                for index in 0..<InterruptCleanup.count {
                    if let path = InterruptCleanup.pending[index] { unlink(path) }
                }
                _exit(128 + number)
            }
            sigaddset(&signals, signal)
        }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// Adds a file to remove on an interrupt (a run writes a handful of outputs).
    static func remove(onInterrupt path: String) {
        precondition(count < capacity, "more than \(capacity) temporary outputs")
        pending[count] = strdup(path)
        count += 1
    }

    /// Forgets `path`: renamed into place, or removed.
    static func forget(_ path: String) {
        for index in 0..<count where pending[index].map({ String(cString: $0) }) == path {
            let old = pending[index]
            pending[index] = nil
            free(old)
        }
    }
}

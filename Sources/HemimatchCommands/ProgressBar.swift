import FoundationEssentials
import Synchronization

/// A one-line progress bar on standard error for long cohort runs: redrawn in place, at most once
/// per finished file, and wiped when the run ends so that nothing of it is left in a log.
final class ProgressBar: Sendable {
    private let total: Int
    private let started = ContinuousClock.now
    private let lock = Mutex<Void>(())

    init(total: Int) {
        self.total = total
    }

    func update(done: Int) {
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let elapsed = started.duration(to: .now).components.seconds
        let line = "\r[\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] \(done)/\(total) files, \(elapsed) s"
        lock.withLock { _ in try? StandardStream.error.write(Data(line.utf8)) }
    }

    func finish() {
        lock.withLock { _ in try? StandardStream.error.write(Data("\r\u{1B}[K".utf8)) }
    }
}

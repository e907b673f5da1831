import Dispatch
import Foundation
import Profile
import Reports
import Synchronization

/// Many files matched side by side with one knowledge base, their reports in the order given.
public struct CohortRun: Sendable {
    let file: FileRun

    public init(file: FileRun) {
        self.file = file
    }

    /// The reports of `files`, in their order; `threads` workers each take the next file not yet
    /// taken. After a failure no new file is started, and the failure of the earliest failing file
    /// is thrown, so the error does not depend on timing. `progress` hears how many files are done.
    public func reports(_ files: [String], threads: Int, progress: (@Sendable (Int) -> Void)? = nil) throws(RunError) -> [MatchReport] {
        try results(files, threads: threads, progress: progress) { $0 }
    }

    /// The JSON Lines of every sample of `files`, in their order, as `reports` would give them: each
    /// report is rendered by the worker that made it and dropped, so that a cohort of thousands of
    /// files holds only its output in memory.
    public func jsonLines(_ files: [String], threads: Int, progress: (@Sendable (Int) -> Void)? = nil) throws(RunError) -> Data {
        var perFile = try results(files, threads: threads, progress: progress) { report in
            Result { () throws(RunError) in
                do {
                    return try JSONReport.renderLines(report)
                } catch {
                    throw RunError(.internalError, "cannot encode the report: \(error)")
                }
            }
        }
        var lines = Data()
        for index in perFile.indices {
            lines.append(try perFile[index].get())
            perFile[index] = .success(Data())  // each file's lines released once copied
        }
        return lines
    }

    /// As `reports`, but each file's report is turned into what the caller keeps (its rendered JSON
    /// Lines, say) by the worker that made it, so that a cohort of thousands of files does not hold
    /// every report in memory until the end.
    public func results<Kept: Sendable>(_ files: [String], threads: Int, progress: (@Sendable (Int) -> Void)? = nil,
                                        keeping keep: @escaping @Sendable (MatchReport) -> Kept) throws(RunError) -> [Kept] {
        var matcher = file
        // Files side by side keep the cores busy: each file's hashing and matching stay on its worker.
        matcher.besideOtherFiles = files.count > 1
        let workers = min(threads, files.count)
        let threadsPerFile = max(1, threads / max(1, files.count))
        let state = SharedState<Kept>()
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global().async(group: group) { [matcher] in
                while !state.failed.load(ordering: .relaxed) {
                    let index = state.next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < files.count else { return }
                    let result = Result { () throws(RunError) in keep(try matcher.report(input: files[index], threads: threadsPerFile)) }
                    if case .failure = result { state.failed.store(true, ordering: .relaxed) }
                    let done = state.results.withLock { finished in
                        finished[index] = result
                        return finished.count
                    }
                    progress?(done)
                }
            }
        }
        group.wait()
        return try state.results.withLock { finished throws(RunError) in
            // Files after a failure may never have started; the earliest failure is the one reported.
            if let failure = finished.sorted(by: { $0.key < $1.key }).lazy.compactMap({ entry -> RunError? in
                if case .failure(let failure) = entry.value { return failure }
                return nil
            }).first {
                throw failure
            }
            return try (0..<files.count).map { index throws(RunError) in try finished[index]!.get() }
        }
    }

    /// What the workers share: the next file to take, whether one has failed, and the results by file.
    private final class SharedState<Kept: Sendable>: Sendable {
        let next = Atomic<Int>(0)
        let failed = Atomic<Bool>(false)
        let results = Mutex<[Int: Result<Kept, RunError>]>([:])
    }
}

import CallerEvidence
import Dispatch
import Knowledge
import VariantIO

/// Everything matching a file produced, in input order whatever the thread count.
public struct PipelineOutcome: Sendable {
    public let findings: [Finding]
    public let junctions: [Junction]
    public let copyNumberEvents: [CopyNumberEvent]
    public let singleBreakends: [SingleBreakend]
    public let warnings: [String]
    public let recordsRead: Int
    /// Records decoded: in a panel gene, or structural.
    public let recordsKept: Int
    public let recordsFiltered: Int
    /// Small-variant panel records without any consequence annotation.
    public let unannotatedRecords: Int
    /// Records whose REF disagrees with the reference sequence, and the first few of them.
    public let refMismatches: Int
    public let refMismatchExamples: [String]
}

/// The streaming pipeline: one reader (the calling thread) keeps panel records, packs them into
/// numbered `Sendable` batches, hands them to at most `threads` concurrent matchers with one more
/// batch waiting (matching a batch itself when all are busy and one waits), and merges the results
/// back in batch order.
public struct MatchPipeline: Sendable {
    public let matcher: RecordMatcher
    public let panel: PanelIndex
    public let threads: Int
    public let batchSize: Int
    /// Match on the reading thread instead of beside it: for callers that already run one
    /// pipeline per core (a cohort's files), where a second thread per file only oversubscribes.
    public let matchesOnReaderThread: Bool

    public init(matcher: RecordMatcher, panel: PanelIndex, threads: Int, batchSize: Int = 512, matchesOnReaderThread: Bool = false) {
        self.matcher = matcher
        self.panel = panel
        self.threads = max(1, threads)
        self.batchSize = max(1, batchSize)
        self.matchesOnReaderThread = matchesOnReaderThread
    }

    /// Batch results by batch number; written by workers, read once all have finished.
    /// Each batch's outcome by its number. Guarded by a pthread lock, not `Synchronization.Mutex`: the
    /// reader's thread and a worker finishing at once contend for it, and a contended `Mutex` waits in
    /// the kernel (`FUTEX_LOCK_PI`), an ordering ThreadSanitizer cannot see (`PthreadLock`).
    private final class ResultStore: @unchecked Sendable {
        // Unchecked: `outcomes` is touched only under `lock`.
        private let lock = PthreadLock()
        private var outcomes: [Int: BatchOutcome] = [:]

        func set(_ outcome: BatchOutcome, number: Int) {
            lock.lock()
            outcomes[number] = outcome
            lock.unlock()
        }

        /// The outcomes of batches `0..<count`, in order; every one must be in.
        func ordered(count: Int) -> [BatchOutcome] {
            lock.lock()
            defer { lock.unlock() }
            return (0..<count).map { outcomes[$0]! }
        }
    }

    public func run(_ reader: VariantReader) throws(VariantIOError) -> PipelineOutcome {
        // A second reader on another thread (a bgzipped VCF with an index, `--threads` above 1) keeps what this one would.
        let panel = self.panel
        reader.readsAhead {
            var filter = PanelFilter(panel: panel)
            return { filter.keeps($0, $1, $2) }
        }
        return try run(recordsRead: { reader.recordsRead }, next: { keep throws(VariantIOError) in try reader.next(where: keep) })
    }

    /// Matches records already in memory (a MAF's rows turned into records) as `run(_:)` matches a
    /// file's: the same panel filter, batches and merge.
    public func run(records: [VariantRecord]) -> PipelineOutcome {
        var remaining = records[...]
        return run(
            recordsRead: { records.count },
            next: { keep in
                while let record = remaining.popFirst() {
                    if keep(record.contig, record.position, record.alts.contains(where: AlleleKind.isStructural)) { return record }
                }
                return nil
            })
    }

    private func run<Failure: Error>(
        recordsRead: () -> Int,
        next: (_ keep: (_ contig: String, _ position: Int, _ isStructural: Bool) -> Bool) throws(Failure) -> VariantRecord?
    ) throws(Failure) -> PipelineOutcome {
        let store = ResultStore()
        // Batches handed to workers and not yet matched: one more than there are workers, so that a
        // worker that finishes finds the next batch waiting rather than sit idle while the reader
        // matches one itself (without it, the reader's thread did some 62% of a kept file's work).
        let slots = DispatchSemaphore(value: threads + 1)
        let running = DispatchSemaphore(value: threads)
        let workers = DispatchGroup()
        let queue = DispatchQueue(label: "hemimatch.matching", attributes: .concurrent)
        let matcher = self.matcher

        let inline = matchesOnReaderThread
        func submit(_ batch: [VariantRecord], number: Int) {
            // When every worker is busy the reader matches the batch itself rather than wait for one:
            // matching a kept record costs more than reading it, and the waiting core would sit idle.
            if inline || slots.wait(timeout: .now()) == .timedOut {
                var outcome = BatchOutcome()
                for record in batch { matcher.match(record, into: &outcome) }
                store.set(outcome, number: number)
                return
            }
            queue.async(group: workers) {
                running.wait()
                defer { running.signal() }
                var outcome = BatchOutcome()
                for record in batch { matcher.match(record, into: &outcome) }
                store.set(outcome, number: number)
                slots.signal()
            }
        }

        var filter = PanelFilter(panel: panel)
        var batch: [VariantRecord] = []
        batch.reserveCapacity(batchSize)
        var batchCount = 0
        var kept = 0
        do {
            while let record = try next({ filter.keeps($0, $1, $2) }) {
                kept += 1
                batch.append(consume record)
                if batch.count == batchSize {
                    submit(batch, number: batchCount)
                    batchCount += 1
                    batch.removeAll(keepingCapacity: true)
                }
            }
        } catch {
            workers.wait()
            throw error
        }
        if !batch.isEmpty {
            submit(batch, number: batchCount)
            batchCount += 1
        }
        workers.wait()

        let outcomes = store.ordered(count: batchCount)
        return PipelineOutcome(
            findings: outcomes.flatMap(\.findings),
            junctions: outcomes.flatMap(\.junctions),
            copyNumberEvents: outcomes.flatMap(\.copyNumberEvents),
            singleBreakends: outcomes.flatMap(\.singleBreakends),
            warnings: outcomes.flatMap(\.warnings),
            recordsRead: recordsRead(),
            recordsKept: kept,
            recordsFiltered: outcomes.reduce(0) { $0 + $1.filteredRecords },
            unannotatedRecords: outcomes.reduce(0) { $0 + $1.unannotatedRecords },
            refMismatches: outcomes.reduce(0) { $0 + $1.refMismatches },
            refMismatchExamples: Array(outcomes.flatMap(\.refMismatchExamples).prefix(3)))
    }
}

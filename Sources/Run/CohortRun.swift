import Assessment
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

    /// The reports of `files`, in their order, each with its own row's tables, normals and mapping;
    /// `threads` workers each take the next file not yet taken. After a failure no new file is started,
    /// and the failure of the earliest failing file is thrown (after its row's origin), so the error
    /// does not depend on timing. `progress` hears how many files are done.
    public func reports(_ files: [CohortInput], threads: Int, progress: (@Sendable (Int) -> Void)? = nil) throws(RunError) -> [MatchReport] {
        try results(files, threads: threads, progress: progress) { $0 }
    }

    /// The JSON Lines of every sample of `files`, in their order, as `reports` would give them: each
    /// report is rendered by the worker that made it and dropped, so that a cohort of thousands of
    /// files holds only its output in memory.
    public func jsonLines(_ files: [CohortInput], threads: Int, progress: (@Sendable (Int) -> Void)? = nil) throws(RunError) -> Data {
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
            perFile[index] = .success(Data()) // each file's lines released once copied
        }
        return lines
    }

    /// The inputs that cannot be read at all (missing, a folder, not readable), every one of them,
    /// checked before any work starts: each variant file, and each table its row names (the error
    /// then names the row and the column).
    public static func unreadable(_ files: [CohortInput]) -> [(file: String, error: RunError)] {
        files.compactMap { file in
            let named = [(CohortFileList.Column.vcf, file.path, "a variant file")] + file.tables.map { ($0.column, $0.path, "a table") }
            for (column, path, what) in named {
                guard let problem = problem(path, what) else { continue }
                let place = file.origin.map { "\($0), column \(column.rawValue): " } ?? ""
                return (file.path, RunError(.unreadableInput, "\(place)\(path): \(problem)"))
            }
            return nil
        }
    }

    private static func problem(_ path: String, _ what: String) -> String? {
        var isDirectory: ObjCBool = false
        return !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            ? "no such file"
            : isDirectory.boolValue
                ? "is a directory, not \(what)"
                : !FileManager.default.isReadableFile(atPath: path) ? "not readable (permission denied)" : nil
    }

    /// `--keep-going`: the reports of the files that could be matched, in their order, and each file
    /// that could not with its error, in file order; every file is tried. The matched files' builds
    /// must agree, as without `--keep-going`.
    public func reportsKeepingGoing(_ files: [CohortInput], threads: Int, progress: (@Sendable (Int) -> Void)? = nil) throws(RunError)
        -> (reports: [MatchReport], failures: [(file: String, error: RunError)])
    {
        warnRepeatedFiles(files)
        let (outcomes, facts) = run(files, threads: threads, stopAtFailure: false, progress: progress) { $0 }
        _ = try [Void]().checkedAgainst(facts, files: files.map(\.path), warn: file.options.warn)
        try checkClinicalSheet(facts, files: files, complete: outcomes.allSatisfy { if case .success = $0 { true } else { false } })
        var reports: [MatchReport] = [], failures: [(file: String, error: RunError)] = []
        for (file, outcome) in zip(files, outcomes) {
            switch outcome {
            case .success(let report): reports.append(report)
            case .failure(let error): failures.append((file.path, error))
            }
        }
        return (reports, failures)
    }

    /// As `reports`, but each file's report is turned into what the caller keeps (its rendered JSON
    /// Lines, say) by the worker that made it, so that a cohort of thousands of files does not hold
    /// every report in memory until the end.
    public func results<Kept: Sendable>(
        _ files: [CohortInput], threads: Int, progress: (@Sendable (Int) -> Void)? = nil,
        keeping keep: @escaping @Sendable (MatchReport) -> Kept
    ) throws(RunError) -> [Kept] {
        warnRepeatedFiles(files)
        let (outcomes, facts) = run(files, threads: threads, stopAtFailure: true, progress: progress, keeping: keep)
        // Files after a failure may never have started; the earliest failure is the one reported.
        for case .failure(let failure) in outcomes { throw failure }
        try checkClinicalSheet(facts, files: files, complete: true)
        return try outcomes.compactMap { try? $0.get() }.checkedAgainst(facts, files: files.map(\.path), warn: file.options.warn)
    }

    /// Every file's outcome, in file order, and each matched file's build and samples; with
    /// `stopAtFailure`, no file is started after one has failed (those never started are left out of
    /// the outcomes after the first failure).
    private func run<Kept: Sendable>(
        _ files: [CohortInput], threads: Int, stopAtFailure: Bool, progress: (@Sendable (Int) -> Void)?,
        keeping keep: @escaping @Sendable (MatchReport) -> Kept
    )
        -> (outcomes: [Result<Kept, RunError>], facts: [Int: (build: String, samples: [String])])
    {
        var matcher = file
        // Files side by side keep the cores busy: each file's hashing and matching stay on its worker.
        matcher.besideOtherFiles = files.count > 1
        let workers = min(threads, files.count)
        let threadsPerFile = max(1, threads / max(1, files.count))
        let state = SharedState<Kept>()
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global().async(group: group) { [matcher] in
                while !(stopAtFailure && state.failed.load(ordering: .relaxed)) {
                    let index = state.next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < files.count else { return }
                    let result = Result { () throws(RunError) in
                        let report = try matcher.report(files[index], threads: threadsPerFile)
                        state.facts.withLock { $0[index] = (report.run.genomeBuild, report.samples.map(\.sample)) }
                        return keep(report)
                    }
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
        let outcomes = state.results.withLock { finished in finished.sorted { $0.key < $1.key }.map(\.value) }
        return (outcomes, state.facts.withLock { $0 })
    }

    /// Every row of the clinical sheet reaches exactly one sample of the cohort (`ClinicalSheet.problem`), or
    /// nothing is written (exit 64).
    private func checkClinicalSheet(_ facts: [Int: (build: String, samples: [String])], files: [CohortInput], complete: Bool) throws(RunError) {
        guard let path = file.options.clinicalSheet, files.count > 1 else { return }
        let sheet: [String: ClinicalFacts]
        do {
            sheet = try ClinicalSheet.read(path: path)
        } catch {
            throw RunError(error)
        }
        let matched = facts.keys.sorted().map { (path: files[$0].path, samples: facts[$0]!.samples) }
        if let problem = ClinicalSheet.problem(sheet, path: path, files: matched, complete: complete) { throw RunError(.usage, problem) }
    }

    /// The same file named twice (by any spelling of its path) is warned before any is read.
    private func warnRepeatedFiles(_ files: [CohortInput]) {
        var seen: [String: String] = [:]
        for path in files.map(\.path) {
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
            if let earlier = seen[resolved] {
                file.options.warn?(path, "the cohort names this file twice (also as \(earlier)): its samples are reported twice")
            } else {
                seen[resolved] = path
            }
        }
    }

    /// What the workers share: the next file to take, whether one has failed, and the results by file.
    private final class SharedState<Kept: Sendable>: Sendable {
        let next = Atomic<Int>(0)
        let failed = Atomic<Bool>(false)
        let results = Mutex<[Int: Result<Kept, RunError>]>([:])
        /// Each file's genome build and profiled samples, for the cohort's checks.
        let facts = Mutex<[Int: (build: String, samples: [String])]>([:])
    }
}

extension FileRun {
    /// The report of a cohort's file with its row's tables, normals and mapping; its errors name the row.
    func report(_ input: CohortInput, threads: Int) throws(RunError) -> MatchReport {
        var run = FileRun(knowledgeBase: knowledgeBase, options: input.applied(to: options))
        run.besideOtherFiles = besideOtherFiles
        do {
            return try run.report(input: input.path, threads: threads)
        } catch {
            throw input.owning(error)
        }
    }
}

extension Array {
    /// The cohort's results, with a mix of genome builds (`GenomeBuildMix`) and a sample named in two
    /// files warned.
    fileprivate func checkedAgainst(
        _ facts: [Int: (build: String, samples: [String])], files: [String],
        warn: (@Sendable (_ input: String, _ warning: String) -> Void)?
    ) -> [Element] {
        if let mix = GenomeBuildMix.warning(facts.keys.sorted().map { (files[$0], facts[$0]!.build) }) {
            warn?(mix.path, mix.message)
        }
        var firstFile: [String: Int] = [:]
        for index in facts.keys.sorted() {
            for sample in facts[index]!.samples {
                if let earlier = firstFile[sample], earlier != index {
                    warn?(files[index], "sample \(sample) is also in \(files[earlier]): two reports name the same sample")
                } else {
                    firstFile[sample] = index
                }
            }
        }
        return self
    }
}

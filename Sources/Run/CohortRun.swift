import Assessment
import Attribution
import Dispatch
import FoundationEssentials
import Profile
import Synchronization
import VariantIO

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

    /// As `reports`, but each file's report is turned into what the caller keeps (its rendered JSON
    /// Lines, say) by the worker that made it, so that a cohort of thousands of files does not hold
    /// every report in memory until the end.
    public func results<Kept: Sendable>(
        _ files: [CohortInput], threads: Int, progress: (@Sendable (Int) -> Void)? = nil,
        keeping keep: @escaping @Sendable (MatchReport) -> Kept
    ) throws(RunError) -> [Kept] {
        // Files after a failure may never have started; the earliest failure is the one reported.
        try outcomes(files, threads: threads, keepingGoing: false, progress: progress, keeping: keep).map { outcome throws(RunError) in
            try outcome.get()
        }
    }

    /// `--keep-going`: the reports of the files that could be matched, in their order, and each file
    /// that could not with its error, in file order; every file is tried. The matched files' builds
    /// must agree, as without `--keep-going`. `skipped`: the cohort's files left out as unreadable
    /// (`unreadable`), which the clinical sheet's check still counts.
    public func reportsKeepingGoing(
        _ files: [CohortInput], skipped: [String] = [], threads: Int, progress: (@Sendable (Int) -> Void)? = nil
    ) throws(RunError) -> (reports: [MatchReport], failures: [(file: String, error: RunError)]) {
        var reports: [MatchReport] = [], failures: [(file: String, error: RunError)] = []
        let outcomes = try outcomes(files, skipped: skipped, threads: threads, keepingGoing: true, progress: progress) { $0 }
        for (file, outcome) in zip(files, outcomes) {
            switch outcome {
            case .success(let report): reports.append(report)
            case .failure(let error): failures.append((file.path, error))
            }
        }
        return (reports, failures)
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
        var isDirectory = false
        return !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            ? "no such file"
            : isDirectory
                ? "is a directory, not \(what)"
                : !FileManager.default.isReadableFile(atPath: path) ? "not readable (permission denied)" : nil
    }

    /// The one path of both ways to run a cohort: a file named twice is warned before any is read,
    /// the files are matched, and then the cohort's checks run on those that were: the clinical sheet
    /// (a failure), a mix of genome builds and a sample in two files (warnings). Without
    /// `keepingGoing`, the earliest failure is thrown and files after it may never have started.
    private func outcomes<Kept: Sendable>(
        _ files: [CohortInput], skipped: [String] = [], threads: Int, keepingGoing: Bool, progress: (@Sendable (Int) -> Void)?,
        keeping keep: @escaping @Sendable (MatchReport) -> Kept
    ) throws(RunError) -> [Result<Kept, RunError>] {
        let warn = file.options.warn ?? { _ in }
        var seen: [String: String] = [:]
        for path in files.map(\.path) {
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
            if let earlier = seen[resolved] { warn(.repeatedFile(path, earlier: earlier)) } else { seen[resolved] = path }
        }
        let (outcomes, facts) = run(files, threads: threads, stopAtFailure: !keepingGoing, progress: progress, keeping: keep)
        if !keepingGoing { for case .failure(let failure) in outcomes { throw failure } }
        let matched = facts.keys.sorted().map { (index: $0, path: files[$0].path, build: facts[$0]!.build, samples: facts[$0]!.samples) }
        try checkClinicalSheet(
            matched.map { ($0.path, $0.samples) }, unmatched: files.indices.filter { facts[$0] == nil }.map { files[$0].path } + skipped)
        if let mix = GenomeBuildMix.warning(matched.map { ($0.path, $0.build) }) { warn(mix) }
        var firstFile: [String: Int] = [:]
        for file in matched {
            for sample in file.samples {
                if let earlier = firstFile[sample], earlier != file.index {
                    warn(.sampleInTwoFiles(sample, file: file.path, earlier: files[earlier].path))
                } else {
                    firstFile[sample] = file.index
                }
            }
        }
        return outcomes
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
                        state.facts.withLock { $0[index] = (report.run.genomeBuildLabel, report.samples.map(\.sample)) }
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
    /// - Parameter unmatched: files that failed under `--keep-going`. Their samples are read from their
    ///   headers, so that a plain row that may be their child's never reaches another file's sample of that
    ///   name; when a header cannot be read either, a plain row that reached a sample stops the run.
    private func checkClinicalSheet(_ matched: [(path: String, samples: [String])], unmatched: [String]) throws(RunError) {
        guard let path = file.options.clinicalSheet, matched.count + unmatched.count > 1 else { return }
        let sheet = try attempt(RunError.init) { () throws(ClinicalSheet.Failure) in try ClinicalSheet.read(path: path) }
        var unreadable: [String] = []
        let failed = unmatched.compactMap { input -> (path: String, samples: [String])? in
            guard input != "-", let reader = try? VariantReader(path: input) else {
                unreadable.append(input)
                return nil
            }
            return (input, reader.header.samples)
        }
        // A path given twice is one child: its rows reach it once.
        var seen = Set<String>()
        let holders = (matched + failed).filter { seen.insert($0.path).inserted }.map { (path: $0.path, samples: $0.samples, place: $0.path) }
        if let problem = ClinicalSheet.problem(sheet, path: path, files: holders, complete: unmatched.isEmpty) {
            throw RunError(.usage, problem)
        }
        let plain = sheet.keys.sorted().first { name in
            holders.contains { $0.samples.contains(name) }
                && !holders.contains { holder in holder.samples.contains { "\(holder.path):\($0)" == name } }
        }
        if let first = unreadable.first, let plain {
            throw RunError(
                .usage,
                "\(path): row '\(plain)' names a sample by its plain name, and \(first) failed before its samples could be read: the row may be its child's; name it FILE:SAMPLE"
            )
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
    /// The report of a cohort's file with its row's tables, normals and mapping (tables sorted, so that
    /// the order a cell lists them in does not change the report); its errors name the row.
    func report(_ input: CohortInput, threads: Int) throws(RunError) -> MatchReport {
        var options = options
        if input.origin != nil {
            (options.fusionTables, options.copyNumberFiles) = (input.fusionTables.sorted(), input.copyNumberFiles.sorted())
            options.tableSamples = input.tableSamples
            options.tableSampleOption = CohortFileList.Column.tableSample.rawValue
            if !input.normals.isEmpty { options.normals = input.normals }
            if let sheet = input.clinicalSheet { (options.clinicalSheet, options.clinicalSheetIsShared) = (sheet, false) }
        }
        var run = FileRun(knowledgeBase: knowledgeBase, options: options)
        run.besideOtherFiles = besideOtherFiles
        do {
            return try run.report(input: input.path, threads: threads)
        } catch {
            throw input.origin.map { RunError(error.kind, "\($0): \(error.message)") } ?? error
        }
    }
}

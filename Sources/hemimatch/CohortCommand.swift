import ArgumentParser
import Dispatch
import Foundation
import Profile
import Synchronization

/// Matches many variant files in one run: files side by side on `--threads` workers, the knowledge
/// base loaded once, profiles written in the order the files were given whatever finished first.
struct CohortCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cohort",
        abstract: "Match many variant files: per-sample JSON Lines and a cohort summary table.",
        discussion: """
        Every file is matched as `hemimatch FILE` would match it (the same options apply to each); the profiles of \
        all files' samples are written as JSON Lines, one line per sample in the order the files were given, and \
        --summary writes the cohort table (one row per sample: candidate groups as 0/1 columns, alteration counts \
        per gene). Files are matched side by side on --threads workers; a single file gets all the threads. The \
        first file (in the order given) that fails ends the run with its error and exit code, and no output is \
        written. A progress bar is drawn on standard error when it is a terminal.

        Examples:
          hemimatch cohort calls/*.vcf.gz --threads 2 -o cohort.jsonl --summary cohort.tsv
          hemimatch cohort --file-list files.txt --use-index --summary - > cohort.tsv

        Exit codes:
        \(ExitStatus.helpTable)
        """
    )

    @Argument(help: "Input VCF, VCF.gz or BCF files.")
    var inputs: [String] = []

    @Option(help: "A file naming one input per line (blank lines and lines starting with # are skipped).")
    var fileList: String?

    @Option(name: [.short, .customLong("output")], help: "Write the per-sample JSON Lines to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Write the cohort summary table (TSV) to this file ('-' for standard output, instead of the JSON Lines).")
    var summary: String?

    @Option(help: "Worker threads: files matched at once (and BGZF/matching threads when there are fewer files than threads).")
    var threads: Int = 1

    @Flag(help: "No progress bar, even on a terminal.")
    var noProgress = false

    @OptionGroup var options: MatchOptions

    @OptionGroup var reportFiles: ReportFileOptions

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        guard !inputs.isEmpty || fileList != nil else { throw ValidationError("name input files, or --file-list") }
        if summary == "-", output == nil || output == "-" {
            throw ValidationError("--summary - writes the table to standard output: give the JSON Lines a file with -o")
        }
    }

    func run() throws {
        InterruptCleanup.install()
        try Failure.reporting(execute)
    }

    private func execute() throws(Failure) {
        let files = try inputs + listedFiles()
        let knowledgeBase = try options.knowledgeBaseOption.load()
        let outputs = CohortOutputs(profiles: output, table: summary, reportFiles: reportFiles)
        try outputs.checkWritable()

        // Files side by side keep the cores busy: each file's hashing and matching stay on its worker.
        var matcher = FileMatcher(knowledgeBase: knowledgeBase, options: options)
        matcher.besideOtherFiles = files.count > 1
        let reports = try Self.matchAll(files, matcher: matcher, threads: threads,
                                        progress: !noProgress && !options.quiet && isatty(STDERR_FILENO) == 1 ? ProgressBar(total: files.count) : nil)
        try outputs.write(reports)
    }

    /// The reports of `files`, in their order; `threads` workers each take the next file not yet
    /// taken. After a failure no new file is started, and the failure of the earliest failing file
    /// is thrown, so the error does not depend on timing.
    static func matchAll(_ files: [String], matcher: FileMatcher, threads: Int, progress: ProgressBar?) throws(Failure) -> [MatchReport] {
        let workers = min(threads, files.count)
        let threadsPerFile = max(1, threads / max(1, files.count))
        let state = SharedState()
        // Each worker on a thread of its own, taking the next file not yet taken.
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global().async(group: group) {
                while !state.failed.load(ordering: .relaxed) {
                    let index = state.next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < files.count else { return }
                    let result = Result { () throws(Failure) in try matcher.report(input: files[index], threads: threadsPerFile) }
                    if case .failure = result { state.failed.store(true, ordering: .relaxed) }
                    let done = state.results.withLock { finished in
                        finished[index] = result
                        return finished.count
                    }
                    progress?.update(done: done)
                }
            }
        }
        group.wait()
        progress?.finish()
        return try state.results.withLock { finished throws(Failure) in
            // Files after a failure may never have started; the earliest failure is the one reported.
            if let failure = finished.sorted(by: { $0.key < $1.key }).lazy.compactMap({ entry -> Failure? in
                if case .failure(let failure) = entry.value { return failure }
                return nil
            }).first {
                throw failure
            }
            return try (0..<files.count).map { index throws(Failure) in try finished[index]!.get() }
        }
    }

    /// What the workers share: the next file to take, whether one has failed, and the results by file.
    private final class SharedState: Sendable {
        let next = Atomic<Int>(0)
        let failed = Atomic<Bool>(false)
        let results = Mutex<[Int: Result<MatchReport, Failure>]>([:])
    }

    /// The files `--file-list` names.
    private func listedFiles() throws(Failure) -> [String] {
        guard let fileList else { return [] }
        guard let text = try? String(contentsOfFile: fileList, encoding: .utf8) else {
            throw Failure(status: .unreadableInput, message: "\(fileList): cannot read the file list")
        }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}

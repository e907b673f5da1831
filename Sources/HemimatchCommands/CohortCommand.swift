import ArgumentParser
import Attribution
import FoundationEssentials
import Profile
import Reports
import Run

/// Matches many variant files in one run: files side by side on `--threads` workers, the knowledge
/// base loaded once, profiles written in the order the files were given whatever finished first.
struct CohortCommand: OutputCommand {
    static let configuration = CommandConfiguration(
        commandName: "cohort",
        _superCommandName: SubcommandParse.superCommandName,
        abstract: "Match many variant files: per-sample JSON Lines and a cohort summary table.",
        discussion: """
            Every file is matched as `hemimatch FILE` would match it (the same options apply to each); the profiles of \
            all files' samples are written as JSON Lines, one line per sample in the order the files were given, and \
            --summary writes the cohort table (one row per sample: candidate groups as 0/1 columns, alteration counts \
            per gene). Files are matched side by side on --threads workers; a single file gets all the threads. Every \
            input is checked (exists, readable, not a folder) before any work, and all that fail are listed at once \
            (exit 66). Then the first file (in the order given) that fails ends the run with its error and exit code, \
            and no output is written, unless --keep-going is given: every file is tried, the good files' results are \
            written, each failure is listed (file, exit code, class, message) on standard error, as the last line of \
            the JSON Lines ({"failures": [...]}) and in the HTML report, and the exit code is 3. A progress bar is \
            drawn on standard error when it is a terminal.

            Examples:
              hemimatch cohort TestData/*.grch38.vcf --threads 2 -o cohort.jsonl --summary cohort.tsv
              ls TestData/*.grch38.vcf > files.txt && hemimatch cohort --file-list files.txt --use-index -o cohort.jsonl --summary - > cohort.tsv

            Exit codes:
            \(ExitStatus.helpTable)
            """
    )

    @Argument(
        help: "Input VCF, VCF.gz, BCF or MAF files (a MAF gives one sample per Tumor_Sample_Barcode).",
        completion: .file(extensions: VariantFileCompletion.extensions))
    var inputs: [String] = []

    @Option(
        help: ArgumentHelp(
            "A file naming one input per line, or a tab-separated sheet with per-file tables (blank lines and lines starting with # are skipped).",
            discussion: """
                A sheet's header line names its columns: vcf (the variant file), and optionally sample (the row's name, for \
                messages), fusions, cnv, normal, table_sample (NAME=SAMPLE) and clinical, which give that file alone what \
                --fusions, --cnv, --normal, --table-sample and --clinical give `match`; several in one cell are separated by ';', an empty cell \
                gives nothing. The Snakemake workflow's samples.tsv is such a sheet.
                """), completion: .file())
    var fileList: String?

    @Option(
        name: [.short, .customLong("output")], help: "Write the per-sample JSON Lines to this file (atomically) instead of standard output.",
        completion: .file())
    var output: String?

    @Option(help: "Write the cohort summary table (TSV) to this file ('-' for standard output, instead of the JSON Lines).")
    var summary: String?

    @Flag(help: "Try every file: write the results of those that can be matched, list the others (exit 3).")
    var keepGoing = false

    @Option(help: "Worker threads: files matched at once (and BGZF/matching threads when there are fewer files than threads).")
    var threads: Int = 1

    @Flag(help: "No progress bar, even on a terminal.")
    var noProgress = false

    @OptionGroup(title: "Matching, samples and thresholds") var options: MatchOptions

    @OptionGroup(title: "Report files") var reportFiles: ReportFileOptions

    func validate() throws {
        try Failure.checkThreads(threads)
        guard !inputs.isEmpty || fileList != nil else { throw ValidationError("name input files, or --file-list") }
        if summary == "-", output == nil || output == "-" {
            throw ValidationError("--summary - writes the table to standard output: give the JSON Lines a file with -o")
        }
    }

    func outputs(in environment: CommandEnvironment) throws(Failure) -> CommandOutputs {
        try Failure.checkRanges(options.settings)
        let cohortInputs = try inputs.map(CohortInput.init(path:)) + listedFiles()
        let files = cohortInputs.map(\.path)
        let knowledgeBase = try options.knowledgeBaseOption.load(in: environment)
        let outputs = CohortOutputs(profiles: output, table: summary, tableOption: "--summary", reportFiles: reportFiles)
        try outputs.check(
            inputs: RunInputs.paths(
                variantFiles: files, others: [fileList].compactMap { $0 } + cohortInputs.flatMap { $0.tables.map(\.path) },
                fasta: options.fasta, knowledgeBase: knowledgeBase.directory))

        let bar = !noProgress && !options.quiet && environment.standardErrorIsTerminal ? ProgressBar(total: files.count) : nil
        var progress: (@Sendable (Int) -> Void)?
        if let bar { progress = { done in bar.update(done: done) } }
        var run = options.runOptions(in: environment)
        // One file's sheet is checked as match checks it; several files' by the cohort (CohortRun).
        run.clinicalSheetIsShared = files.count > 1
        let cohort = CohortRun(file: FileRun(knowledgeBase: knowledgeBase, options: run))
        defer { bar?.finish() }
        let unreadable = CohortRun.unreadable(cohortInputs)
        if keepGoing {
            let skipped = Set(unreadable.map(\.file))
            let outcome = try Failure.run { () throws(RunError) in
                try cohort.reportsKeepingGoing(
                    cohortInputs.filter { !skipped.contains($0.path) }, skipped: unreadable.map(\.file), threads: threads, progress: progress)
            }
            let failed = (unreadable + outcome.failures).sorted { files.firstIndex(of: $0.file)! < files.firstIndex(of: $1.file)! }
            let failures = failed.map { file, error in
                let status = ExitStatus(error.kind)
                return CohortFailure(file: file, exitCode: Int(status.rawValue), exitClass: status.meaning, message: error.message)
            }
            var written = CommandOutputs()
            try outputs.append(outcome.reports, failures: failures, to: &written)
            if !failures.isEmpty {
                written.failureAfterWriting = Failure(
                    status: .someFilesFailed,
                    message: "\(failures.count) of \(files.count) files gave no report (the others' results were written):\n"
                        + failures.map { "  \($0.file): exit \($0.exitCode) (\($0.exitClass)): \($0.message)" }.joined(separator: "\n"))
            }
            return written
        }
        if !unreadable.isEmpty {
            throw Failure(
                status: .unreadableInput,
                message: "\(unreadable.count) of \(files.count) inputs cannot be read (nothing was matched):\n"
                    + unreadable.map { "  \($0.error.message)" }.joined(separator: "\n"))
        }
        var written = CommandOutputs()
        if outputs.needsReports {
            try outputs.append(
                try Failure.run { () throws(RunError) in try cohort.reports(cohortInputs, threads: threads, progress: progress) },
                to: &written)
        } else {
            written.append(try jsonLines(cohort, cohortInputs, progress: progress), to: outputs.profiles)
        }
        return written
    }

    /// The JSON Lines of every sample of `files`, in their order, as the reports would give them: each
    /// report is rendered by the worker that made it and dropped, so that a cohort of thousands of
    /// files holds only its output in memory.
    private func jsonLines(_ cohort: CohortRun, _ files: [CohortInput], progress: (@Sendable (Int) -> Void)?) throws(Failure) -> Data {
        var perFile = try Failure.run { () throws(RunError) in
            try cohort.results(files, threads: threads, progress: progress) { report in Result { try JSONReport.renderLines(report) } }
        }
        var lines = Data()
        for index in perFile.indices {
            do {
                lines.append(try perFile[index].get())
            } catch {
                throw Failure(RunError(.internalError, "cannot encode the report: \(error)"))
            }
            perFile[index] = .success(Data()) // each file's lines released once copied
        }
        return lines
    }

    /// The files `--file-list` names, with each sheet row's tables, normals and mapping.
    private func listedFiles() throws(Failure) -> [CohortInput] {
        guard let fileList else { return [] }
        guard let text = try? String(contentsOfFile: fileList, encoding: .utf8) else {
            throw Failure(status: .unreadableInput, message: "\(fileList): cannot read the file list")
        }
        do {
            return try CohortFileList.inputs(path: fileList, text: text)
        } catch {
            throw Failure(status: .usage, message: error.message)
        }
    }
}

import ArgumentParser
import Assessment
import Checksums
import Knowledge
import Profile
import Reports
import Run

/// Gathers per-sample reports (`--format json` or `jsonl`, or `cohort`'s JSON Lines) into the
/// cohort outputs: the JSON Lines, the cohort table, the HTML report and MultiQC content.
struct MergeCommand: OutputCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        _superCommandName: SubcommandParse.superCommandName,
        abstract: "Merge per-sample JSON/JSONL reports into cohort JSON Lines, TSV, HTML and MultiQC content.",
        discussion: """
            Reads each report written by `hemimatch FILE --format json` or `--format jsonl` (or by `hemimatch cohort`), \
            in the order given, and writes the cohort: JSON Lines (one line per sample, as `cohort` writes them) to -o or \
            standard output, the cohort table with --tsv (as `cohort --summary`), a self-contained HTML report with \
            --html and MultiQC custom content with --multiqc. The reports must share the knowledge-base version (and \
            its checksum, when they carry one) and the genome build; a report that cannot be read, or that differs, is a one-line error naming the file, and \
            nothing is written. This is the gather step of workflows/snakemake.

            With --clinical, each sample is decided again with the clinical sheet, as `match --clinical` decides: its \
            checklist, routes, screen and suggested group rebuilt from the report's stored findings, review reasons and \
            screen, with the knowledge base the reports were written with (--kb). Rows are labelled as `cohort` labels \
            them (FILE:SAMPLE for a name several reports share, FILE the report's input); a row that reaches no sample, \
            or two (two reports of one input and sample), and two rows that reach one sample are exit 64. Reports written \
            before schema version 6 (a sample without review reasons, advisories or screen), with another knowledge base, \
            or already decided with a sheet, are refused (exit 65).

            Examples:
              hemimatch merge tumor.json -o merged.jsonl --tsv merged.tsv --html merged.html
              hemimatch merge cohort.jsonl --multiqc hemimatch_mqc.json -o /dev/null

            Exit codes:
            \(ExitStatus.helpTable)
            """
    )

    @Argument(help: "Per-sample reports: JSON documents or JSON Lines written by hemimatch.")
    var reports: [String]

    @Option(
        name: [.short, .customLong("output")],
        help: "Write the cohort JSON Lines to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: ArgumentHelp("Also write the cohort table (TSV: one row per sample) to this file, atomically.", valueName: "file"))
    var tsv: String?

    @Option(
        name: .customLong("clinical"),
        help: ArgumentHelp(
            "Decide each sample again with this clinical sheet (the columns of `match --clinical`), from the report's stored findings.",
            valueName: "file"))
    var clinical: String?

    @OptionGroup var knowledgeBase: KnowledgeBaseOption

    @OptionGroup var reportFiles: ReportFileOptions

    func outputs(in environment: CommandEnvironment) throws(Failure) -> CommandOutputs {
        let outputs = CohortOutputs(profiles: output, table: tsv, tableOption: "--tsv", reportFiles: reportFiles)
        try outputs.check(inputs: reports + (clinical.map { [$0] } ?? []))
        var merged: (reports: [MatchReport], places: [String], failures: [CohortFailure])
        do {
            merged = try ReportMerge.merge(reports)
        } catch {
            throw Failure(status: error.unreadable ? .unreadableInput : .invalidInput, message: error.message)
        }
        if let clinical {
            merged.reports = try decide(merged, sheet: clinical, in: environment)
        }
        if let mix = GenomeBuildMix.warning(merged.reports.map { ($0.run.input, $0.run.genomeBuildLabel) }) { environment.warn(mix) }
        var written = CommandOutputs()
        try outputs.append(merged.reports, failures: merged.failures, to: &written)
        return written
    }

    /// The reports decided again with the clinical sheet at `path`, with the knowledge base they were written with.
    private func decide(
        _ merged: (reports: [MatchReport], places: [String], failures: [CohortFailure]), sheet path: String,
        in environment: CommandEnvironment
    ) throws(Failure) -> [MatchReport] {
        let knowledgeBase = try knowledgeBase.load(in: environment)
        let checksum: String, sheetChecksum: String?
        do {
            (checksum, sheetChecksum) = (try KnowledgeBaseChecksum.sha256(directory: knowledgeBase.directory), try Checksum.sha256(of: path))
        } catch {
            throw Failure(RunError(error))
        }
        let rows: [String: ClinicalFacts]
        do {
            rows = try ClinicalSheet.read(path: path)
        } catch {
            switch error {
            case .unreadable(let message): throw Failure(status: .unreadableInput, message: message)
            case .invalid(let message): throw Failure(status: .invalidInput, message: message)
            case .twoRows(let message): throw Failure(status: .usage, message: message)
            }
        }
        let file = InputFile(path: path, role: .clinical, format: "tsv", sha256: sheetChecksum)
        do {
            return try ReportRedecision(knowledgeBase: knowledgeBase, checksum: checksum).redecide(
                merged.reports, places: merged.places, sheet: (path, rows, file), complete: merged.failures.isEmpty)
        } catch {
            switch error {
            case .usage(let message): throw Failure(status: .usage, message: message)
            case .invalid(let message): throw Failure(status: .invalidInput, message: message)
            }
        }
    }
}

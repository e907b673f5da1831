import ArgumentParser
import Profile
import Reports
import Run

/// Gathers per-sample reports (`--format json` or `jsonl`, or `cohort`'s JSON Lines) into the
/// cohort outputs: the JSON Lines, the cohort table, the HTML report and MultiQC content.
struct MergeCommand: OutputCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge per-sample JSON/JSONL reports into cohort JSON Lines, TSV, HTML and MultiQC content.",
        discussion: """
            Reads each report written by `hemimatch FILE --format json` or `--format jsonl` (or by `hemimatch cohort`), \
            in the order given, and writes the cohort: JSON Lines (one line per sample, as `cohort` writes them) to -o or \
            standard output, the cohort table with --tsv (as `cohort --summary`), a self-contained HTML report with \
            --html and MultiQC custom content with --multiqc. The reports must share the knowledge-base version (and \
            its checksum, when they carry one) and the genome build; a report that cannot be read, or that differs, is a one-line error naming the file, and \
            nothing is written. This is the gather step of workflows/snakemake.

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

    @OptionGroup var reportFiles: ReportFileOptions

    func outputs(in environment: CommandEnvironment) throws(Failure) -> CommandOutputs {
        let outputs = CohortOutputs(profiles: output, table: tsv, tableOption: "--tsv", reportFiles: reportFiles)
        try outputs.check(inputs: reports)
        let merged: (reports: [MatchReport], failures: [CohortFailure])
        do {
            merged = try ReportMerge.merge(reports)
        } catch {
            throw Failure(status: error.unreadable ? .unreadableInput : .invalidInput, message: error.message)
        }
        if let mix = GenomeBuildMix.warning(merged.reports.map { ($0.run.input, $0.run.genomeBuild) }) { environment.warn(mix) }
        var written = CommandOutputs()
        try outputs.append(merged.reports, failures: merged.failures, to: &written)
        return written
    }
}

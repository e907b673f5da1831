import ArgumentParser
import Foundation
import Profile

/// Gathers per-sample reports (`--format json` or `jsonl`, or `cohort`'s JSON Lines) into the
/// cohort outputs: the JSON Lines, the cohort table, the HTML report and MultiQC content.
struct MergeCommand: ParsableCommand {
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
          hemimatch merge results/*.json -o cohort.jsonl --tsv cohort.tsv --html cohort.html
          hemimatch merge a.json b.json --multiqc hemimatch_mqc.json -o /dev/null

        Exit codes:
        \(ExitStatus.helpTable)
        """
    )

    @Argument(help: "Per-sample reports: JSON documents or JSON Lines written by hemimatch.")
    var reports: [String]

    @Option(name: [.short, .customLong("output")],
            help: "Write the cohort JSON Lines to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: ArgumentHelp("Also write the cohort table (TSV: one row per sample) to this file, atomically.", valueName: "file"))
    var tsv: String?

    @OptionGroup var reportFiles: ReportFileOptions

    func run() throws {
        InterruptCleanup.install()
        try Failure.reporting(execute)
    }

    private func execute() throws(Failure) {
        let outputs = CohortOutputs(profiles: output, table: tsv, reportFiles: reportFiles)
        try outputs.checkWritable()
        var merged: [MatchReport] = []
        for path in reports {
            let decoded = try Self.decode(path)
            if let first = merged.first?.run, let run = decoded.first?.run,
               (first.knowledgeBaseVersion, first.genomeBuild) != (run.knowledgeBaseVersion, run.genomeBuild) {
                throw Failure(status: .invalidInput, message: """
                    \(path): knowledge base \(run.knowledgeBaseVersion) on \(run.genomeBuild), but \(reports[0]) has \
                    knowledge base \(first.knowledgeBaseVersion) on \(first.genomeBuild): merge reports of one knowledge base and build
                    """)
            }
            if let first = merged.first?.run, let run = decoded.first?.run,
               let checksum = run.knowledgeBaseSHA256, let firstChecksum = first.knowledgeBaseSHA256, checksum != firstChecksum {
                throw Failure(status: .invalidInput, message: """
                    \(path): knowledge base \(run.knowledgeBaseVersion) with checksum \(checksum), but \(reports[0]) has \
                    checksum \(firstChecksum): the two copies of the knowledge base differ
                    """)
            }
            merged += decoded
        }
        try outputs.write(merged)
    }

    /// The reports in one file: a JSON document, or JSON Lines (one report per line).
    static func decode(_ path: String) throws(Failure) -> [MatchReport] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(status: .unreadableInput, message: "\(path): cannot read the report")
        }
        let decoder = JSONDecoder()
        if let report = try? decoder.decode(MatchReport.self, from: data) { return [report] }
        let lines = data.split(separator: UInt8(ascii: "\n")).filter { !$0.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") } }
        var reports: [MatchReport] = []
        for (number, line) in lines.enumerated() {
            do {
                reports.append(try decoder.decode(MatchReport.self, from: Data(line)))
            } catch {
                throw Failure(status: .invalidInput, message: "\(path): line \(number + 1) is not a hemimatch report (JSON or JSON Lines)")
            }
        }
        guard !reports.isEmpty else { throw Failure(status: .invalidInput, message: "\(path): holds no hemimatch report") }
        return reports
    }
}

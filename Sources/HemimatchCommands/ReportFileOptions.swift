import ArgumentParser
import FoundationEssentials
import Profile
import Reports

/// `--html` and `--multiqc`: report files written beside the main output, shared by `match` and `merge`.
struct ReportFileOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Also write a self-contained HTML report (no network fetches) to this file, atomically.",
            valueName: "file"), completion: .file(extensions: ["html"]))
    var html: String?

    @Option(
        help: ArgumentHelp(
            "Also write MultiQC custom content (name it *_mqc.json so MultiQC finds it) to this file, atomically.",
            valueName: "file"), completion: .file(extensions: ["json"]))
    var multiqc: String?

    private var destinations: [OutputDestination] { [html, multiqc].compactMap { $0 }.map { OutputDestination(path: $0) } }

    /// Fails before any input is read when a folder cannot take its file.
    func checkWritable() throws(Failure) {
        for destination in destinations { try destination.checkWritable() }
    }

    /// The files asked for, with their options, for `OutputDestination.checkDistinct`.
    var labelled: [(option: String, path: String?)] { [("--html", html), ("--multiqc", multiqc)] }

    /// Adds the files asked for, for these reports (one report: a sample or a run; several: a cohort).
    func append(_ reports: [MatchReport], failures: [CohortFailure] = [], to outputs: inout CommandOutputs) throws(Failure) {
        do {
            if let html { outputs.append(Data(try HTMLReport.render(reports, failures: failures).utf8), to: OutputDestination(path: html)) }
            if let multiqc { outputs.append(try MultiQCReport.render(reports), to: OutputDestination(path: multiqc)) }
        } catch {
            throw Failure(status: .internalError, message: "cannot render the report: \(error)")
        }
    }
}

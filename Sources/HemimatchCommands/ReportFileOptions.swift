import ArgumentParser
import Foundation
import Profile
import Reports

/// `--html` and `--multiqc`: report files written beside the main output, shared by `match` and `merge`.
struct ReportFileOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Also write a self-contained HTML report (no network fetches) to this file, atomically.",
                               valueName: "file"))
    var html: String?

    @Option(help: ArgumentHelp("Also write MultiQC custom content (name it *_mqc.json so MultiQC finds it) to this file, atomically.",
                               valueName: "file"))
    var multiqc: String?

    private var destinations: [OutputDestination] { [html, multiqc].compactMap { $0 }.map { OutputDestination(path: $0) } }

    /// Fails before any input is read when a folder cannot take its file.
    func checkWritable() throws(Failure) {
        for destination in destinations { try destination.checkWritable() }
    }

    /// Writes the files asked for, for these reports (one report: a sample or a run; several: a cohort).
    func write(_ reports: [MatchReport]) throws(Failure) {
        do {
            if let html { try OutputDestination(path: html).write(Data(try HTMLReport.render(reports).utf8)) }
            if let multiqc { try OutputDestination(path: multiqc).write(try MultiQCReport.render(reports)) }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(status: .internalError, message: "cannot render the report: \(error)")
        }
    }
}

import Foundation
import Profile
import Reports

/// What `cohort` and `merge` write for a set of reports: the per-sample JSON Lines, the cohort
/// table when asked for, and the HTML and MultiQC files when asked for; every destination checked
/// before any input is read.
struct CohortOutputs {
    let profiles: OutputDestination
    let table: OutputDestination?
    let reportFiles: ReportFileOptions

    init(profiles: String?, table: String?, reportFiles: ReportFileOptions) {
        self.profiles = OutputDestination(path: profiles)
        self.table = table.map { OutputDestination(path: $0) }
        self.reportFiles = reportFiles
    }

    func checkWritable() throws(Failure) {
        try profiles.checkWritable()
        try table?.checkWritable()
        try reportFiles.checkWritable()
    }

    /// A table or report file needs every report at the end; the JSON Lines alone do not.
    var needsReports: Bool { table != nil || reportFiles.html != nil || reportFiles.multiqc != nil }

    func append(_ reports: [MatchReport], to outputs: inout CommandOutputs) throws(Failure) {
        let lines: Data
        do {
            lines = try JSONReport.renderLines(reports)
        } catch {
            throw Failure(status: .internalError, message: "cannot encode the report: \(error)")
        }
        outputs.append(lines, to: profiles)
        if let table { outputs.append(Data(CohortSummary.render(reports).utf8), to: table) }
        try reportFiles.append(reports, to: &outputs)
    }
}

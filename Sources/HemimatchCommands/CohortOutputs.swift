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

    func write(_ reports: [MatchReport]) throws(Failure) {
        let lines: Data
        do {
            lines = try JSONReport.renderLines(reports)
        } catch {
            throw Failure(status: .internalError, message: "cannot encode the report: \(error)")
        }
        try profiles.write(lines)
        try table?.write(Data(CohortSummary.render(reports).utf8))
        try reportFiles.write(reports)
    }
}

import FoundationEssentials
import Profile
import Reports

/// What `cohort` and `merge` write for a set of reports: the per-sample JSON Lines, the cohort
/// table when asked for, and the HTML and MultiQC files when asked for; every destination checked
/// before any input is read.
struct CohortOutputs {
    let profiles: OutputDestination
    let table: OutputDestination?
    let reportFiles: ReportFileOptions

    init(profiles: String?, table: String?, tableOption: String, reportFiles: ReportFileOptions) {
        paths = (profiles, table, tableOption)
        self.profiles = OutputDestination(path: profiles)
        self.table = table.map { OutputDestination(path: $0) }
        self.reportFiles = reportFiles
    }

    private let paths: (profiles: String?, table: String?, tableOption: String)

    /// Fails before any input is read when a destination cannot be written, is one of `inputs`, or
    /// is the same file as another output.
    func check(inputs: [String]) throws(Failure) {
        try profiles.checkWritable()
        try table?.checkWritable()
        try reportFiles.checkWritable()
        try OutputDestination.checkDistinct(
            outputs: [("-o", paths.profiles), (paths.tableOption, paths.table)] + reportFiles.labelled,
            inputs: inputs)
    }

    /// A table or report file needs every report at the end; the JSON Lines alone do not.
    var needsReports: Bool { table != nil || reportFiles.html != nil || reportFiles.multiqc != nil }

    /// Adds every output; `failures` (files that gave no report) end the JSON Lines and have a
    /// section in the HTML report.
    func append(_ reports: [MatchReport], failures: [CohortFailure] = [], to outputs: inout CommandOutputs) throws(Failure) {
        let lines: Data
        do {
            lines = try JSONReport.renderLines(reports) + JSONReport.renderFailures(failures)
        } catch {
            throw Failure(status: .internalError, message: "cannot encode the report: \(error)")
        }
        outputs.append(lines, to: profiles)
        if let table { outputs.append(Data(CohortSummary.render(reports).utf8), to: table) }
        try reportFiles.append(reports, failures: failures, to: &outputs)
    }
}

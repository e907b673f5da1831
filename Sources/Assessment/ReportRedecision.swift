import Knowledge
import Profile

/// Stored reports decided again with a clinical sheet (`merge --clinical`): each sample's checklist,
/// routes, screen and suggested group rebuilt from its stored findings, review reasons and screen by
/// `ArmDecision`, the decision `match --clinical` makes, so that `match` then `merge --clinical SHEET`
/// decides as `match --clinical SHEET` does.
public struct ReportRedecision: Sendable {
    /// Why the reports cannot be decided again; the message names the report file (and line) or the sheet.
    public enum Failure: Error, Equatable {
        /// A sheet row that reaches no sample, or several (a name several reports share written without its file,
        /// reports of one input and sample), or two rows that reach one sample (exit 64).
        case usage(String)
        /// A report that cannot be decided again: written with another knowledge base, before schema 6 (no stored review reasons, advisories or
        /// screen), or already decided with a sheet (exit 65).
        case invalid(String)
    }

    private let decision: ArmDecision
    /// The knowledge base's version and checksum, which every report must have been written with.
    private let knowledgeBase: (version: String, checksum: String)

    /// Deciding with `knowledgeBase`, whose files' checksum is `checksum` (`KnowledgeBaseChecksum`).
    public init(knowledgeBase: KnowledgeBase, checksum: String) {
        decision = ArmDecision(knowledgeBase: knowledgeBase)
        self.knowledgeBase = (knowledgeBase.version, checksum)
    }

    /// The reports decided again with `sheet` (its rows by sample label, read from `sheet.path`, recorded
    /// in each report's inputs as `sheet.file`). `places` says where each report stands, for messages;
    /// `complete` is false when the merged cohorts listed failed files (a row may name one of their samples).
    /// Every row must reach exactly one sample, labelled as `cohort` labels them (`FILE:SAMPLE` for a name
    /// several reports share; FILE is the report's `run.input`).
    public func redecide(
        _ reports: [MatchReport], places: [String], sheet: (path: String, rows: [String: ClinicalFacts], file: InputFile),
        complete: Bool = true
    ) throws(Failure) -> [MatchReport] {
        for (report, place) in zip(reports, places) {
            let run = report.run
            if run.knowledgeBaseVersion != knowledgeBase.version || run.knowledgeBaseSHA256.map({ $0 != knowledgeBase.checksum }) == true {
                throw .invalid(
                    "\(place): written with knowledge base \(run.knowledgeBaseVersion) (\(run.knowledgeBaseSHA256 ?? "no checksum")), but --kb is \(knowledgeBase.version) (\(knowledgeBase.checksum)): --clinical decides with the knowledge base the reports were written with"
                )
            }
            guard report.schemaVersion == MatchReport.schemaVersion else {
                throw .invalid(
                    "\(place): a report of schema version \(report.schemaVersion): --clinical decides again only reports of schema version \(MatchReport.schemaVersion), which store why review was forced; run match again, or merge without --clinical"
                )
            }
            // Written before the reasons were stored, whatever the file says (never a silent guess).
            if let old = report.samples.first(where: { $0.reviewReasons == nil || $0.advisories == nil }) {
                throw .invalid(
                    "\(place): sample \(old.sample) has no review_reasons or advisories (written before schema version \(MatchReport.schemaVersion)): run match again, or merge without --clinical"
                )
            }
            // Without its screen a sample would be decided as if everything had been screened (a confident A).
            if let unscreened = report.samples.first(where: { $0.screen == nil }) {
                throw .invalid(
                    "\(place): sample \(unscreened.sample) has no screen (what was assessed is unknown): run match again, or merge without --clinical"
                )
            }
            if let earlier = report.run.inputs.first(where: { $0.role == .clinical }) {
                throw .invalid(
                    "\(place): already decided with the clinical sheet \(earlier.path): --clinical decides again only reports written without one; run match with the new sheet, or merge without --clinical"
                )
            }
        }
        let files = zip(reports, places).map { report, place in (path: report.run.input, samples: report.samples.map(\.sample), place: place) }
        if let problem = ClinicalSheet.problem(sheet.rows, path: sheet.path, files: files, complete: complete) { throw .usage(problem) }
        return try reports.map { report throws(Failure) in
            let rows: [String: ClinicalFacts]
            do throws(ClinicalSheet.Failure) {
                rows = try ClinicalSheet.rows(of: sheet.rows, path: sheet.path, input: report.run.input, profiled: report.samples.map(\.sample))
            } catch {
                throw .usage(error.message)
            }
            var run = report.run
            run.inputs.append(sheet.file)
            return MatchReport(
                run: run,
                samples: report.samples.map { profile in
                    decision.redecide(
                        profile, facts: rows[profile.sample], sheet: sheet.path, blastFraction: report.run.sampleThresholds["blast_fraction"])
                })
        }
    }
}

import FoundationEssentials
import Profile

/// Per-sample reports read back from their JSON or JSON Lines files and gathered into one cohort.
public enum ReportMerge {
    /// The reports of `paths`, in order; they must share the knowledge-base version (and its checksum,
    /// when both carry one), every report checked, each line of a JSON Lines file included, against
    /// the first. Reports on different genome builds are gathered (`GenomeBuildMix`: the caller warns).
    public static func reports(_ paths: [String]) throws(ReportMergeError) -> [MatchReport] {
        try merge(paths).reports
    }

    /// The reports of `paths`, checked as `reports` does, where each stands (`FILE` or `FILE line N`),
    /// and the failures the cohorts behind them listed (`cohort --keep-going`), carried into the merged outputs.
    public static func merge(_ paths: [String]) throws(ReportMergeError) -> (
        reports: [MatchReport], places: [String], failures: [CohortFailure]
    ) {
        var merged: [MatchReport] = [], places: [String] = [], failures: [CohortFailure] = []
        var firstPlace = ""
        for path in paths {
            let (decoded, listed) = try decode(path)
            failures += listed
            for (report, line) in decoded {
                let place = line.map { "\(path) line \($0)" } ?? path
                let run = report.run
                guard let first = merged.first?.run else {
                    (merged, places, firstPlace) = ([report], [place], place)
                    continue
                }
                if first.knowledgeBaseVersion != run.knowledgeBaseVersion {
                    throw ReportMergeError(
                        """
                        \(place): knowledge base \(run.knowledgeBaseVersion), but \(firstPlace) has \
                        knowledge base \(first.knowledgeBaseVersion): merge reports of one knowledge base
                        """)
                }
                if let checksum = run.knowledgeBaseSHA256, let firstChecksum = first.knowledgeBaseSHA256, checksum != firstChecksum {
                    throw ReportMergeError(
                        """
                        \(place): knowledge base \(run.knowledgeBaseVersion) with checksum \(checksum), but \(firstPlace) has \
                        checksum \(firstChecksum): the two copies of the knowledge base differ
                        """)
                }
                merged.append(report)
                places.append(place)
            }
        }
        return (merged, places, failures)
    }

    /// The reports in one file: a JSON document (line `nil`), or JSON Lines (one report per line,
    /// with its line number).
    static func decode(_ path: String) throws(ReportMergeError) -> (reports: [(report: MatchReport, line: Int?)], failures: [CohortFailure]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReportMergeError("\(path): cannot read the report", unreadable: true)
        }
        let decoder = JSONDecoder()
        if let report = try? decoder.decode(MatchReport.self, from: data) { return ([(report, nil)], []) }
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
            .filter { !$0.element.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") } }
        var reports: [(report: MatchReport, line: Int?)] = [], failures: [CohortFailure] = []
        for (number, line) in lines {
            if let listed = try? decoder.decode(CohortFailure.Line.self, from: Data(line)) {
                failures += listed.failures
                continue
            }
            do {
                reports.append((try decoder.decode(MatchReport.self, from: Data(line)), number + 1))
            } catch {
                throw ReportMergeError("\(path): line \(number + 1) is not a hemimatch report (JSON or JSON Lines)")
            }
        }
        guard !reports.isEmpty || !failures.isEmpty else { throw ReportMergeError("\(path): holds no hemimatch report") }
        return (reports, failures)
    }
}

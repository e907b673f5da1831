import Foundation
import Profile

/// Per-sample reports read back from their JSON or JSON Lines files and gathered into one cohort.
public enum ReportMerge {
    /// The reports of `paths`, in order; they must share the knowledge-base version (and its checksum,
    /// when both carry one). Reports on different genome builds are gathered (`GenomeBuildMix`: the
    /// caller warns).
    public static func reports(_ paths: [String]) throws(RunError) -> [MatchReport] {
        var merged: [MatchReport] = []
        for path in paths {
            let decoded = try decode(path)
            if let first = merged.first?.run, let run = decoded.first?.run, first.knowledgeBaseVersion != run.knowledgeBaseVersion {
                throw RunError(.invalidInput, """
                    \(path): knowledge base \(run.knowledgeBaseVersion), but \(paths[0]) has \
                    knowledge base \(first.knowledgeBaseVersion): merge reports of one knowledge base
                    """)
            }
            if let first = merged.first?.run, let run = decoded.first?.run,
               let checksum = run.knowledgeBaseSHA256, let firstChecksum = first.knowledgeBaseSHA256, checksum != firstChecksum {
                throw RunError(.invalidInput, """
                    \(path): knowledge base \(run.knowledgeBaseVersion) with checksum \(checksum), but \(paths[0]) has \
                    checksum \(firstChecksum): the two copies of the knowledge base differ
                    """)
            }
            merged += decoded
        }
        return merged
    }

    /// The reports in one file: a JSON document, or JSON Lines (one report per line).
    static func decode(_ path: String) throws(RunError) -> [MatchReport] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RunError(.unreadableInput, "\(path): cannot read the report")
        }
        let decoder = JSONDecoder()
        if let report = try? decoder.decode(MatchReport.self, from: data) { return [report] }
        let lines = data.split(separator: UInt8(ascii: "\n")).filter { !$0.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") } }
        var reports: [MatchReport] = []
        for (number, line) in lines.enumerated() {
            do {
                reports.append(try decoder.decode(MatchReport.self, from: Data(line)))
            } catch {
                throw RunError(.invalidInput, "\(path): line \(number + 1) is not a hemimatch report (JSON or JSON Lines)")
            }
        }
        guard !reports.isEmpty else { throw RunError(.invalidInput, "\(path): holds no hemimatch report") }
        return reports
    }
}

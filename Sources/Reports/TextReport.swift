import Profile

/// The terminal report: run provenance, then per sample its suggested group and an alteration table.
public enum TextReport {
    public static func render(_ report: MatchReport) -> String {
        let run = report.run
        var lines = [
            "hemimatch \(run.toolVersion) | knowledge base \(run.knowledgeBaseVersion) | \(run.genomeBuild) (\(run.genomeBuildBasis)) | \(run.input)",
            "records: \(run.recordsRead) read, \(run.recordsKept) kept (panel genes, structural), \(run.recordsFiltered) skipped by FILTER",
        ]
        if !run.normalSamples.isEmpty {
            lines.append("normal samples not profiled: \(run.normalSamples.joined(separator: ", "))")
        }
        for warning in run.warnings { lines.append("warning: \(warning)") }
        for sample in report.samples {
            lines.append("")
            lines.append("sample \(sample.sample): suggested group \(sample.suggestedGroup) (candidates: \(sample.candidateGroups.joined(separator: ", ")))")
            defer {
                for exclusion in sample.exclusions {
                    lines.append("  excludes \(exclusion.groups.joined(separator: ", ")): \(exclusion.gene) \(exclusion.alteration) (\(exclusion.ruleID))")
                }
                if !sample.otherFindings.isEmpty {
                    lines.append("  outside the trial's rules: \(sample.otherFindings.joined(separator: ", "))")
                }
            }
            guard !sample.alterations.isEmpty else {
                lines.append("  no actionable alteration")
                continue
            }
            let header = ["gene", "alteration", "group", "rule", "VAF", "variant", "sources"]
            let rows = sample.alterations.map { alteration -> [String] in
                let record = alteration.records[0]
                return [alteration.gene, alteration.alteration, alteration.groups.joined(separator: ","), alteration.ruleID,
                        record.vaf.map { formatFraction($0) } ?? "-",
                        record.variant + (alteration.records.count > 1 ? " (+\(alteration.records.count - 1))" : ""),
                        alteration.sources.map(\.id).joined(separator: ";")]
            }
            lines += TextTable.lines([header] + rows).map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func formatFraction(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(String(format: "%02d", hundredths % 100))"
    }
}

import Foundation

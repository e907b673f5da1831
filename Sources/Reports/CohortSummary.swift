import Profile

/// The cohort table: one row per sample of every report, with a 0/1 column per trial group (is it a
/// candidate) and a column per gene counting the sample's alterations in it. Shared by
/// `hemimatch cohort` and `hemimatch merge`, so a cohort looks the same however it was run.
public enum CohortSummary {
    /// The trial's groups, in the order the columns take: the knowledge base's letters the reports
    /// carry (`run.trial_groups`), else (reports written before they carried them) the letters their
    /// samples were given.
    public static func groups(_ reports: [MatchReport]) -> [String] {
        let named = Set(reports.flatMap { $0.run.trialGroups ?? [] })
        let given = Set(reports.flatMap { $0.samples.flatMap { $0.candidateGroups } })
        return (named.isEmpty ? given : named).sorted()
    }

    /// The table for these reports, rows in the order given; gene columns are the genes any sample
    /// has an alteration in, sorted.
    public static func render(_ reports: [MatchReport]) -> String {
        let genes = Self.genes(reports), groups = Self.groups(reports)
        let header =
            ["input", "sample", "suggested_group", "candidate_groups"] + groups.map { "group_\($0)" }
            + ["alterations", "flags"] + genes.map { "gene_\($0)" } + ["tool_version", "knowledge_base_version", "genome_build"]
            + TSVReport.screenColumns + TSVReport.checklistColumns
        var lines = [header.joined(separator: "\t")]
        for report in reports {
            let run = report.run
            for sample in report.samples {
                var perGene: [String: Int] = [:]
                for alteration in sample.alterations { perGene[alteration.gene, default: 0] += 1 }
                let cells =
                    [run.input, sample.sample, sample.suggestedGroup, sample.candidateGroups.joined(separator: ",")]
                    + groups.map { sample.candidateGroups.contains($0) ? "1" : "0" }
                    + [String(sample.alterations.count), sample.flags.map(\.code.rawValue).joined(separator: ",")]
                    + genes.map { String(perGene[$0] ?? 0) }
                    + [run.toolVersion, run.knowledgeBaseLabel, run.genomeBuildLabel]
                    + TSVReport.screenCells(sample.screen) + TSVReport.checklistCells(sample.checklist)
                lines.append(cells.map(TSVReport.clean).joined(separator: "\t"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Each sample's label where several reports are shown together, per report and sample: its name, or
    /// `input:name` when the name is met more than once (most callers name every tumor `TUMOR`).
    public static func labels(_ reports: [MatchReport]) -> [[String]] {
        let names = reports.flatMap { $0.samples.map(\.sample) }
        return reports.map { report in
            report.samples.map { sample in
                names.filter { $0 == sample.sample }.count > 1 ? "\(report.run.input):\(sample.sample)" : sample.sample
            }
        }
    }

    /// The genes any sample of these reports has an alteration in, sorted.
    public static func genes(_ reports: [MatchReport]) -> [String] {
        Set(reports.flatMap { $0.samples.flatMap { $0.alterations.map(\.gene) } }).sorted()
    }

    /// Samples per suggested group (the trial's groups, then `review`, `incomplete` and `none`), every group present even at zero.
    public static func groupCounts(_ reports: [MatchReport]) -> [(group: String, samples: Int)] {
        let suggested = reports.flatMap { $0.samples.map(\.suggestedGroup) }
        return (groups(reports) + [SampleProfile.boardReview, SampleProfile.incomplete, SampleProfile.noArm]).map { group in
            (group, suggested.filter { $0 == group }.count)
        }
    }
}

import Profile

/// One row per sample and alteration (a sample without one gets a single row), for spreadsheets.
public enum TSVReport {
    public static let columns =
        [
            "sample", "suggested_group", "candidate_groups", "excluded_groups", "gene", "alteration", "groups", "rule_id",
            "evidence_level", "vaf", "depth", "variants", "flags", "tool_version", "knowledge_base_version", "genome_build",
            "exclusions", "why_group_a",
        ] + screenColumns + checklistColumns

    /// The screen's columns (issue 26): each part's status, then the arms its missing parts could change.
    public static let screenColumns = [
        "screen_small_variants", "screen_rearrangements", "screen_copy_number", "screen_clinical", "screen_could_change",
    ]

    /// The screen's cells, in `screenColumns` order; empty for a report written before screens.
    public static func screenCells(_ screen: SampleScreen?) -> [String] {
        guard let screen else { return Array(repeating: "", count: screenColumns.count) }
        return [screen.smallVariants, screen.rearrangements, screen.copyNumber, screen.clinical].map(\.status.rawValue)
            + [screen.couldChange.joined(separator: ",")]
    }

    /// The checklist's columns (issue 26): its criteria met, not met and not known, each as
    /// `D NCT05658640 inclusion 1: evidence`, `; `-separated; empty without a clinical sheet row.
    public static let checklistColumns = ["checklist_met", "checklist_not_met", "checklist_not_known"]

    /// The checklist's cells, in `checklistColumns` order.
    public static func checklistCells(_ checklist: [ArmCheck]?) -> [String] {
        [ArmCheck.Status.met, .notMet, .notKnown].map { status in
            (checklist ?? []).flatMap { check in
                check.items.filter { $0.status == status }.map { "\(check.group) \($0.criterion): \($0.evidence)" }
            }.joined(separator: "; ")
        }
    }

    public static func render(_ report: MatchReport) -> String {
        var lines = [columns.joined(separator: "\t")]
        let run = report.run
        for sample in report.samples {
            let shared = [
                sample.sample, sample.suggestedGroup, sample.candidateGroups.joined(separator: ","),
                sample.excludedGroups.joined(separator: ","),
            ]
            let flags = sample.flags.map(\.code.rawValue).joined(separator: ",")
            let provenance = [run.toolVersion, run.knowledgeBaseLabel, run.genomeBuildLabel]
            let board = [sample.exclusions.map(\.asExclusion).joined(separator: "; "), sample.generic?.reason.rawValue ?? ""]
            let rows: [Alteration?] = sample.alterations.isEmpty ? [nil] : sample.alterations
            for alteration in rows {
                lines.append(
                    (shared + cells(alteration) + [flags] + provenance + board + screenCells(sample.screen) + checklistCells(sample.checklist)).map(
                        clean
                    )
                    .joined(separator: "\t"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The alteration columns, empty for a sample without alterations.
    private static func cells(_ alteration: Alteration?) -> [String] {
        guard let alteration else { return Array(repeating: "", count: 8) }
        let record = alteration.records.first
        let vaf = record?.vaf.map(VAFText.twoDecimals) ?? ""
        let depth = record?.depth.map { String($0) } ?? ""
        let variants = alteration.records.map(\.variant).joined(separator: ",")
        return [
            alteration.gene, alteration.alteration, alteration.groups.joined(separator: ","), alteration.ruleID,
            alteration.evidenceLevel.rawValue, vaf, depth, variants,
        ]
    }

    /// A cell as `UntrustedText.tsvCell` makes it safe for a table and a spreadsheet.
    static func clean(_ cell: String) -> String {
        UntrustedText.tsvCell(cell)
    }
}

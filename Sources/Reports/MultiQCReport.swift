import FoundationEssentials
import Profile

/// MultiQC custom content (`*_mqc.json`): a table with a row per sample (its suggested group,
/// candidate groups, alterations and flags, the screen and the clinical checklist as the TSV gives
/// them), a section naming the tool, knowledge-base version and
/// genome build, so that a cohort's groups appear in a MultiQC report.
public enum MultiQCReport {
    struct Document: Encodable {
        let id = "hemimatch"
        let sectionName = "HEM-iSMART groups (hemimatch)"
        let description: String
        let plotType = "table"
        let pconfig: [String: String]
        let headers: [String: Header]
        let data: [String: Row]

        enum CodingKeys: String, CodingKey {
            case id, description, pconfig, headers, data
            case sectionName = "section_name"
            case plotType = "plot_type"
        }
    }

    struct Header: Encodable {
        let title: String
        let description: String
    }

    struct Row: Encodable {
        let suggestedGroup: String
        let candidateGroups: String
        let alterations: String
        let alterationCount: Int
        let flags: String
        let exclusions: String
        let whyGroupA: String
        let screen: String
        /// The TSV's screen and checklist cells, by their TSV column names (`screen_clinical`, `checklist_not_met`...).
        let tableCells: [String: String]
        let toolVersion: String
        let knowledgeBaseVersion: String
        let genomeBuild: String

        struct Key: CodingKey {
            let stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            let texts = [
                "suggested_group": suggestedGroup, "candidate_groups": candidateGroups, "alterations": alterations, "flags": flags,
                "exclusions": exclusions, "why_group_a": whyGroupA, "screen": screen, "tool_version": toolVersion,
                "knowledge_base_version": knowledgeBaseVersion, "genome_build": genomeBuild,
            ].merging(tableCells) { fixed, _ in fixed }
            for (key, text) in texts { try container.encode(text, forKey: Key(stringValue: key)) }
            try container.encode(alterationCount, forKey: Key(stringValue: "alteration_count"))
        }
    }

    static let headers: [String: Header] = [
        "suggested_group": Header(
            title: "Group",
            description: "Suggested HEM-iSMART group (a letter, review when several qualify, incomplete when the screen missed a part)"),
        "candidate_groups": Header(title: "Candidates", description: "Every group an alteration qualifies for, exclusions removed"),
        "alterations": Header(title: "Alterations", description: "Actionable alterations with their rules"),
        "alteration_count": Header(title: "Count", description: "Number of actionable alterations"),
        "flags": Header(title: "Flags", description: "What a person must look at"),
        "exclusions": Header(title: "Exclusions", description: "Alterations that bar groups, with the registry exclusion criterion"),
        "why_group_a": Header(title: "Why A", description: "Why group A (the generic arm): no-target, all-excluded or only-near-misses"),
        "screen": Header(
            title: "Screen",
            description: "complete, or which of small variants, rearrangements and copy number were not assessed and the arms they could change"),
        "screen_small_variants": Header(title: "Small variants", description: "Small variants screened: assessed, partial or not-assessed"),
        "screen_rearrangements": Header(title: "Rearrangements", description: "Rearrangements screened: assessed, partial or not-assessed"),
        "screen_copy_number": Header(title: "Copy number", description: "Copy number screened: assessed, partial or not-assessed"),
        "screen_clinical": Header(
            title: "Clinical", description: "The registry's non-molecular criteria: assessed from a clinical sheet row, else not-assessed"),
        "screen_could_change": Header(title: "Could change", description: "The arms the parts not fully assessed could change"),
        "checklist_met": Header(title: "Criteria met", description: "Clinical criteria met, as arm, registry criterion: evidence"),
        "checklist_not_met": Header(
            title: "Criteria not met", description: "Clinical criteria not met: the arm is not suggested (arm, registry criterion: evidence)"),
        "checklist_not_known": Header(
            title: "Criteria not known", description: "Clinical criteria the sheet left empty: they bar no arm, the board checks them"),
        "tool_version": Header(title: "hemimatch", description: "hemimatch version"),
        "knowledge_base_version": Header(title: "KB", description: "Knowledge-base version"),
        "genome_build": Header(title: "Build", description: "Genome build"),
    ]

    /// The custom-content document. A sample name met in several reports is keyed `input:sample`.
    public static func render(_ reports: [MatchReport]) throws -> Data {
        let labels = CohortSummary.labels(reports)
        var rows: [String: Row] = [:]
        for (report, keys) in zip(reports, labels) {
            let run = report.run
            for (sample, key) in zip(report.samples, keys) {
                rows[key] = Row(
                    suggestedGroup: sample.suggestedGroup, candidateGroups: sample.candidateGroups.joined(separator: ","),
                    alterations: sample.alterations.map { "\($0.gene) \($0.alteration) (\($0.ruleID))" }.joined(separator: "; "),
                    alterationCount: sample.alterations.count, flags: sample.flags.map(\.code.rawValue).joined(separator: ","),
                    exclusions: sample.exclusions.map(\.asExclusion).joined(separator: "; "),
                    whyGroupA: sample.generic?.reason.rawValue ?? "",
                    screen: sample.screen.map { $0.isComplete ? "complete" : $0.summary } ?? "",
                    tableCells: Dictionary(
                        uniqueKeysWithValues: zip(
                            TSVReport.screenColumns + TSVReport.checklistColumns,
                            TSVReport.screenCells(sample.screen) + TSVReport.checklistCells(sample.checklist))),
                    toolVersion: run.toolVersion, knowledgeBaseVersion: run.knowledgeBaseLabel, genomeBuild: run.genomeBuildLabel)
            }
        }
        let runs = reports.map(\.run)
        let provenance =
            "hemimatch \(Set(runs.map(\.toolVersion)).sorted().joined(separator: ", ")), knowledge base "
            + "\(Set(runs.map(\.knowledgeBaseLabel)).sorted().joined(separator: ", ")), \(Set(runs.map(\.genomeBuildLabel)).sorted().joined(separator: ", "))"
        let counts = CohortSummary.groupCounts(reports).map { "\($0.group): \($0.samples)" }.joined(separator: ", ")
        let document = Document(
            description: "Suggested trial groups per sample (\(counts)); \(provenance).",
            pconfig: ["id": "hemimatch_groups", "title": "hemimatch: HEM-iSMART groups"],
            headers: headers, data: rows)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(document)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}

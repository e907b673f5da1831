import FoundationEssentials
import Mustache
import Profile
import Tables

/// The self-contained HTML report (styles inline, no script, nothing fetched) for one run or a
/// cohort: run metadata, suggested-group counts, an oncoprint-style matrix of samples × genes coloured
/// by pathway, and a drill-down per sample. Rendered by a Mustache template, which HTML-escapes every
/// value, so sample names and INFO strings from the input are shown as text.
public enum HTMLReport {
    /// Cell colours of the matrix, per knowledge-base pathway; others are grey.
    static let pathwayColours = ["ABL-class": "#7570b3", "IL7R/JAK-STAT": "#1b9e77", "RAS/MAPK": "#d95f02"]
    static let otherColour = "#8c8c8c"
    /// Cells of excluded alterations and near-misses: drawn unlike any live target.
    static let excludedColour = "#6b6b6b"
    static let nearMissColour = "#b8b8b8"

    /// The page for `reports`; `failures` are the cohort's files that gave no report (`--keep-going`).
    public static func render(_ reports: [MatchReport], failures: [CohortFailure] = []) throws -> String {
        try MustacheTemplate(string: HTMLTemplate.page).render(context(reports, failures: failures))
    }

    /// The template's values: plain dictionaries, arrays and strings, in a fixed order.
    static func context(_ reports: [MatchReport], failures: [CohortFailure] = []) -> [String: Any] {
        // Genes of alterations, exclusions and near-misses: what was excluded or missed is shown too.
        let genes = Set(reports.flatMap { $0.samples.flatMap { ($0.alterations + $0.exclusions + $0.nearMisses).map(\.gene) } }).sorted()
        let labels = CohortSummary.labels(reports)
        let samples = zip(reports, labels).flatMap { report, names in
            zip(report.samples, names).map { (run: report.run, profile: $0, label: $1) }
        }
        let pathways = Set(samples.flatMap { $0.profile.alterations.map(\.pathway) }).sorted()
        let runs = reports.map(\.run)
        let notKnown = NotKnown(samples.map { ($0.label, $0.profile) }).lines
        return [
            "title": samples.count == 1 ? "hemimatch: \(samples[0].profile.sample)" : "hemimatch: cohort of \(samples.count) samples",
            "tool_version": Set(runs.map(\.toolVersion)).sorted().joined(separator: ", "),
            "knowledge_base_version": Set(runs.map(\.knowledgeBaseLabel)).sorted().joined(separator: ", "),
            "genome_build": Set(runs.map(\.genomeBuildLabel)).sorted().joined(separator: ", "),
            "sample_count": samples.count,
            "samples_word": samples.count == 1 ? "sample" : "samples",
            // A single sample's page has no cohort overview (group counts, matrix): only its section.
            "is_cohort": samples.count > 1,
            "has_failures": !failures.isEmpty,
            // Said once for the page, not on every sample.
            "has_not_known": !notKnown.isEmpty, "not_known": notKnown,
            "failures": failures.map { ["file": $0.file, "exit_code": String($0.exitCode), "exit_class": $0.exitClass, "message": $0.message] },
            "inputs": runs.flatMap(\.inputs).map { ["path": $0.path, "role": $0.role.rawValue, "format": $0.format, "sha256": $0.sha256 ?? "-"] },
            "group_counts": CohortSummary.groupCounts(reports).map { ["group": $0.group, "samples": $0.samples] },
            "genes": genes,
            "legend": pathways.map { ["pathway": $0, "colour": colour($0)] },
            "rows": samples.enumerated().map { index, sample in
                row(sample.profile, label: sample.label, genes: genes, anchor: "sample-\(index + 1)")
            },
            "details": samples.enumerated().map { index, sample in
                detail(sample.profile, label: sample.label, run: sample.run, anchor: "sample-\(index + 1)")
            },
        ]
    }

    static func colour(_ pathway: String) -> String { pathwayColours[pathway] ?? otherColour }

    /// One matrix row: a cell per gene naming the sample's alterations in it (coloured by pathway),
    /// its exclusions (struck through, grey) and its near-misses (dashed); the sample's exclusions and flags.
    private static func row(_ profile: SampleProfile, label: String, genes: [String], anchor: String) -> [String: Any] {
        let cells = genes.map { gene -> [String: Any] in
            let found = profile.alterations.filter { $0.gene == gene }
            if let first = found.first {
                // An alteration whose every group an exclusion bars is no live target.
                let barred = found.allSatisfy { Set($0.groups).isSubset(of: profile.excludedGroups) }
                return [
                    "text": found.map(\.alteration).joined(separator: ", "), "colour": barred ? excludedColour : colour(first.pathway),
                    "pathway": barred ? "excluded: group \(profile.excludedGroups.joined(separator: ", ")) barred" : first.pathway,
                    "kind": barred ? "cell excluded" : "cell",
                ]
            }
            let excluded = profile.exclusions.filter { $0.gene == gene }
            if !excluded.isEmpty {
                return [
                    "text": excluded.map(\.alteration).joined(separator: ", "), "colour": excludedColour,
                    "pathway": "exclusion (bars \(excluded.flatMap(\.groups).joined(separator: ", ")))", "kind": "cell excluded",
                ]
            }
            let missed = profile.nearMisses.filter { $0.gene == gene }
            guard !missed.isEmpty else { return ["empty": true] }
            return [
                "text": missed.map(\.alteration).joined(separator: ", "), "colour": nearMissColour,
                "pathway": "near-miss: " + missed.flatMap { $0.records.map(\.filter) }.joined(separator: ", "), "kind": "cell near-miss",
            ]
        }
        return [
            "sample": label, "anchor": anchor, "suggested_group": profile.suggestedGroup,
            "screen": profile.screen.map { $0.isComplete ? "complete" : $0.summary } ?? "",
            "candidate_groups": profile.candidateGroups.joined(separator: ", "), "cells": cells,
            "generic_reason": profile.generic?.reason.rawValue ?? "",
            "exclusions": profile.exclusions.map(\.asExclusion).joined(separator: "; "),
            "flags": profile.flags.map(\.code.rawValue).filter { $0 != ProfileFlag.Code.routesNotAssessable.rawValue }.joined(separator: ", "),
        ]
    }

    /// One sample's drill-down.
    private static func detail(_ profile: SampleProfile, label: String, run: RunMetadata, anchor: String) -> [String: Any] {
        let flags = profile.flags.filter { $0.code != .routesNotAssessable }
        return [
            "sample": label, "anchor": anchor, "generic": profile.generic?.summary ?? "", "input": run.input,
            "suggested_group": profile.suggestedGroup,
            "screen_parts": profile.screen.map { TextReport.screenLines($0).map { $0.trimmed() } } ?? [],
            "candidates": profile.candidates.map { candidate -> [String: Any] in
                [
                    "group": candidate.group, "rank": candidate.rank, "evidence_level": candidate.evidenceLevel.rawValue,
                    "max_vaf": VAFText.twoDecimals(candidate.maxVAF), "basis": candidate.basis.joined(separator: "; "),
                ]
            },
            "alterations": profile.alterations.map(alteration),
            "exclusions": profile.exclusions.map(alteration),
            "near_misses": profile.nearMisses.map(alteration),
            "excluded_groups": profile.excludedGroups.joined(separator: ", "),
            "other_findings": profile.otherFindings,
            // The routes-not-assessable note is said once for the page (`not_known`).
            "flags": flags.map { ["code": $0.code.rawValue, "message": $0.message] },
            // Known criteria per sample; those not known are said once for the page.
            "checklist": (profile.checklist ?? []).flatMap { check in
                check.items.filter { $0.status != .notKnown }.map {
                    ["group": check.group, "criterion": $0.criterion, "status": $0.status.rawValue, "evidence": $0.evidence]
                }
            },
            "has_checklist": profile.checklist?.contains { $0.items.contains { $0.status != .notKnown } } ?? false,
            "has_candidates": !profile.candidates.isEmpty, "has_alterations": !profile.alterations.isEmpty,
            "has_exclusions": !profile.exclusions.isEmpty, "has_near_misses": !profile.nearMisses.isEmpty,
            "has_flags": !flags.isEmpty, "has_other_findings": !profile.otherFindings.isEmpty,
            "tool_version": run.toolVersion, "knowledge_base_version": run.knowledgeBaseLabel, "genome_build": run.genomeBuildLabel,
        ]
    }

    private static func alteration(_ alteration: Alteration) -> [String: Any] {
        [
            "gene": alteration.gene, "alteration": alteration.alteration, "groups": alteration.groups.joined(separator: ", "),
            "rule_id": alteration.ruleID, "evidence_level": alteration.evidenceLevel.rawValue, "colour": colour(alteration.pathway),
            "vaf": alteration.records.map { VAFText.twoDecimals($0.vaf) }.joined(separator: ", "),
            "depth": alteration.records.map { $0.depth.map(String.init) ?? "-" }.joined(separator: ", "),
            "variants": alteration.records.map { UntrustedText.abbreviatedVariant($0.variant) }.joined(separator: ", "),
            "filters": alteration.records.map(\.filter).joined(separator: ", "),
            "segment": alteration.segment.map { "\($0.contig):\($0.start)-\($0.end), \($0.summary)" } ?? "",
            "clonality": alteration.clonality.map { ($0.subclonal ? "subclonal: " : "clonal: ") + $0.summary } ?? "",
            // Only web links become links: a knowledge base cannot put a script URL in the page.
            "sources": alteration.sources.map { source -> [String: Any] in
                let isWeb = source.url.hasPrefix("https://") || source.url.hasPrefix("http://")
                return ["id": source.id, "url": isWeb ? source.url : "", "citation": source.citation]
            },
        ]
    }
}

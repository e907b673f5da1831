import Foundation
import Mustache
import Profile

/// The self-contained HTML report (styles inline, no script, nothing fetched) for one run or a
/// cohort: run metadata, suggested-group counts, an oncoprint-style matrix of samples × genes coloured
/// by pathway, and a drill-down per sample. Rendered by a Mustache template, which HTML-escapes every
/// value, so sample names and INFO strings from the input are shown as text.
public enum HTMLReport {
    /// Cell colours of the matrix, per knowledge-base pathway; others are grey.
    static let pathwayColours = ["ABL-class": "#7570b3", "IL7R/JAK-STAT": "#1b9e77", "RAS/MAPK": "#d95f02"]
    static let otherColour = "#8c8c8c"

    public static func render(_ reports: [MatchReport]) throws -> String {
        try MustacheTemplate(string: HTMLTemplate.page).render(context(reports))
    }

    /// The template's values: plain dictionaries, arrays and strings, in a fixed order.
    static func context(_ reports: [MatchReport]) -> [String: Any] {
        let genes = CohortSummary.genes(reports)
        let samples = reports.flatMap { report in report.samples.map { (run: report.run, profile: $0) } }
        let pathways = Set(samples.flatMap { $0.profile.alterations.map(\.pathway) }).sorted()
        let runs = reports.map(\.run)
        return [
            "title": samples.count == 1 ? "hemimatch: \(samples[0].profile.sample)" : "hemimatch: cohort of \(samples.count) samples",
            "tool_version": Set(runs.map(\.toolVersion)).sorted().joined(separator: ", "),
            "knowledge_base_version": Set(runs.map(\.knowledgeBaseVersion)).sorted().joined(separator: ", "),
            "genome_build": Set(runs.map(\.genomeBuild)).sorted().joined(separator: ", "),
            "sample_count": samples.count,
            "inputs": runs.flatMap(\.inputs).map { ["path": $0.path, "role": $0.role, "format": $0.format, "sha256": $0.sha256 ?? "-"] },
            "group_counts": CohortSummary.groupCounts(reports).map { ["group": $0.group, "samples": $0.samples] },
            "genes": genes,
            "legend": pathways.map { ["pathway": $0, "colour": colour($0)] },
            "rows": samples.enumerated().map { index, sample in
                row(sample.profile, genes: genes, anchor: "sample-\(index + 1)")
            },
            "details": samples.enumerated().map { index, sample in
                detail(sample.profile, run: sample.run, anchor: "sample-\(index + 1)")
            },
        ]
    }

    static func colour(_ pathway: String) -> String { pathwayColours[pathway] ?? otherColour }

    /// One matrix row: a cell per gene naming the sample's alterations in it.
    private static func row(_ profile: SampleProfile, genes: [String], anchor: String) -> [String: Any] {
        let cells = genes.map { gene -> [String: Any] in
            let found = profile.alterations.filter { $0.gene == gene }
            guard let first = found.first else { return ["empty": true] }
            return ["text": found.map(\.alteration).joined(separator: ", "), "colour": colour(first.pathway), "pathway": first.pathway]
        }
        return ["sample": profile.sample, "anchor": anchor, "suggested_group": profile.suggestedGroup,
                "candidate_groups": profile.candidateGroups.joined(separator: ", "), "cells": cells]
    }

    /// One sample's drill-down.
    private static func detail(_ profile: SampleProfile, run: RunMetadata, anchor: String) -> [String: Any] {
        [
            "sample": profile.sample, "anchor": anchor, "input": run.input, "suggested_group": profile.suggestedGroup,
            "candidates": profile.candidates.map { candidate -> [String: Any] in
                ["group": candidate.group, "rank": candidate.rank, "evidence_level": candidate.evidenceLevel,
                 "max_vaf": VAFText.twoDecimals(candidate.maxVAF), "basis": candidate.basis.joined(separator: "; ")]
            },
            "alterations": profile.alterations.map(alteration),
            "exclusions": profile.exclusions.map(alteration),
            "near_misses": profile.nearMisses.map(alteration),
            "excluded_groups": profile.excludedGroups.joined(separator: ", "),
            "other_findings": profile.otherFindings,
            "flags": profile.flags.map { ["code": $0.code.rawValue, "message": $0.message] },
            "has_candidates": !profile.candidates.isEmpty, "has_alterations": !profile.alterations.isEmpty,
            "has_exclusions": !profile.exclusions.isEmpty, "has_near_misses": !profile.nearMisses.isEmpty,
            "has_flags": !profile.flags.isEmpty, "has_other_findings": !profile.otherFindings.isEmpty,
            "tool_version": run.toolVersion, "knowledge_base_version": run.knowledgeBaseVersion, "genome_build": run.genomeBuild,
        ]
    }

    private static func alteration(_ alteration: Alteration) -> [String: Any] {
        [
            "gene": alteration.gene, "alteration": alteration.alteration, "groups": alteration.groups.joined(separator: ", "),
            "rule_id": alteration.ruleID, "evidence_level": alteration.evidenceLevel, "colour": colour(alteration.pathway),
            "vaf": alteration.records.map { VAFText.twoDecimals($0.vaf) }.joined(separator: ", "),
            "depth": alteration.records.map { $0.depth.map(String.init) ?? "-" }.joined(separator: ", "),
            "variants": alteration.records.map(\.variant).joined(separator: ", "),
            "filters": alteration.records.map(\.filter).joined(separator: ", "),
            // Only web links become links: a knowledge base cannot put a script URL in the page.
            "sources": alteration.sources.map { source -> [String: Any] in
                let isWeb = source.url.hasPrefix("https://") || source.url.hasPrefix("http://")
                return ["id": source.id, "url": isWeb ? source.url : "", "citation": source.citation]
            },
        ]
    }
}

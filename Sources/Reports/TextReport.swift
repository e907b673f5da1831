import FoundationEssentials
import Profile

/// The terminal report: run provenance, then per sample its suggested group, an alteration table,
/// exclusions, near-misses and flags. A near-miss a flag already states is said once, by the flag.
/// Colour only when asked (a terminal without `--no-color`).
public enum TextReport {
    public static func render(_ report: MatchReport, colored: Bool = false) -> String {
        let run = report.run
        var lines = [
            "hemimatch \(run.toolVersion) | knowledge base \(run.knowledgeBaseLabel) | \(run.genomeBuildLabel) (\(run.genomeBuildBasis?.rawValue ?? "?")) | \(run.input)",
            "records: \(run.recordsRead) read\(run.readsIndexedRegions ? " (panel regions, through the index)" : ""), \(run.recordsKept) kept (panel genes, structural), \(run.recordsFiltered) failed FILTER\(filteredNote(report))"
                + (run.readsIndexedRegions
                    ? "" : "; \(max(0, run.recordsRead - run.recordsKept)) outside the trial's genes and rules (read, not actionable here)"),
        ]
        if !run.normalSamples.isEmpty {
            lines.append("normal samples not profiled: \(run.normalSamples.joined(separator: ", "))")
        }
        if run.mode != nil { lines.append(modeLine(run)) }
        for warning in run.warnings { lines.append("warning: \(warning)") }
        // The clinical criteria no input told: once for the report, not on every sample.
        lines += NotKnown(report.samples.map { ($0.sample, $0) }).lines
        for sample in report.samples {
            lines.append("")
            lines.append(
                "sample \(sample.sample): suggested group \(sample.suggestedGroup) (candidates: \(sample.candidateGroups.joined(separator: ", ")))")
            if sample.candidates.count > 1 {
                lines.append(
                    "  board review; ranking by heuristic (evidence, then VAF): "
                        + sample.candidates.map { "\($0.rank). \($0.group) (\($0.evidenceLevel.rawValue), \(vafNote($0, sample)))" }.joined(
                            separator: ", "))
            }
            if let screen = sample.screen { lines += screenLines(screen) }
            for check in sample.checklist ?? [] {
                lines.append("  checklist \(check.group): " + NotKnown.known(check))
            }
            if let generic = sample.generic { lines.append("  \(generic.summary)") }
            defer {
                for exclusion in sample.exclusions {
                    lines.append(
                        "  excludes \(exclusion.groups.joined(separator: ", ")): \(exclusion.gene) \(exclusion.alteration) ("
                            + ([exclusion.ruleID] + exclusion.sources.map(\.citation)).joined(separator: "; ") + ")")
                }
                for miss in sample.nearMisses
                where !sample.flags.contains(where: { $0.message.hasPrefix("\(miss.gene) \(miss.alteration) (\(miss.ruleID))") }) {
                    lines.append(
                        "  near-miss for \(miss.groups.joined(separator: ", ")): \(miss.gene) \(miss.alteration) (\(miss.ruleID)): \(miss.records.map(\.filter).joined(separator: ", "))"
                    )
                }
                if !sample.otherFindings.isEmpty {
                    lines.append("  outside the trial's rules: \(sample.otherFindings.joined(separator: ", "))")
                }
                for flag in sample.flags where flag.code != .routesNotAssessable { lines.append("  flag \(flag.code.rawValue): \(flag.message)") }
            }
            guard !sample.alterations.isEmpty else {
                lines.append("  no actionable alteration")
                continue
            }
            let header = ["gene", "alteration", "group", "rule", "VAF", "variant", "sources"]
            let rows = sample.alterations.map { alteration -> [String] in
                let record = alteration.records[0]
                return [
                    alteration.gene, alteration.alteration, alteration.groups.joined(separator: ","), alteration.ruleID,
                    VAFText.twoDecimals(record.vaf) + (alteration.clonality?.subclonal == true ? " subclonal" : ""),
                    UntrustedText.abbreviatedVariant(record.variant) + (alteration.records.count > 1 ? " (+\(alteration.records.count - 1))" : ""),
                    alteration.sources.map(\.id).joined(separator: ";"),
                ]
            }
            lines += TextTable.lines([header] + rows).map { "  " + $0 }
            for alteration in sample.alterations {
                guard let segment = alteration.segment else { continue }
                lines.append(
                    "  \(alteration.gene) \(alteration.alteration): segment \(segment.contig):\(segment.start)-\(segment.end), \(segment.summary)")
            }
        }
        // Names and values from the input cannot drive the terminal; colour is added after escaping,
        // to the lines the report itself begins with "sample " (bold) and "  flag " (yellow).
        return lines.map { line in
            let safe = UntrustedText.escaped(line)
            guard colored else { return safe }
            if line.hasPrefix("sample ") { return "\u{1B}[1m\(safe)\u{1B}[0m" }
            if line.hasPrefix("  flag ") { return "\u{1B}[33m\(safe)\u{1B}[0m" }
            return safe
        }.joined(separator: "\n") + "\n"
    }

    /// What was screened, part by part (what a missing part could change is said once, by the
    /// `screen-incomplete` flag).
    static func screenLines(_ screen: SampleScreen) -> [String] {
        let parts = [
            ("small variants", screen.smallVariants), ("rearrangements", screen.rearrangements),
            ("copy number", screen.copyNumber), ("clinical", screen.clinical),
        ]
        return ["  screen: " + parts.map { "\($0.0) \($0.1.status.rawValue) (\($0.1.basis))" }.joined(separator: "; ")]
    }

    /// Which kind of input it was, and so what protects the profile from inherited alleles.
    /// How many of the records that failed FILTER would have qualified (the near-misses), so that a
    /// file's many filtered records are not all called near-misses.
    static func filteredNote(_ report: MatchReport) -> String {
        guard report.run.recordsFiltered > 0 else { return "" }
        let nearMisses = Set(report.samples.flatMap(\.nearMisses).flatMap(\.records).filter { $0.filter != "PASS" }.map(\.variant)).count
        return nearMisses == 0 ? " (none would qualify)" : " (\(nearMisses) would qualify: near-miss\(nearMisses == 1 ? "" : "es"))"
    }

    /// A candidate's VAF in the ranking, or why it has none (a fusion, a copy-number change or a
    /// structural record carries no allele fraction, so the heuristic ranks it after measured ones).
    static func vafNote(_ candidate: CandidateGroup, _ sample: SampleProfile) -> String {
        if let vaf = candidate.maxVAF { return "VAF \(VAFText.twoDecimals(vaf))" }
        let kinds = Set(
            sample.alterations.filter { $0.groups.contains(candidate.group) }.map { alteration in
                alteration.segment != nil ? "copy number" : alteration.alteration.contains("::") ? "fusion" : "structural record"
            }
        ).sorted()
        return "no VAF: \(kinds.joined(separator: ", "))"
    }

    static func modeLine(_ run: RunMetadata) -> String {
        if run.mode == .tumorNormal {
            return
                "mode: tumor/normal (normal: \(run.normalSamples.joined(separator: ", "))): an allele with VAF >= \(run.germlineNormalVAF ?? 0) in the normal is germline, not an alteration"
        }
        let names = run.populationAFFields ?? []
        let fields =
            names.isEmpty
            ? "no population-frequency field in this file"
            : names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", ..." : "")
        return
            "mode: tumor-only (no matched normal): inherited alleles are screened by population frequency > \(run.maxPopulationAF ?? 0) (\(fields)) and the polymorphism table only; a rare inherited variant cannot be told from a somatic one"
    }
}

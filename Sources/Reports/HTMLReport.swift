import FoundationEssentials
import Profile
import Tables

/// The self-contained HTML report (styles inline, no script, nothing fetched) for one run or a
/// cohort: run metadata, suggested-group counts, an oncoprint-style matrix of samples × genes coloured
/// by pathway, and a drill-down per sample. Every value goes into the page through `HTMLText.escaped`,
/// so sample names and INFO strings from the input are shown as text.
public enum HTMLReport {
    /// Cell colours of the matrix, per knowledge-base pathway; others are grey.
    static let pathwayColours = ["ABL-class": "#7570b3", "IL7R/JAK-STAT": "#1b9e77", "RAS/MAPK": "#d95f02"]
    static let otherColour = "#8c8c8c"
    /// Cells of excluded alterations and near-misses: drawn unlike any live target.
    static let excludedColour = "#6b6b6b"
    static let nearMissColour = "#b8b8b8"

    /// The page for `reports`; `failures` are the cohort's files that gave no report (`--keep-going`).
    public static func render(_ reports: [MatchReport], failures: [CohortFailure] = []) throws -> String {
        // Genes of alterations, exclusions and near-misses: what was excluded or missed is shown too.
        let genes = Set(reports.flatMap { $0.samples.flatMap { ($0.alterations + $0.exclusions + $0.nearMisses).map(\.gene) } }).sorted()
        let labels = CohortSummary.labels(reports)
        let samples = zip(reports, labels).flatMap { report, names in
            zip(report.samples, names).map { (run: report.run, profile: $0, label: $1) }
        }
        let pathways = Set(samples.flatMap { $0.profile.alterations.map(\.pathway) }).sorted()
        let runs = reports.map(\.run)
        let notKnown = NotKnown(samples.map { ($0.label, $0.profile) }).lines
        let toolVersions = Set(runs.map(\.toolVersion)).sorted().joined(separator: ", ")
        var page: HTMLText = ""
        page += HTMLTemplate.head(
            title: samples.count == 1 ? "hemimatch: \(samples[0].profile.sample)" : "hemimatch: cohort of \(samples.count) samples",
            toolVersion: toolVersions)
        page += "<p class=\"meta\">hemimatch \(toolVersions) | knowledge base \(Set(runs.map(\.knowledgeBaseLabel)).sorted().joined(separator: ", "))"
        page +=
            " | \(Set(runs.map(\.genomeBuildLabel)).sorted().joined(separator: ", ")) | \(samples.count) \(samples.count == 1 ? "sample" : "samples")</p>"
        if !failures.isEmpty {
            page += "\n<h2>Files that gave no report</h2>\n"
            page += "<p class=\"meta\">cohort --keep-going: these files failed, and their samples are not in this report.</p>\n"
            page += "<table class=\"failures\"><tr><th>file</th><th>exit code</th><th>class</th><th>message</th></tr>\n"
            for failure in failures {
                page += "<tr><td>\(failure.file)</td><td>\(failure.exitCode)</td><td>\(failure.exitClass)</td><td>\(failure.message)</td></tr>\n"
            }
            page += "</table>"
        }
        // Said once for the page, not on every sample.
        if !notKnown.isEmpty {
            page += "\n<h2>Not known</h2>\n"
            page += "<p class=\"meta\">Clinical criteria no input told, said once for the page: each bars no arm; the board checks it.</p>\n"
            page += "<ul class=\"not-known\">"
            for line in notKnown { page += "<li>\(line)</li>" }
            page += "</ul>"
        }
        page += "\n"
        // A single sample's page has no cohort overview (group counts, matrix): only its section.
        if samples.count > 1 {
            overview(&page, reports, genes: genes, pathways: pathways, samples: samples.map { ($0.profile, $0.label) })
        }
        page += "\n<h2>Samples</h2>\n"
        for (index, sample) in samples.enumerated() {
            detail(&page, sample.profile, label: sample.label, run: sample.run, anchor: "sample-\(index + 1)")
        }
        page += "\n<h2>Run</h2>\n<table><tr><th>input</th><th>role</th><th>format</th><th>sha256</th></tr>\n"
        for input in runs.flatMap(\.inputs) {
            page += "<tr><td>\(input.path)</td><td>\(input.role.rawValue)</td><td>\(input.format)</td><td>\(input.sha256 ?? "-")</td></tr>\n"
        }
        page += "</table>\n</body>\n</html>\n"
        return page.text
    }

    static func colour(_ pathway: String) -> String { pathwayColours[pathway] ?? otherColour }

    /// The cohort's group counts and its matrix of samples × genes.
    private static func overview(
        _ page: inout HTMLText, _ reports: [MatchReport], genes: [String], pathways: [String], samples: [(profile: SampleProfile, label: String)]
    ) {
        let counts = CohortSummary.groupCounts(reports)
        page += "\n<h2>Suggested groups</h2>\n<table class=\"counts\">\n<tr>"
        for count in counts { page += "<th>\(count.group)</th>" }
        page += "</tr>\n<tr>"
        for count in counts { page += "<td>\(count.samples)</td>" }
        page += "</tr>\n</table>\n\n<h2>Alterations by sample and gene</h2>\n<p class=\"meta\">"
        for pathway in pathways { page += "<span class=\"swatch\" style=\"background: \(colour(pathway))\"></span>\(pathway)" }
        page += "</p>\n"
        page += HTMLTemplate.matrixKey
        page += "<div class=\"scroll\">\n<table class=\"matrix\">\n"
        page += "<thead><tr><th>sample</th><th>group</th><th>screen</th><th>candidates</th><th>why A</th><th>exclusions</th><th>flags</th>"
        for gene in genes { page += "<th>\(gene)</th>" }
        page += "</tr></thead>\n<tbody>\n"
        for (index, sample) in samples.enumerated() {
            row(&page, sample.profile, label: sample.label, genes: genes, anchor: "sample-\(index + 1)")
        }
        page += "</tbody>\n</table>\n</div>\n"
    }

    /// One matrix row: a cell per gene naming the sample's alterations in it (coloured by pathway),
    /// its exclusions (struck through, grey) and its near-misses (dashed); the sample's exclusions and flags.
    private static func row(_ page: inout HTMLText, _ profile: SampleProfile, label: String, genes: [String], anchor: String) {
        let screen = profile.screen.map { $0.isComplete ? "complete" : $0.summary } ?? ""
        let flags = profile.flags.map(\.code.rawValue).filter { $0 != ProfileFlag.Code.routesNotAssessable.rawValue }
        page += "<tr data-sample=\"\(label)\"><td><a href=\"#\(anchor)\">\(label)</a></td><td class=\"group\">\(profile.suggestedGroup)</td>"
        page += "<td class=\"screen\">\(screen)</td><td>\(profile.candidateGroups.joined(separator: ", "))</td>"
        page += "<td>\(profile.generic?.reason.rawValue ?? "")</td><td>\(profile.exclusions.map(\.asExclusion).joined(separator: "; "))</td>"
        page += "<td>\(flags.joined(separator: ", "))</td>"
        for gene in genes {
            if let cell = cell(profile, gene: gene) {
                page += "<td class=\"\(cell.kind)\" style=\"background: \(cell.colour)\" title=\"\(cell.title)\">\(cell.text)</td>"
            } else {
                page += "<td class=\"none\"></td>"
            }
        }
        page += "</tr>\n"
    }

    /// A matrix cell: the sample's alterations in `gene`, else its exclusions, else its near-misses.
    private static func cell(_ profile: SampleProfile, gene: String) -> (text: String, colour: String, title: String, kind: String)? {
        let found = profile.alterations.filter { $0.gene == gene }
        if let first = found.first {
            // An alteration whose every group an exclusion bars is no live target.
            let barred = found.allSatisfy { Set($0.groups).isSubset(of: profile.excludedGroups) }
            return (
                found.map(\.alteration).joined(separator: ", "), barred ? excludedColour : colour(first.pathway),
                barred ? "excluded: group \(profile.excludedGroups.joined(separator: ", ")) barred" : first.pathway, barred ? "cell excluded" : "cell"
            )
        }
        let excluded = profile.exclusions.filter { $0.gene == gene }
        if !excluded.isEmpty {
            return (
                excluded.map(\.alteration).joined(separator: ", "), excludedColour,
                "exclusion (bars \(excluded.flatMap(\.groups).joined(separator: ", ")))", "cell excluded"
            )
        }
        let missed = profile.nearMisses.filter { $0.gene == gene }
        guard !missed.isEmpty else { return nil }
        return (
            missed.map(\.alteration).joined(separator: ", "), nearMissColour,
            "near-miss: " + missed.flatMap { $0.records.map(\.filter) }.joined(separator: ", "), "cell near-miss"
        )
    }

    /// One sample's drill-down.
    private static func detail(_ page: inout HTMLText, _ profile: SampleProfile, label: String, run: RunMetadata, anchor: String) {
        page += "<details id=\"\(anchor)\" open>\n<summary>\(label): suggested group \(profile.suggestedGroup)</summary>\n"
        page +=
            "<p class=\"meta\">input \(run.input) | hemimatch \(run.toolVersion) | knowledge base \(run.knowledgeBaseLabel) | \(run.genomeBuildLabel)</p>\n"
        for part in profile.screen.map({ TextReport.screenLines($0).map { $0.trimmed() } }) ?? [] { page += "<p class=\"screen\">\(part)</p>" }
        page += "\n"
        if profile.candidates.isEmpty {
            page += "<p class=\"generic\">\(profile.generic?.summary ?? "")</p>"
        } else {
            page += "<h3>Candidate groups</h3>\n"
            page += "<table><tr><th>rank</th><th>group</th><th>evidence level</th><th>highest VAF</th><th>basis</th></tr>\n"
            for candidate in profile.candidates {
                page += "<tr><td>\(candidate.rank)</td><td class=\"group\">\(candidate.group)</td><td>\(candidate.evidenceLevel.rawValue)</td>"
                page += "<td>\(VAFText.twoDecimals(candidate.maxVAF))</td><td>\(candidate.basis.joined(separator: "; "))</td></tr>\n"
            }
            page += "</table>\n"
        }
        page += "\n"
        // Known criteria per sample; those not known are said once for the page.
        let checks = (profile.checklist ?? []).flatMap { check in check.items.filter { $0.status != .notKnown }.map { (group: check.group, item: $0) }
        }
        if !checks.isEmpty {
            page += "<h3>Checklist (clinical sheet)</h3>\n"
            page += "<table class=\"checklist\"><tr><th>group</th><th>criterion</th><th>status</th><th>evidence</th></tr>\n"
            for check in checks {
                page += "<tr><td class=\"group\">\(check.group)</td><td>\(check.item.criterion)</td>"
                page += "<td class=\"\(check.item.status.rawValue)\">\(check.item.status.rawValue)</td><td>\(check.item.evidence)</td></tr>\n"
            }
            page += "</table>\n"
        }
        if !profile.alterations.isEmpty {
            page += "<h3>Alterations</h3>\n<table><tr><th>gene</th><th>alteration</th><th>groups</th><th>VAF</th><th>depth</th>"
            page += "<th>evidence level</th><th>rule</th><th>variant</th><th>segment</th><th>clonality</th><th>sources</th></tr>\n"
            for alteration in profile.alterations {
                page +=
                    "<tr><td><span class=\"swatch\" style=\"background: \(colour(alteration.pathway)); margin-left: 0\"></span>\(alteration.gene)</td>"
                page += "<td>\(alteration.alteration)</td><td>\(alteration.groups.joined(separator: ", "))</td><td>\(vafs(alteration))</td>"
                page += "<td>\(depths(alteration))</td><td>\(alteration.evidenceLevel.rawValue)</td><td>\(alteration.ruleID)</td>"
                page += "<td>\(variants(alteration))</td><td>\(segment(alteration))</td><td>\(clonality(alteration))</td><td>"
                for source in alteration.sources { page += "<a href=\"\(webLink(source))\" title=\"\(source.citation)\">\(source.id)</a> " }
                page += "</td></tr>\n"
            }
            page += "</table>\n"
        }
        if !profile.exclusions.isEmpty {
            page += "<h3>Exclusions (excluded groups: \(profile.excludedGroups.joined(separator: ", ")))</h3>\n"
            page +=
                "<table><tr><th>gene</th><th>alteration</th><th>excludes</th><th>VAF</th><th>rule</th><th>variant</th><th>registry criterion</th></tr>\n"
            for exclusion in profile.exclusions {
                page += "<tr><td>\(exclusion.gene)</td><td>\(exclusion.alteration)</td><td>\(exclusion.groups.joined(separator: ", "))</td>"
                page += "<td>\(vafs(exclusion))</td><td>\(exclusion.ruleID)</td><td>\(variants(exclusion))</td><td>"
                for source in exclusion.sources { page += "<a href=\"\(webLink(source))\">\(source.id)</a>: \(source.citation) " }
                page += "</td></tr>\n"
            }
            page += "</table>\n"
        }
        if !profile.nearMisses.isEmpty {
            page += "<h3>Near-misses</h3>\n<table><tr><th>gene</th><th>alteration</th><th>groups</th><th>VAF</th><th>depth</th>"
            page += "<th>FILTER or reason</th><th>rule</th><th>variant</th><th>segment</th></tr>\n"
            for miss in profile.nearMisses {
                page += "<tr><td>\(miss.gene)</td><td>\(miss.alteration)</td><td>\(miss.groups.joined(separator: ", "))</td><td>\(vafs(miss))</td>"
                page += "<td>\(depths(miss))</td><td>\(miss.records.map(\.filter).joined(separator: ", "))</td><td>\(miss.ruleID)</td>"
                page += "<td>\(variants(miss))</td><td>\(segment(miss))</td></tr>\n"
            }
            page += "</table>\n"
        }
        if !profile.otherFindings.isEmpty {
            page += "<h3>Other findings</h3><ul>"
            for finding in profile.otherFindings { page += "<li>\(finding)</li>" }
            page += "</ul>"
        }
        page += "\n"
        // The routes-not-assessable note is said once for the page (`not_known`).
        let flags = profile.flags.filter { $0.code != .routesNotAssessable }
        if !flags.isEmpty {
            page += "<h3>Flags</h3>\n<ul>"
            for flag in flags { page += "<li><b>\(flag.code.rawValue)</b>: \(flag.message)</li>" }
            page += "</ul>\n"
        }
        page += "</details>\n"
    }

    private static func vafs(_ alteration: Alteration) -> String {
        alteration.records.map { VAFText.twoDecimals($0.vaf) }.joined(separator: ", ")
    }

    private static func depths(_ alteration: Alteration) -> String {
        alteration.records.map { $0.depth.map(String.init) ?? "-" }.joined(separator: ", ")
    }

    private static func variants(_ alteration: Alteration) -> String {
        alteration.records.map { UntrustedText.abbreviatedVariant($0.variant) }.joined(separator: ", ")
    }

    private static func segment(_ alteration: Alteration) -> String {
        alteration.segment.map { "\($0.contig):\($0.start)-\($0.end), \($0.summary)" } ?? ""
    }

    private static func clonality(_ alteration: Alteration) -> String {
        alteration.clonality.map { ($0.subclonal ? "subclonal: " : "clonal: ") + $0.summary } ?? ""
    }

    /// Only a web address goes into a link: a knowledge base cannot put a script URL in the page. Any
    /// other source's link is empty (`href=""`), as the Mustache template wrote it (its `{{^url}}` text
    /// without a link was never shown: an empty string opens a Mustache section too).
    private static func webLink(_ source: Citation) -> String {
        source.url.hasPrefix("https://") || source.url.hasPrefix("http://") ? source.url : ""
    }
}

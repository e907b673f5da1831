import Foundation
import Profile
import Reports
import Testing

@Suite struct ReportTests {
    private static let report: MatchReport = {
        let record = SupportingRecord(variant: "chr12:25245350:C:T", filter: "PASS", vaf: 0.475, depth: 100)
        let kras = Alteration(
            gene: "KRAS", alteration: "p.G12D", groups: ["D"], pathway: "RAS/MAPK", ruleID: "D-KRAS-HOTSPOT",
            evidenceLevel: .named, sources: [Citation(id: "NCT05658640", citation: "registry", url: "https://x")],
            basis: "vep CSQ on ENST00000311936.8", transcript: "ENST00000311936.8",
            hgvsc: "c.35G>A", hgvsp: "p.G12D", records: [record, record])
        var run = RunMetadata()
        run.toolVersion = "9.9.9"
        run.knowledgeBaseVersion = "1.2.3"
        run.genomeBuild = "GRCh38"
        run.genomeBuildBasis = .header
        run.input = "in.vcf"
        run.transcriptPolicy = "MANE"
        run.recordsRead = 10
        run.recordsKept = 3
        run.recordsFiltered = 1
        run.normalSamples = ["N"]
        run.warnings = ["a warning"]
        let bcl2 = Alteration(
            gene: "BCL2", alteration: "p.G101V", groups: ["B", "C"], pathway: "exclusion", ruleID: "X-BCL2-VENETOCLAX",
            evidenceLevel: .named, sources: [], basis: "", transcript: "", hgvsc: "", hgvsp: "", records: [record])
        return MatchReport(
            run: run,
            samples: [
                SampleProfile(
                    sample: "T", alterations: [kras], exclusions: [bcl2],
                    otherFindings: ["DUX4::IGH", "ETV6::NTRK3", "DUX4::IGH"]),
                SampleProfile(sample: "T2", alterations: []),
            ])
    }()

    @Test func jsonKeepsThePipelineContract() throws {
        let data = try JSONReport.render(Self.report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schema_version"] as? String == "6")
        let run = try #require(object["run"] as? [String: Any])
        #expect(run["tool_version"] as? String == "9.9.9")
        #expect(run["knowledge_base_version"] as? String == "1.2.3")
        #expect(run["genome_build"] as? String == "GRCh38")
        let samples = try #require(object["samples"] as? [[String: Any]])
        #expect(samples.map { $0["sample"] as? String } == ["T", "T2"])
        #expect(samples.map { $0["suggested_group"] as? String } == ["D", "A"])
        #expect(samples.map { $0["candidate_groups"] as? [String] } == [["D"], ["A"]])
        let alteration = try #require((samples[0]["alterations"] as? [[String: Any]])?.first)
        #expect(alteration["gene"] as? String == "KRAS")
        #expect(alteration["alteration"] as? String == "p.G12D")
        #expect(alteration["groups"] as? [String] == ["D"])
        #expect(alteration["rule_id"] as? String == "D-KRAS-HOTSPOT")
        #expect(try JSONDecoder().decode(MatchReport.self, from: data) == Self.report)
    }

    /// Byte stability across processes and thread counts is the goldens' job (one process cannot see
    /// hash-order changes); here, the document ends its last line.
    @Test func jsonEndsWithANewline() throws {
        #expect(try JSONReport.render(Self.report).last == UInt8(ascii: "\n"))
    }

    @Test func textShowsProvenanceGroupsAndTheAlterationRow() {
        let lines = TextReport.render(Self.report).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "hemimatch 9.9.9 | knowledge base 1.2.3 | GRCh38 (header) | in.vcf")
        #expect(
            lines.contains(
                "records: 10 read, 3 kept (panel genes, structural), 1 failed FILTER (none would qualify); 7 outside the trial's genes and rules (read, not actionable here)"
            ))
        #expect(lines.contains("warning: a warning"))
        #expect(lines.contains("normal samples not profiled: N"))
        #expect(lines.contains("sample T: suggested group D (candidates: D)"))
        #expect(lines.contains("  KRAS  p.G12D      D      D-KRAS-HOTSPOT  0.48  chr12:25245350:C:T (+1)  NCT05658640"))
        #expect(lines.contains("sample T2: suggested group A (candidates: A)"))
        #expect(lines.contains("  no actionable alteration"))
        #expect(
            lines.contains(
                "  group A is the generic arm, not a targeted match; no-target: no alteration meets a qualifying rule of the knowledge base"))
        #expect(lines.contains("  excludes B, C: BCL2 p.G101V (X-BCL2-VENETOCLAX)"))
        #expect(lines.contains("  outside the trial's rules: DUX4::IGH, ETV6::NTRK3"))
    }

    /// Two groups, one from a fusion table (no VAF), one from a small variant; a near-miss its flag states.
    private static let review: MatchReport = {
        var run = report.run
        run.recordsFiltered = 3
        let kras = Alteration(
            gene: "KRAS", alteration: "p.G12D", groups: ["D"], pathway: "RAS/MAPK", ruleID: "D-KRAS-HOTSPOT", evidenceLevel: .named,
            sources: [], basis: "", transcript: "", hgvsc: "", hgvsp: "",
            records: [SupportingRecord(variant: "chr12:25245350:C:T", filter: "PASS", vaf: 0.29411764705882354, depth: 85)])
        let fusion = Alteration(
            gene: "PDGFRB", alteration: "EBF1::PDGFRB", groups: ["B"], pathway: "ABL-class", ruleID: "B-PDGFRB-FUSION",
            evidenceLevel: .named, sources: [], basis: "arriba fusion table", transcript: "", hgvsc: "", hgvsp: "",
            records: [SupportingRecord(variant: "fusions.tsv line 2", filter: "high", vaf: nil, depth: nil)])
        let nras = Alteration(
            gene: "NRAS", alteration: "p.Q61K", groups: ["D"], pathway: "RAS/MAPK", ruleID: "D-NRAS-HOTSPOT", evidenceLevel: .named,
            sources: [], basis: "", transcript: "", hgvsc: "", hgvsp: "",
            records: [SupportingRecord(variant: "chr1:114713909:G:T", filter: "LowQual", vaf: 0.12, depth: 34)])
        let flag = ProfileFlag(code: .filteredNearMiss, message: "NRAS p.Q61K (D-NRAS-HOTSPOT) would qualify for D but its record failed (LowQual)")
        return MatchReport(run: run, samples: [SampleProfile(sample: "T", alterations: [kras, fusion], nearMisses: [nras], flags: [flag])])
    }()

    @Test func theRankingSaysWhyAGroupHasNoVAFAndTheFilterCountSaysHowManyWouldQualify() {
        let lines = TextReport.render(Self.review).split(separator: "\n").map(String.init)
        #expect(lines.contains("  board review; ranking by heuristic (evidence, then VAF): 1. D (named, VAF 0.29), 2. B (named, no VAF: fusion)"))
        #expect(lines[1].hasPrefix("records: 10 read, 3 kept (panel genes, structural), 3 failed FILTER (1 would qualify: near-miss); "))
    }

    @Test func aNearMissItsFlagStatesIsSaidOnce() {
        let lines = TextReport.render(Self.review).split(separator: "\n").map(String.init)
        #expect(
            lines.filter { $0.contains("NRAS p.Q61K") } == [
                "  flag filtered-near-miss: NRAS p.Q61K (D-NRAS-HOTSPOT) would qualify for D but its record failed (LowQual)"
            ])
    }

    @Test func tsvWritesTheVAFToTwoDecimalsAndJSONKeepsItAsRead() throws {
        let rows = TSVReport.render(Self.review).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        let column = try #require(rows[0].firstIndex(of: "vaf"))
        #expect(rows.dropFirst().map { String($0[column]) } == ["0.29", ""])
        let json = String(decoding: try JSONReport.render(Self.review), as: UTF8.self)
        #expect(json.contains("0.29411764705882354"))
    }
}

@Suite struct CohortSummaryTests {
    private static func report(input: String, samples: [SampleProfile]) -> MatchReport {
        var run = RunMetadata()
        run.toolVersion = "9.9.9"
        run.knowledgeBaseVersion = "1.2.3"
        run.genomeBuild = "GRCh38"
        run.trialGroups = ["A", "B", "C", "D"]
        run.input = input
        return MatchReport(run: run, samples: samples)
    }

    private static func alteration(_ gene: String, _ change: String, groups: [String]) -> Alteration {
        Alteration(
            gene: gene, alteration: change, groups: groups, pathway: "", ruleID: "R-\(gene)", evidenceLevel: .named,
            sources: [], basis: "", transcript: "", hgvsc: "", hgvsp: "", records: [])
    }

    @Test func oneRowPerSampleWithGroupAndGeneColumns() {
        let first = Self.report(
            input: "a.vcf",
            samples: [
                SampleProfile(
                    sample: "S1",
                    alterations: [
                        Self.alteration("KRAS", "p.G12D", groups: ["D"]),
                        Self.alteration("KRAS", "p.G13D", groups: ["D"]),
                        Self.alteration("JAK2", "p.R683G", groups: ["C"]),
                    ])
            ])
        let screen = SampleScreen(
            smallVariants: .init(status: .assessed, basis: "vep CSQ annotation"),
            rearrangements: .init(status: .notAssessed, basis: "none", couldChange: ["B", "C"]),
            copyNumber: .init(status: .assessed, basis: "copy-number segments t.cns"),
            clinical: .init(status: .notAssessed, basis: "no clinical sheet (--clinical)"))
        let second = Self.report(input: "b\tc.vcf", samples: [SampleProfile(sample: "S2", alterations: [], screen: screen)])
        let rows = CohortSummary.render([first, second]).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(rows.count == 3)
        #expect(
            rows[0] == [
                "input", "sample", "suggested_group", "candidate_groups", "group_A", "group_B", "group_C", "group_D",
                "alterations", "flags", "gene_JAK2", "gene_KRAS", "tool_version", "knowledge_base_version", "genome_build",
                "screen_small_variants", "screen_rearrangements", "screen_copy_number", "screen_clinical", "screen_could_change",
                "checklist_met", "checklist_not_met", "checklist_not_known",
            ])
        #expect(
            rows[1] == [
                "a.vcf", "S1", "review", "C,D", "0", "0", "1", "1", "3", "", "1", "2", "9.9.9", "1.2.3", "GRCh38", "", "", "", "", "", "", "", "",
            ])
        #expect(
            rows[2] == [
                "b c.vcf", "S2", "incomplete", "A", "1", "0", "0", "0", "0", "screen-incomplete", "0", "0", "9.9.9", "1.2.3", "GRCh38",
                "assessed", "not-assessed", "assessed", "not-assessed", "B,C", "", "", "",
            ])
        let counts = CohortSummary.groupCounts([first, second])
        #expect(counts.map(\.group) == ["A", "B", "C", "D", "review", "incomplete", "none"])
        #expect(counts.map(\.samples) == [0, 0, 0, 0, 1, 1, 0])
    }

    /// The cohort table's group columns are the knowledge base's letters the reports carry; reports
    /// written before they carried them give the letters their samples were given.
    @Test func cohortGroupColumnsComeFromTheReports() {
        let record = SupportingRecord(variant: "chr12:25227341:T:G", filter: "PASS", vaf: 0.3, depth: 60)
        let q61 = Alteration(
            gene: "KRAS", alteration: "p.Q61H", groups: ["E"], pathway: "RAS/MAPK", ruleID: "FIX-E-KRAS-Q61",
            evidenceLevel: .named, sources: [], basis: "", transcript: "", hgvsc: "", hgvsp: "", records: [record])
        var run = RunMetadata()
        run.input = "fixture.vcf"
        run.trialGroups = ["A", "D", "E"]
        let report = MatchReport(run: run, samples: [SampleProfile(sample: "ONE", alterations: [q61])])
        let lines = CohortSummary.render([report]).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(Array(lines[0][4...6]) == ["group_A", "group_D", "group_E"])
        #expect(Array(lines[1][4...6]) == ["0", "0", "1"])
        #expect(CohortSummary.groupCounts([report]).map(\.group) == ["A", "D", "E", "review", "incomplete", "none"])
        run.trialGroups = nil
        #expect(CohortSummary.groups([MatchReport(run: run, samples: [SampleProfile(sample: "ONE", alterations: [q61])])]) == ["E"])
    }
}

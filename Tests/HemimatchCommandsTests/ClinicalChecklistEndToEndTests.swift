import Foundation
import HemimatchTestSupport
import Testing

/// Issue 26's done-when cases through the command line, in process: `match --clinical` on an annotated
/// GRCh38 tumor with a fusion table and a copy-number file (a complete molecular screen, so that only the
/// sheet decides), the order of precedence of docs/decision.md, and the checklist in every format.
@Suite struct ClinicalChecklistEndToEndTests {
    static let header = "sample\tage_at_diagnosis_years\tage_years\tweight_kg\tprior_therapy\tcrlf2_overexpression\tdasatinib_ic50_nm"
    static let krasG12D = "chr12\t25245350\t.\tC\tT\t60\tPASS\tCSQ=T|missense_variant|KRAS|ENST00000311936.8|c.35G>A|p.Gly12Asp|YES\tGT:AD\t0/1:40,30"
    static let nothing = "chr1\t1000000\t.\tA\tG\t60\tPASS\tCSQ=G|missense_variant|OTHER|ENST00000000001.1|c.1A>G|p.Met1Val|YES\tGT:AD\t0/1:40,30"
    /// PTPN11 T73I, a constitutional RASopathy allele (germline_classes.tsv): in a file without a normal, D with `review`.
    static let ptpn11T73I =
        "chr12\t112450398\t.\tC\tT\t60\tPASS\tCSQ=T|missense_variant|PTPN11|ENST00000351677.7|c.218C>T|p.Thr73Ile|YES\tGT:AD\t0/1:70,30"

    static func vcf(_ record: String) -> String {
        AnnotatedVCF.lines([record]).joined(separator: "\n") + "\n"
    }

    /// A fusion of genes no rule names and a flat segment far from the panel: rearrangements and copy number assessed.
    static let fusions =
        "#FusionName\tJunctionReadCount\tSpanningFragCount\tSpliceType\tLeftGene\tLeftBreakpoint\tRightGene\tRightBreakpoint\n"
        + "GENEA--GENEB\t10\t5\tONLY_REF_SPLICE\tGENEA^ENSG1\tchr1:2000000:+\tGENEB^ENSG2\tchr1:3000000:+\n"
    static let cnv = "chromosome\tstart\tend\tgene\tlog2\tcn\tdepth\tprobes\tweight\nchr1\t1000000\t2000000\t-\t0.01\t2\t100\t50\t10\n"

    /// The one sample's JSON profile for `record` with the sheet row `row` (after `TUMOR\t`); without
    /// `complete`, no fusion table or copy-number file (an incomplete screen).
    func profile(_ record: String, _ row: String, complete: Bool = true) throws -> ReportJSON.Sample {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = folder.appendingPathComponent("sheet.tsv")
        try (Self.header + "\nTUMOR\t" + row + "\n").write(to: sheet, atomically: true, encoding: .utf8)
        return try Hemimatch.profile(
            Self.vcf(record), fusions: complete ? Self.fusions : nil, cnv: complete ? Self.cnv : nil,
            extra: ["--clinical", sheet.path])
    }

    func unmet(_ sample: ReportJSON.Sample, _ group: String) -> [String] {
        sample.checklist?.first { $0.group == group }?.items.filter { $0.status == "not-met" && !$0.route }.map(\.criterion) ?? []
    }

    @Test func anInfantIsNotSuggestedD() throws {
        let infant = try profile(Self.krasG12D, "0.5\t3\t14\t\t\t")
        #expect(infant.suggested_group == "none", "A asks 4 years at first diagnosis too")
        #expect(infant.candidate_groups.isEmpty)
        #expect(infant.excluded_groups == ["D"])
        #expect(unmet(infant, "D") == ["NCT05658640 inclusion 1"])
        #expect(
            infant.flags.filter { $0.code == "clinical-criterion-not-met" }.map(\.message) == [
                "group A is not suggested: NCT05740449 inclusion 1 (4 to 18 years of age at first diagnosis): age at first diagnosis 0.5 years not >= 4 years; NCT05740449 inclusion 1 (body weight at least 20 kg): weight 14 kg not >= 20 kg",
                "group B is not suggested: NCT05751044 inclusion 1 (between 1 year (>= 12 months) and 18 years of age at first diagnosis): age at first diagnosis 0.5 years not >= 1 years",
                "group C is not suggested: NCT05745714 inclusion 1 (between 1 year (>= 12 months) and 18 years of age at first diagnosis): age at first diagnosis 0.5 years not >= 1 years",
                "group D is not suggested: NCT05658640 inclusion 1 (between 1 year (>= 12 months) and 18 years of age at first diagnosis): age at first diagnosis 0.5 years not >= 1 years",
            ])
        #expect(!infant.flags.contains { $0.code == "routes-not-assessable" }, "the checklist says each criterion")
        #expect(try profile(Self.krasG12D, "5\t7\t20\t\t\t").suggested_group == "D")
    }

    @Test func priorTrametinibBarsD() throws {
        let treated = try profile(Self.krasG12D, "5\t7\t20\tdexamethasone+trametinib\t\t")
        #expect(treated.suggested_group == "A")
        #expect(treated.candidate_groups == ["A"])
        #expect(treated.excluded_groups == ["D"])
        #expect(unmet(treated, "D") == ["NCT05658640 exclusion 15"])
    }

    @Test func dasatinibWithVenetoclaxTogetherBarsBSeparatelyDoesNot() throws {
        let together = try profile(Self.nothing, "5\t7\t20\tdasatinib+venetoclax;cytarabine\t\t4")
        #expect(together.suggested_group == "A")
        #expect(together.excluded_groups == ["B"])
        #expect(unmet(together, "B") == ["NCT05751044 exclusion 10"])
        let apart = try profile(Self.nothing, "5\t7\t20\tdasatinib;venetoclax\t\t4")
        #expect(apart.suggested_group == "B")
        #expect(unmet(apart, "B").isEmpty)
    }

    @Test func anIC50Of4nMMakesBACandidate() throws {
        let sample = try profile(Self.nothing, "5\t7\t20\t\t\t4")
        #expect(sample.suggested_group == "B")
        #expect(sample.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == ["dasatinib ex-vivo IC50 4 nM B-inclusion-6"])
        #expect(sample.alterations.first?.sources.map(\.id) == ["NCT05751044"])
        #expect(try profile(Self.nothing, "5\t7\t20\t\t\t12").suggested_group == "A", "12 nM is not below 10 nM")
    }

    @Test func crlf2OverexpressionMakesCACandidate() throws {
        let sample = try profile(Self.nothing, "5\t7\t20\t\tyes\t")
        #expect(sample.suggested_group == "C")
        #expect(sample.alterations.map(\.rule_id) == ["C-inclusion-5"])
        #expect(
            sample.flags.filter { $0.code == "arm-not-recruiting" }.map(\.message)
                == ["group C: not-yet-recruiting (as of 2025-07; NCT05745714): the arm is not recruiting; confirm with the sponsor before referring"])
        #expect(try profile(Self.nothing, "5\t7\t20\t\tno\t").suggested_group == "A", "no overexpression bars nothing and qualifies for nothing")
    }

    @Test("diagnosed at 2 with nothing targetable: none on a complete screen, incomplete while B, C or D could still be found; never A")
    func aChildFirstDiagnosedAt2WithNothingTargetableIsNotSuggestedA() throws {
        let complete = try profile(Self.nothing, "2\t5\t18\t\t\t")
        #expect(complete.suggested_group == "none")
        #expect(complete.candidate_groups.isEmpty)
        #expect(complete.generic == nil)
        #expect(unmet(complete, "A") == ["NCT05740449 inclusion 1", "NCT05740449 inclusion 1"])
        let open = try profile(Self.nothing, "2\t5\t18\t\t\t", complete: false)
        #expect(open.suggested_group == "incomplete")
        #expect(open.candidate_groups.isEmpty)
    }

    @Test("precedence: a constitutional allele forces review, also for a child barred from every arm")
    func aForcedReviewBeatsNone() throws {
        let fits = try profile(Self.ptpn11T73I, "5\t7\t20\t\t\t")
        #expect(fits.suggested_group == "review")
        #expect(fits.candidate_groups == ["D"])
        #expect(fits.review_reasons.map(\.reason) == ["germline-rasopathy"], "the report stores why review was forced")
        #expect(fits.review_reasons.first?.gene == "PTPN11")
        let infant = try profile(Self.ptpn11T73I, "0.5\t3\t14\t\t\t")
        #expect(infant.suggested_group == "review", "germline-rasopathy is never hidden behind 'none'")
        #expect(infant.candidate_groups.isEmpty)
        #expect(infant.excluded_groups == ["D"])
        #expect(infant.flags.contains { $0.code == "germline-rasopathy" })
        #expect(infant.review_reasons.map(\.reason) == ["germline-rasopathy"])
    }

    @Test func theSheetsBlastFractionFeedsTheClonalityCue() throws {
        // KRAS G12D at VAF 30/70 = 0.43: clonal; at a blast fraction of 0.2 still clonal, and the cue reads the sheet's value.
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = folder.appendingPathComponent("sheet.tsv")
        let low = "chr12\t25245350\t.\tC\tT\t60\tPASS\tCSQ=T|missense_variant|KRAS|ENST00000311936.8|c.35G>A|p.Gly12Asp|YES\tGT:AD\t0/1:93,7"
        try (Self.header + "\tblast_fraction\nTUMOR\t5\t7\t20\t\t\t\t0.15\n").write(to: sheet, atomically: true, encoding: .utf8)
        // VAF 0.07: below the default 0.10 cut (subclonal), above 0.5 x 0.15 / 2 = 0.0375 with the sheet's blasts (clonal).
        let withBlasts = try Hemimatch.profile(Self.vcf(low), fusions: Self.fusions, cnv: Self.cnv, extra: ["--clinical", sheet.path])
        #expect(withBlasts.alterations.first?.clonality?.subclonal == false)
        let without = try Hemimatch.profile(Self.vcf(low), fusions: Self.fusions, cnv: Self.cnv)
        #expect(without.alterations.first?.clonality?.subclonal == true)
        try (Self.header + "\tblast_fraction\nTUMOR\t5\t7\t20\t\t\t\t15\n").write(to: sheet, atomically: true, encoding: .utf8)
        let input = folder.appendingPathComponent("t.vcf")
        try Self.vcf(low).write(to: input, atomically: true, encoding: .utf8)
        let bad = try Hemimatch.run([input.path, "--clinical", sheet.path])
        #expect(bad.status == 65)
        #expect(bad.stderr == "hemimatch: \(sheet.path) line 2: column blast_fraction '15' is not a fraction above 0 and at most 1\n")
    }

    /// The checklist in the text report, TSV and HTML: known criteria per sample, what is not known once.
    @Test func theChecklistInTextTSVAndHTMLWithNotKnownSaidOnce() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("t.vcf").path
        try Self.vcf(Self.krasG12D).write(toFile: input, atomically: true, encoding: .utf8)
        let sheet = folder.appendingPathComponent("sheet.tsv").path
        try (Self.header + "\nTUMOR\t0.5\t3\t\t\t\t\n").write(toFile: sheet, atomically: true, encoding: .utf8)
        let text = try Hemimatch.run([input, "--clinical", sheet]).text.split(separator: "\n").map(String.init)
        #expect(
            text.filter { $0.hasPrefix("not known") } == [
                "not known, bars no arm (the board checks it): group A NCT05740449 inclusion 1 (body weight at least 20 kg) for TUMOR",
                "not known, bars no arm (the board checks it): group B NCT05751044 inclusion 6 (a very deep ex-vivo dasatinib IC50 below 10 nM (centralized laboratory)) for TUMOR",
                "not known, bars no arm (the board checks it): group B NCT05751044 exclusion 10 (previous dasatinib and venetoclax in combination (either drug alone is allowed)) for TUMOR",
                "not known, bars no arm (the board checks it): group C NCT05745714 inclusion 5 (CRLF2 overexpression) for TUMOR",
                "not known, bars no arm (the board checks it): group C NCT05745714 exclusion 17 (previous ruxolitinib and venetoclax in combination (either drug alone is allowed)) for TUMOR",
                "not known, bars no arm (the board checks it): group D NCT05658640 inclusion 1 (under 6 years of age at least 7 kg at enrollment) for TUMOR",
                "not known, bars no arm (the board checks it): group D NCT05658640 exclusion 15 (previous treatment with trametinib) for TUMOR",
            ])
        #expect(
            text.contains(
                "  checklist D: NCT05658640 inclusion 1 not-met (age at first diagnosis 0.5 years not >= 1 years); NCT05658640 inclusion 1 met (age at first diagnosis 0.5 years within 18 years; age 3 years < 21 years; age 3 years: the under-6 rule applies); 2 not known (above)"
            ))
        #expect(!text.contains { $0.hasPrefix("  screen incomplete") }, "the screen-incomplete flag says it once")
        #expect(!text.contains { $0.contains("routes-not-assessable") })

        let tsv = try Hemimatch.run([input, "--clinical", sheet, "--format", "tsv"]).text.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        let columns = try #require(tsv.first)
        let row = Dictionary(uniqueKeysWithValues: zip(columns, tsv[1]))
        #expect(Array(columns.suffix(3)) == ["checklist_met", "checklist_not_met", "checklist_not_known"])
        #expect(
            row["checklist_not_met"]
                == "A NCT05740449 inclusion 1: age at first diagnosis 0.5 years not >= 4 years; B NCT05751044 inclusion 1: age at first diagnosis 0.5 years not >= 1 years; C NCT05745714 inclusion 1: age at first diagnosis 0.5 years not >= 1 years; D NCT05658640 inclusion 1: age at first diagnosis 0.5 years not >= 1 years"
        )
        #expect(row["checklist_not_known"]?.hasPrefix("A NCT05740449 inclusion 1: weight not known; B NCT05751044 inclusion 6: ") == true)
        #expect(row["suggested_group"] == "none")

        let page = folder.appendingPathComponent("r.html").path
        let html = try Hemimatch.run([input, "--clinical", sheet, "--html", page])
        let body = String(decoding: try #require(html.files[page]), as: UTF8.self)
        #expect(body.components(separatedBy: "body weight at least 20 kg").count == 2, "not known is said once for the page")
        #expect(
            body.contains(
                "<td class=\"group\">D</td><td>NCT05658640 inclusion 1</td><td class=\"not-met\">not-met</td><td>age at first diagnosis 0.5 years not &gt;= 1 years</td>"
            ))
        #expect(!body.contains("routes-not-assessable"))
    }

    @Test func withoutASheetTheNoteIsSaidOncePerReportNotPerSample() throws {
        let text = try Hemimatch.run([Hemimatch.testData("tumor_normal.grch38.vcf"), "-s", "TUMOR,NORMAL"]).text
        let lines = text.split(separator: "\n")
        #expect(
            lines.filter { $0.hasPrefix("clinical criteria for TUMOR, NORMAL: not assessed without a clinical sheet row (--clinical): ") }.count == 1)
        #expect(!lines.contains { $0.contains("flag routes-not-assessable") })
    }

    /// In a cohort, a sheet row reaches one sample: a name two files share must be written as the cohort labels
    /// it (`file:sample`), so that one child's row never reaches another child's report; a row that reaches no
    /// sample is an error too (exit 64, nothing written).
    @Test func aCohortSheetRowReachesExactlyOneSample() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = Hemimatch.testData("tumor_normal.grch38.vcf"), second = Hemimatch.testData("structural.grch38.vcf")
        let sheet = folder.appendingPathComponent("sheet.tsv").path
        let out = folder.appendingPathComponent("c.jsonl").path
        try (Self.header + "\nTUMOR\t0.5\t3\t14\t\t\t\n").write(toFile: sheet, atomically: true, encoding: .utf8)
        let ambiguous = try Hemimatch.run(["cohort", first, second, "--clinical", sheet, "-o", out])
        #expect(ambiguous.status == 64)
        #expect(
            ambiguous.stderr.hasSuffix(
                "hemimatch: \(sheet): sample 'TUMOR' is in 2 files (\(first), \(second)): name its row FILE:SAMPLE, as the cohort's reports label it (\(first):TUMOR)\n"
            ), "\(ambiguous.stderr)")
        #expect(ambiguous.files[out] == nil)
        try (Self.header + "\n\(first):TUMOR\t0.5\t3\t14\t\t\t\n").write(toFile: sheet, atomically: true, encoding: .utf8)
        let labelled = try Hemimatch.run(["cohort", first, second, "--clinical", sheet, "-o", out])
        #expect(labelled.status == 0, "\(labelled.stderr)")
        let lines = String(decoding: try #require(labelled.files[out]), as: UTF8.self).split(separator: "\n")
        let groups = try lines.map { try #require(try ReportJSON.decode(Data($0.utf8)).samples.first) }.map(\.suggested_group)
        #expect(groups == ["none", "review"], "the infant's row reaches only the first file's TUMOR (its C and D barred, A too)")
        let reached = try lines.map { try #require(try ReportJSON.decode(Data($0.utf8)).samples.first).checklist != nil }
        #expect(reached == [true, false])
        try (Self.header + "\nNOBODY\t5\t7\t20\t\t\t\n").write(toFile: sheet, atomically: true, encoding: .utf8)
        let stranger = try Hemimatch.run(["cohort", first, second, "--clinical", sheet, "-o", out])
        #expect(stranger.status == 64)
        #expect(
            stranger.stderr.hasSuffix("hemimatch: \(sheet): sample 'NOBODY' is not a profiled sample of any file of the cohort\n"),
            "\(stranger.stderr)")
    }
}

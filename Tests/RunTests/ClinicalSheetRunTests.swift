import Foundation
import HemimatchTestSupport
import Knowledge
import Profile
import Reports
import Run
import Testing

/// Issue 26's done-when cases for the clinical sheet (`--clinical`), in process through `FileRun`: each
/// arm's registry criteria read against the sheet, cited by their numbers in the knowledge base.
@Suite struct ClinicalSheetRunTests {
    static let header = "sample\tage_at_diagnosis_years\tage_years\tweight_kg\tprior_therapy\tcrlf2_overexpression\tdasatinib_ic50_nm"

    /// The profile of the annotated one-tumor VCF (KRAS G12D when `g12d`), with fusion and copy-number
    /// tables (a complete molecular screen) and the sheet row `row` for TUMOR.
    func profile(g12d: Bool, _ row: String) throws -> SampleProfile {
        let folder = try TemporaryDirectory()
        let input = try folder.write("tumor.vcf", ScreenRunTests.vcf(g12d: g12d))
        let tables = try ScreenRunTests.tables(in: folder)
        var options = RunOptions()
        options.fusionTables = [tables.fusions]
        options.copyNumberFiles = [tables.cnv]
        options.clinicalSheet = try folder.write("sheet.tsv", [Self.header, "TUMOR\t" + row])
        return try #require(try FileRun(knowledgeBase: shippedKnowledgeBase, options: options).report(input: input, threads: 1).samples.first)
    }

    @Test func anInfantIsNotSuggestedD() throws {
        let infant = try profile(g12d: true, "0.5\t3\t14\t\t\t")
        #expect(infant.suggestedGroup == "none", "A needs 4 years at diagnosis too")
        #expect(infant.candidateGroups.isEmpty)
        #expect(
            infant.flags.filter { $0.code == .clinicalCriterionNotMet }.map(\.message).contains(
                "group D is not suggested: NCT05658640 inclusion 1 (between 1 year (>= 12 months) and 18 years of age at first diagnosis): age at first diagnosis 0.5 years not >= 1 years"
            ))
        let d = try #require(infant.checklist?.first { $0.group == "D" })
        #expect(d.unmet.map(\.criterion) == ["NCT05658640 inclusion 1"])
        #expect(infant.screen?.clinical == SampleScreen.Part(status: .assessed, basis: "clinical sheet sheet.tsv line 2"))
        #expect(try profile(g12d: true, "5\t7\t20\t\t\t").suggestedGroup == "D")
    }

    @Test func priorTrametinibBarsD() throws {
        let treated = try profile(g12d: true, "5\t7\t20\tdexamethasone+trametinib\t\t")
        #expect(treated.candidateGroups == ["A"])
        #expect(treated.suggestedGroup == "A")
        #expect(treated.checklist?.first { $0.group == "D" }?.unmet.map(\.evidence) == ["prior therapy dexamethasone+trametinib gave trametinib"])
    }

    @Test func dasatinibWithVenetoclaxTogetherBarsBSeparatelyDoesNot() throws {
        let together = try profile(g12d: false, "5\t7\t20\tdasatinib+venetoclax;cytarabine\t\t4")
        #expect(together.candidateGroups == ["A"])
        #expect(together.checklist?.first { $0.group == "B" }?.unmet.map(\.criterion) == ["NCT05751044 exclusion 10"])
        let apart = try profile(g12d: false, "5\t7\t20\tdasatinib;venetoclax\t\t4")
        #expect(apart.suggestedGroup == "B")
    }

    @Test func anIC50Of4nMMakesBACandidate() throws {
        let sample = try profile(g12d: false, "5\t7\t20\t\t\t4")
        #expect(sample.suggestedGroup == "B")
        #expect(sample.alterations.map { "\($0.gene) \($0.alteration) \($0.ruleID)" } == ["dasatinib ex-vivo IC50 4 nM B-inclusion-6"])
        #expect(sample.alterations.first?.sources.map(\.id) == ["NCT05751044"])
        #expect(try profile(g12d: false, "5\t7\t20\t\t\t12").suggestedGroup == "A")
    }

    @Test func crlf2OverexpressionMakesCACandidate() throws {
        let sample = try profile(g12d: false, "5\t7\t20\t\tyes\t")
        #expect(sample.suggestedGroup == "C")
        #expect(sample.alterations.map(\.ruleID) == ["C-inclusion-5"])
        #expect(
            sample.flags.filter { $0.code == .armNotRecruiting }.map(\.message) == [
                "group C: not-yet-recruiting (as of 2025-07; NCT05745714): the arm is not recruiting; confirm with the sponsor before referring"
            ])
    }

    @Test func aChildFirstDiagnosedAt2WithNothingTargetableIsNotSuggestedA() throws {
        let sample = try profile(g12d: false, "2\t5\t18\t\t\t")
        #expect(sample.suggestedGroup == "none")
        #expect(
            sample.checklist?.first { $0.group == "A" }?.unmet.map(\.evidence)
                == ["age at first diagnosis 2 years not >= 4 years", "weight 18 kg not >= 20 kg"])
    }

    @Test func aSheetSampleTheInputLacksIsAUsageErrorAndABadValueNamesFileLineAndColumn() throws {
        let folder = try TemporaryDirectory()
        let input = try folder.write("tumor.vcf", ScreenRunTests.vcf(g12d: false))
        var options = RunOptions()
        options.clinicalSheet = try folder.write("sheet.tsv", [Self.header, "OTHER\t5\t7\t20\t\t\t"])
        #expect(throws: RunError.self) { try FileRun(knowledgeBase: shippedKnowledgeBase, options: options).report(input: input, threads: 1) }
        do {
            _ = try FileRun(knowledgeBase: shippedKnowledgeBase, options: options).report(input: input, threads: 1)
        } catch {
            #expect(error.kind == .usage)
            #expect(error.message == "\(options.clinicalSheet!): sample 'OTHER' is not a profiled sample of \(input) (it has TUMOR)")
        }
        options.clinicalSheet = try folder.write("bad.tsv", [Self.header, "TUMOR\t5\tseven\t20\t\t\t"])
        do {
            _ = try FileRun(knowledgeBase: shippedKnowledgeBase, options: options).report(input: input, threads: 1)
            Issue.record("a bad value was accepted")
        } catch {
            #expect(error.kind == .invalidInput)
            #expect(error.message == "\(options.clinicalSheet!) line 2: column age_years 'seven' is not a number >= 0")
        }
    }
}

/// `kb show B` lists the group's registry criteria from the knowledge base.
@Suite struct GroupListingTests {
    @Test func kbShowOfAGroupListsItsCriteriaWithTheirNumbers() throws {
        let b = try #require(shippedKnowledgeBase.groups.first { $0.letter == "B" })
        let lines = KnowledgeBaseListing.group(b, in: shippedKnowledgeBase).split(separator: "\n").map(String.init)
        #expect(lines.first == "group B: HEM-iSMART-B (dasatinib, venetoclax, dexamethasone, cyclophosphamide, cytarabine)")
        #expect(
            Array(lines.suffix(3)) == [
                "  inclusion 1  max-age-years 21  less than 21 years at inclusion (NCT05751044)",
                "  inclusion 6  route-dasatinib-ic50-below-nm 10  a very deep ex-vivo dasatinib IC50 below 10 nM (centralized laboratory) (NCT05751044)",
                "  exclusion 10  no-prior-combination dasatinib+venetoclax  previous dasatinib and venetoclax in combination (either drug alone is allowed) (NCT05751044)",
            ])
    }
}

import Assessment
import HemimatchTestSupport
import Profile
import Testing

/// The clinical sheet read row by row: values by sample, and a value that does not parse named by file, line and column.
@Suite struct ClinicalSheetTests {
    static let header = "sample\tage_at_diagnosis_years\tage_years\tweight_kg\tprior_therapy\tcrlf2_overexpression\tdasatinib_ic50_nm"

    @Test func eachRowIsItsSamplesFacts() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("sheet.tsv", [Self.header, "T1\t4\t5\t18.5\tdasatinib+venetoclax;cytarabine\tyes\t"])
        let facts = try #require(try ClinicalSheet.read(path: path)["T1"])
        #expect(facts.ageYears == 5)
        #expect(facts.weightKg == 18.5)
        #expect(facts.priorTherapy == [["dasatinib", "venetoclax"], ["cytarabine"]])
        #expect(facts.crlf2Overexpression == true)
        #expect(facts.dasatinibIC50nM == nil)
        #expect(facts.source == "sheet.tsv line 2")
    }

    @Test func aValueThatDoesNotParseIsInvalidNamingLineAndColumn() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("bad.tsv", [Self.header, "T1\t5\tseven\t20\t\t\t"])
        do {
            _ = try ClinicalSheet.read(path: path)
            Issue.record("read")
        } catch {
            guard case .invalid(let message) = error else { Issue.record("\(error)"); return }
            #expect(message == "\(path) line 2: column age_years 'seven' is not a number >= 0")
        }
    }

    @Test func aMissingSheetIsUnreadable() {
        do {
            _ = try ClinicalSheet.read(path: "/nonexistent/sheet.tsv")
            Issue.record("read")
        } catch {
            guard case .unreadable(let message) = error else { Issue.record("\(error)"); return }
            #expect(message == "/nonexistent/sheet.tsv: no such readable file")
        }
    }

    /// Each row reaches one sample of one file, or the problem names why not; a holder's path is never listed twice.
    @Test func aRowReachesOneSampleOrTheProblemSaysWhy() throws {
        let row = ClinicalFacts(source: "sheet.tsv line 2")
        let (a1, a2, b) = (
            (path: "tumor.vcf", samples: ["TUMOR"], place: "r1.json"), (path: "tumor.vcf", samples: ["TUMOR"], place: "r2.json"),
            (path: "b.vcf", samples: ["TUMOR"], place: "r3.json")
        )
        let indistinct = "r1.json and r2.json both hold tumor.vcf:TUMOR: a sheet row cannot tell them apart; match them with distinct paths"
        #expect(ClinicalSheet.problem(["tumor.vcf:TUMOR": row], path: "s.tsv", files: [a1, a2, b]) == indistinct)
        #expect(ClinicalSheet.problem(["TUMOR": row], path: "s.tsv", files: [a1, b, a2]) == indistinct)
        #expect(
            ClinicalSheet.problem(["TUMOR": row], path: "s.tsv", files: [a1, b])
                == "s.tsv: sample 'TUMOR' is in 2 files (tumor.vcf, b.vcf): name its row FILE:SAMPLE, as the cohort's reports label it (tumor.vcf:TUMOR)"
        )
        #expect(ClinicalSheet.problem(["tumor.vcf:TUMOR": row], path: "s.tsv", files: [a1, b]) == nil)
        #expect(ClinicalSheet.problem(["TUMOR": row], path: "s.tsv", files: [a1]) == nil)
        let second = ClinicalFacts(source: "sheet.tsv line 3")
        #expect(
            ClinicalSheet.problem(["TUMOR": row, "tumor.vcf:TUMOR": second], path: "s.tsv", files: [a1])
                == "s.tsv: rows TUMOR (sheet.tsv line 2) and tumor.vcf:TUMOR (sheet.tsv line 3) both reach sample TUMOR of tumor.vcf: keep one row per sample"
        )
        // A file without the labelled row's path: the plain row alone reaches its sample.
        #expect(
            try ClinicalSheet.rows(of: ["TUMOR": row, "tumor.vcf:TUMOR": second], path: "s.tsv", input: "b.vcf", profiled: ["TUMOR"]) == [
                "TUMOR": row
            ])
    }
}

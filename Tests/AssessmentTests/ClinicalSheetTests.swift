import Assessment
import HemimatchTestSupport
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
}

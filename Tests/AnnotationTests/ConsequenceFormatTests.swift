import Annotation
import HemimatchTestSupport
import Testing

@Suite("ConsequenceFormat(headerDescription:)")
struct ConsequenceFormatTests {
    @Test("fields are located by name in the standard order")
    func standardOrder() throws {
        let format = try VEPSample.format(VEPSample.standardFields)
        #expect(format.fields == VEPSample.standardFields)
        #expect(format.position(of: "Allele") == 0)
        #expect(format.position(of: "SYMBOL") == 3)
        #expect(format.position(of: "HGVSp") == 9)
        #expect(format.position(of: "ALLELE_NUM") == 12)
        #expect(format.position(of: "PolyPhen") == nil)
    }

    @Test("fields are located by name in another order")
    func shuffledOrder() throws {
        let format = try VEPSample.format(VEPSample.shuffledFields)
        #expect(format.fields.count == 10)
        #expect(format.position(of: "SYMBOL") == 0)
        #expect(format.position(of: "HGVSp") == 1)
        #expect(format.position(of: "Allele") == 4)
        #expect(format.position(of: "Consequence") == 7)
        #expect(format.position(of: "IMPACT") == nil)
    }

    @Test("the test file's CSQ header line, quotes included, is understood")
    func testFileHeader() throws {
        let line = try #require(Repository.tumorNormalLines().first { $0.hasPrefix("##INFO=<ID=CSQ,") })
        let quoted = try #require(line.firstRange(of: "Description=").map { String(line[$0.upperBound...].dropLast()) })
        #expect(quoted.hasPrefix("\"") && quoted.hasSuffix("\""))
        let format = try #require(ConsequenceFormat(headerDescription: quoted))
        #expect(
            format.fields == [
                "Allele", "Consequence", "IMPACT", "SYMBOL", "Gene", "Feature_type", "Feature", "BIOTYPE",
                "HGVSc", "HGVSp", "CANONICAL", "MANE_SELECT",
            ])
    }

    @Test("spaces around the list and its fields are trimmed; 'format:' matches in any case")
    func whitespaceAndCase() throws {
        let format = try #require(ConsequenceFormat(headerDescription: "VEP. format:  Allele | Consequence|SYMBOL |HGVSp "))
        #expect(format.fields == ["Allele", "Consequence", "SYMBOL", "HGVSp"])
        #expect(format.position(of: "SYMBOL") == 2)
    }

    @Test("a repeated field name is found at its first position")
    func repeatedField() throws {
        let format = try VEPSample.format(["Allele", "Consequence", "SYMBOL", "HGVSp", "SYMBOL"])
        #expect(format.position(of: "SYMBOL") == 2)
        #expect(format.fields.count == 5)
    }

    @Test("a description without a Format: list gives nil")
    func noFormat() {
        #expect(ConsequenceFormat(headerDescription: "Consequence annotations from Ensembl VEP") == nil)
        #expect(ConsequenceFormat(headerDescription: "") == nil)
    }

    @Test("a Format: list without a required field gives nil", arguments: ["Allele", "Consequence", "SYMBOL", "HGVSp"])
    func missingRequiredField(field: String) {
        let fields = VEPSample.standardFields.filter { $0 != field }
        #expect(ConsequenceFormat(headerDescription: VEPSample.description(fields)) == nil)
    }
}

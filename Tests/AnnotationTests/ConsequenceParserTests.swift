import Annotation
import HemimatchTestSupport
import Testing

@Suite("ConsequenceParser.parse")
struct ConsequenceParserTests {
    static let krasCanonical: [String: String] = [
        "Allele": "T", "Consequence": "missense_variant&splice_region_variant", "IMPACT": "MODERATE", "SYMBOL": "KRAS",
        "Gene": "ENSG00000133703", "Feature_type": "Transcript", "Feature": "ENST00000311936.8", "BIOTYPE": "protein_coding",
        "HGVSc": "ENST00000311936.8:c.35G>A", "HGVSp": "ENSP00000308495.3:p.Gly12Asp", "CANONICAL": "YES",
        "MANE_SELECT": "NM_004985.5", "ALLELE_NUM": "1",
    ]
    static let krasOther: [String: String] = [
        "Allele": "T", "Consequence": "missense_variant", "SYMBOL": "KRAS", "Feature": "ENST00000256078.10",
        "BIOTYPE": "protein_coding", "HGVSc": "ENST00000256078.10:c.35G>A", "HGVSp": "ENSP00000256078.5:p.Gly12%3D",
        "ALLELE_NUM": "2",
    ]

    static let canonicalConsequence = TranscriptConsequence(
        allele: "T", alleleNumber: 1, consequences: ["missense_variant", "splice_region_variant"], gene: "KRAS",
        transcript: "ENST00000311936.8", biotype: "protein_coding", hgvsc: "ENST00000311936.8:c.35G>A",
        hgvsp: "ENSP00000308495.3:p.Gly12Asp", isCanonical: true, maneSelect: "NM_004985.5")

    @Test(
        "entries split on commas, consequences on '&', and every named field is read",
        arguments: [
            VEPSample.standardFields, VEPSample.shuffledFields + ["IMPACT", "Gene", "Feature_type"],
        ])
    func entries(fields: [String]) throws {
        let parser = ConsequenceParser(format: try VEPSample.format(fields))
        let value = VEPSample.entry(fields, Self.krasCanonical) + "," + VEPSample.entry(fields, Self.krasOther)
        let consequences = try parser.parse(value)
        #expect(consequences.count == 2)
        #expect(consequences.first == Self.canonicalConsequence)
        let other = try #require(consequences.last)
        #expect(other.alleleNumber == 2)
        #expect(other.consequences == ["missense_variant"])
        #expect(other.isCanonical == false)
        #expect(other.maneSelect == "")
        #expect(other.unversionedTranscript == "ENST00000256078")
    }

    @Test("percent-encoded characters in HGVS are decoded")
    func percentDecoding() throws {
        let parser = ConsequenceParser(format: try VEPSample.format(VEPSample.standardFields))
        let entry = VEPSample.entry(
            VEPSample.standardFields,
            [
                "Allele": "T", "Consequence": "synonymous_variant", "SYMBOL": "KRAS",
                "HGVSc": "ENST00000311936.8:c.36T%3EC", "HGVSp": "ENSP00000308495.3:p.Gly12%3D",
            ])
        let consequence = try #require(try parser.parse(entry).first)
        #expect(consequence.hgvsp == "ENSP00000308495.3:p.Gly12=")
        #expect(consequence.hgvsc == "ENST00000311936.8:c.36T>C")
    }

    @Test("without CANONICAL, MANE_SELECT and ALLELE_NUM in the format those stay empty")
    func optionalFieldsAbsent() throws {
        let fields = ["Allele", "Consequence", "SYMBOL", "Feature", "HGVSp"]
        let parser = ConsequenceParser(format: try VEPSample.format(fields))
        let consequences = try parser.parse("-|inframe_deletion|FLT3|ENST00000241453.12|ENSP00000241453.7:p.Asp835del")
        #expect(
            consequences == [
                TranscriptConsequence(
                    allele: "-", alleleNumber: nil, consequences: ["inframe_deletion"], gene: "FLT3", transcript: "ENST00000241453.12",
                    biotype: "", hgvsc: "", hgvsp: "ENSP00000241453.7:p.Asp835del", isCanonical: false, maneSelect: "")
            ])
    }

    @Test("the KRAS G12D CSQ value of the test file gives two transcripts, the MANE one canonical")
    func testFileValue() throws {
        let lines = try Repository.tumorNormalLines()
        let header = try #require(lines.first { $0.hasPrefix("##INFO=<ID=CSQ,") })
        let description = try #require(header.firstRange(of: "Format: ").map { String(header[$0.lowerBound...].dropLast(2)) })
        let record = try #require(lines.first { $0.hasPrefix("chr12\t25245350\t") })
        let info = record.split(separator: "\t")[7]
        let parser = ConsequenceParser(format: try #require(ConsequenceFormat(headerDescription: description)))
        let consequences = try parser.parse(String(info.dropFirst("CSQ=".count)))
        #expect(consequences.map(\.transcript) == ["ENST00000256078.10", "ENST00000311936.8"])
        #expect(consequences.map(\.isCanonical) == [false, true])
        #expect(consequences.map(\.maneSelect) == ["", "NM_004985.5"])
        #expect(consequences.map(\.hgvsp) == ["ENSP00000256078.5:p.Gly12Asp", "ENSP00000308495.3:p.Gly12Asp"])
        #expect(consequences.allSatisfy { $0.allele == "T" && $0.gene == "KRAS" && $0.alleleNumber == nil })
    }

    @Test(
        "an entry whose field count disagrees with the format throws",
        arguments: [
            "T|missense_variant|KRAS", "T|missense_variant|KRAS|ENST00000311936.8|p.Gly12Asp|extra",
        ])
    func fieldCountMismatch(value: String) throws {
        let parser = ConsequenceParser(format: try VEPSample.format(["Allele", "Consequence", "SYMBOL", "Feature", "HGVSp"]))
        let count = value.split(separator: "|").count
        let error = #expect(throws: AnnotationError.self) { try parser.parse(value) }
        #expect(error?.description == "a CSQ entry has \(count) fields, its header lists 5")
    }

    @Test("a bad second entry fails the whole value")
    func badSecondEntry() throws {
        let fields = ["Allele", "Consequence", "SYMBOL", "HGVSp"]
        let parser = ConsequenceParser(format: try VEPSample.format(fields))
        let error = #expect(throws: AnnotationError.self) {
            try parser.parse("T|missense_variant|KRAS|p.G12D,T|missense_variant")
        }
        #expect(error?.description == "a CSQ entry has 2 fields, its header lists 4")
    }

    @Test("an empty value has no consequences")
    func emptyValue() throws {
        let parser = ConsequenceParser(format: try VEPSample.format(VEPSample.standardFields))
        #expect(try parser.parse("") == [])
    }

    @Test("empty entries are skipped; EXON and INTRON give their first number; ALLELE_NUM is read whole or not at all")
    func cellsReadOnTheBytes() throws {
        let fields = ["Allele", "Consequence", "SYMBOL", "Feature", "EXON", "INTRON", "HGVSp", "ALLELE_NUM"]
        let parser = ConsequenceParser(format: try VEPSample.format(fields))
        let consequences = try parser.parse(
            ",T|missense_variant&&splice_region_variant|FLT3|ENST00000241453.12|20-21/24||p.Asp835Tyr|2,,"
                + "-|intron_variant|FLT3|NM_004119.3||14/23||2x,")
        #expect(consequences.count == 2)
        let coding = try #require(consequences.first)
        #expect(coding.consequences == ["missense_variant", "splice_region_variant"])
        #expect(coding.exon == 20)
        #expect(coding.intron == nil)
        #expect(coding.alleleNumber == 2)
        let intronic = try #require(consequences.last)
        #expect(intronic.intron == 14)
        #expect(intronic.exon == nil)
        #expect(intronic.alleleNumber == nil)
        #expect(intronic.unversionedTranscript == "NM_004119")
    }
}

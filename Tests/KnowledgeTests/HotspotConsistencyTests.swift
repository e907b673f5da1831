import HemimatchTestSupport
import Testing

@testable import Knowledge

@Suite("Hotspot alleles agree with the committed transcript models in both builds")
struct HotspotConsistencyTests {
    let knowledgeBase: KnowledgeBase

    init() throws {
        knowledgeBase = try Repository.knowledgeBase()
    }

    @Test("the transcript model places KRAS codon 12 where DoCM and the GDC put G12D")
    func krasCodon12() throws {
        let grch37 = try #require(knowledgeBase.transcripts[.grch37]?["KRAS"])
        let grch38 = try #require(knowledgeBase.transcripts[.grch38]?["KRAS"])
        #expect(grch37.genomicPositions(ofCodon: 12) == [25398285, 25398284, 25398283])
        #expect(grch38.genomicPositions(ofCodon: 12) == [25245351, 25245350, 25245349])
        #expect(grch38.codingPosition(ofGenomic: 25245350) == 35)
        #expect(grch38.codingPosition(ofGenomic: 25245400) == nil, "5' UTR")
    }

    @Test("coding sequences are whole codons and equally long in both builds, except CRLF2 on GRCh37")
    func codingLengths() throws {
        for (gene, model38) in try #require(knowledgeBase.transcripts[.grch38]) {
            let model37 = try #require(knowledgeBase.transcripts[.grch37]?[gene])
            #expect(model38.codingLength % 3 == 0, "\(gene) GRCh38")
            if gene == "CRLF2" {
                #expect(model37.codingLength % 3 != 0, "the GRCh37 PAR1 defect")
            } else {
                #expect(model37.codingLength == model38.codingLength, "\(gene)")
            }
        }
    }

    @Test("a codon past the end of the coding sequence has no position")
    func beyondTheEnd() throws {
        let model = try #require(knowledgeBase.transcripts[.grch38]?["KRAS"])
        #expect(model.codingLength == 567, "188 residues and the stop codon")
        #expect(model.genomicPositions(ofCodon: 189) != nil, "the stop codon")
        #expect(model.genomicPositions(ofCodon: 190) == nil)
    }
}

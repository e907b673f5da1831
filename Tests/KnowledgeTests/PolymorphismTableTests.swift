import Foundation
import HemimatchTestSupport
import Testing

@testable import Knowledge

@Suite("Polymorphism table: common inherited variants inside the rules, checked like the hotspot alleles")
struct PolymorphismTableTests {
    @Test("the shipped table holds IL7R p.T244I and JAK3 p.V722I in both builds, each inside its rule")
    func shippedEntries() throws {
        let kb = try Repository.knowledgeBase()
        #expect(kb.version == "0.8.2")
        #expect(kb.polymorphisms.map(\.label) == ["IL7R p.T244I (rs6897932)", "JAK3 p.V722I (rs3213409)"])
        let t244i = try #require(kb.polymorphism(gene: "IL7R", protein: "p.T244I"))
        #expect(t244i.loci[.grch37] == Locus(contig: "5", position: 35_874_575))
        #expect(t244i.loci[.grch38] == Locus(contig: "5", position: 35_874_473))
        #expect(t244i.ref == "C" && t244i.alt == "T" && t244i.hgvsc == "NM_002185.5:c.731C>T")
        #expect(t244i.populationAF == 0.25 && t244i.ruleIDs == ["C-IL7R-TM-MISSENSE"])
        let v722i = try #require(kb.polymorphism(build: .grch38, locus: Locus(contig: "19", position: 17_834_887), ref: "C", alt: "T"))
        #expect(v722i.protein == "p.V722I" && v722i.rsID == "rs3213409" && v722i.ruleIDs == ["C-JAK3-DOMAINS"])
        #expect(kb.polymorphism(build: .grch37, locus: Locus(contig: "19", position: 17_945_696), ref: "C", alt: "T") == v722i)
    }

    @Test("the hotspot table no longer holds the germline JAK3 alleles V715I and V722I")
    func germlineAllelesLeftTheHotspotTable() throws {
        let kb = try Repository.knowledgeBase()
        #expect(
            kb.hotspotAlleles.count == 305,
            "247 DoCM alleles + 24 exclusion alleles (issue 15) - JAK3 V715I and V722I + 34 residue alleles + STAT5B N642H, Y665F (issue 27)")
        #expect(
            kb.hotspotAlleles.filter { $0.gene == "JAK3" }.map(\.protein).sorted() == [
                "p.A572V", "p.I87T", "p.P132T", "p.Q501H", "p.Q501H", "p.R657Q",
            ])
    }

    @Test("an entry that is also a hotspot allele is refused")
    func hotspotAlleleRefused() throws {
        let copy = try ReferenceCopy()
        // JAK3 p.A572V, a hotspot allele of C-JAK3-DOMAINS, written into the polymorphism table.
        try copy.edit("polymorphisms.tsv") { lines in
            lines.insert("JAK3\tp.A572V\tNM_000215.4:c.1715C>T\trs1\t19\t17948009\t19\t17837200\tG\tA\t0.01\tno\tC-JAK3-DOMAINS\ttest", at: 1)
        }
        let error = try #require(copy.loadError())
        #expect(
            error
                == KnowledgeBaseError(
                    file: copy.path("polymorphisms.tsv"), line: 2, field: "protein",
                    problem:
                        "JAK3 p.A572V is also a hotspot allele (JAK3 p.A572V in hotspot_alleles.tsv): the polymorphism table never blocks a hotspot allele; remove one of them"
                ))
    }

    @Test("a position off its codon, a rare frequency and a rule of another gene are refused")
    func badEntriesRefused() throws {
        let offCodon = try ReferenceCopy()
        try offCodon.setField("polymorphisms.tsv", line: 2, column: 7, to: "35874476")
        #expect(try #require(offCodon.loadError()).problem == "p.T244I names codon 244, but GRCh38 5:35874476 is c.734, codon 245, of NM_002185")

        let rare = try ReferenceCopy()
        try rare.setField("polymorphisms.tsv", line: 3, column: 10, to: "0.0001")
        let error = try #require(rare.loadError())
        #expect(error.line == 3 && error.field == "population_af")

        let otherGene = try ReferenceCopy()
        try otherGene.setField("polymorphisms.tsv", line: 2, column: 12, to: "C-JAK3-DOMAINS")
        #expect(try #require(otherGene.loadError()).problem == "rule C-JAK3-DOMAINS is a JAK3 rule, not IL7R")
    }

    @Test("a knowledge base without the file is refused: a common inherited variant would qualify")
    func requiredFile() throws {
        let copy = try ReferenceCopy()
        try FileManager.default.removeItem(atPath: copy.path("polymorphisms.tsv"))
        let error = try #require(copy.loadError())
        #expect(error.file == copy.path("polymorphisms.tsv"))
    }
}

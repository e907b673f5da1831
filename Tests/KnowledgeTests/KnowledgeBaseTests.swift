import Foundation
import HemimatchTestSupport
import Testing

@testable import Knowledge

@Suite("KnowledgeBase loaded from Reference/")
struct KnowledgeBaseTests {
    let knowledgeBase: KnowledgeBase

    init() throws {
        knowledgeBase = try Repository.knowledgeBase()
    }

    @Test("its version is the trimmed text of Reference/VERSION")
    func version() throws {
        let text = try String(contentsOfFile: Repository.referenceFolder + "/VERSION", encoding: .utf8)
        #expect(knowledgeBase.version == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(knowledgeBase.version == "0.8.2")
    }

    @Test("it holds every row of every table")
    func counts() {
        #expect(knowledgeBase.groups.map(\.letter) == ["A", "B", "C", "D"])
        #expect(knowledgeBase.genes.count == 50)
        #expect(knowledgeBase.rules.count == 62)
        #expect(knowledgeBase.transcripts[.grch37]?.count == 50)
        #expect(knowledgeBase.transcripts[.grch38]?.count == 50)
        #expect(knowledgeBase.hotspotAlleles.count == 305)
        #expect(knowledgeBase.sources.count == 50)
        #expect(knowledgeBase.policy.entries.count == 9)
        #expect(knowledgeBase.criteria.count == 20)
        #expect(
            knowledgeBase.recruitment.map { "\($0.group) \($0.status.rawValue) \($0.asOf)" }
                == ["A unknown ", "B recruiting 2025-09", "C not-yet-recruiting 2025-07", "D recruiting 2025-09-16"])
        #expect(
            knowledgeBase.germlineClasses.map { "\($0.gene) \($0.origin.rawValue)" } == [
                "PTPN11 constitutional", "PTPN11 constitutional", "HRAS constitutional", "KRAS somatic-only", "NRAS somatic-only",
                "JAK2 somatic-only", "FLT3 somatic-only",
            ])
        #expect(knowledgeBase.buildDetector.lengths[.grch37]?.count == 25)
        #expect(knowledgeBase.buildDetector.lengths[.grch38]?.count == 25)
    }

    @Test(
        "the genes the issue names have rules of their group",
        arguments: [
            ("KRAS", "D", 2), ("NRAS", "D", 1), ("HRAS", "D", 1), ("PTPN11", "D", 2), ("FLT3", "D", 3), ("NF1", "D", 2),
            ("CBL", "D", 3), ("MAP2K1", "D", 2), ("BRAF", "D", 2), ("RAF1", "D", 1), ("SOS1", "D", 1), ("RIT1", "D", 1),
            ("JAK2", "C", 4), ("IL7R", "C", 3), ("CRLF2", "C", 3), ("EPOR", "C", 2), ("SH2B3", "C", 2), ("STAT5B", "C", 2),
            ("DNM2", "C", 1), ("PTPN2", "C", 1), ("USP9X", "C", 2), ("JAK3", "C", 3), ("JAK1", "C", 4),
            ("ABL1", "B", 4), ("PDGFRB", "B", 1), ("ABL2", "B", 1), ("CSF1R", "B", 1), ("PDGFRA", "B", 1), ("LYN", "B", 1),
        ])
    func rulesOfGene(gene: String, group: String, count: Int) {
        let rules = knowledgeBase.rules(for: gene)
        #expect(rules.count == count)
        #expect(rules.allSatisfy { $0.gene == gene && $0.groups.contains(group) })
    }

    @Test("exclusions bar B and C for BCL2, C for JAK1 F958/P960 and JAK2 Y931C")
    func exclusions() {
        let exclusions = knowledgeBase.rules.filter { $0.role == .excludes }
        #expect(exclusions.map(\.id) == ["X-BCL2-VENETOCLAX", "X-JAK1-F958-P960", "X-JAK2-Y931C"])
        #expect(exclusions.map(\.groups) == [["B", "C"], ["C"], ["C"]])
    }

    @Test("BCR::ABL1 has its own flagged rule and the generic ABL1 fusion rule leaves BCR out")
    func bcrAbl1() throws {
        let flagged = try #require(knowledgeBase.rules.first { $0.id == "B-BCR-ABL1" })
        #expect(flagged.evidence == .flagged)
        #expect(flagged.target == .kinase(domainStart: 242, included: ["BCR"], excluded: []))
    }

    @Test("genes without rules return none")
    func geneWithoutRules() {
        #expect(knowledgeBase.genes["IKZF1"] != nil)
        #expect(knowledgeBase.rules(for: "IKZF1").isEmpty)
        #expect(knowledgeBase.rules(for: "NOTAGENE").isEmpty)
    }

    @Test("groups cite their registry records and a rule its sources in the order rules.tsv gives")
    func sourcesExist() {
        // Unknown and missing sources are refusals of the loader (KnowledgeBaseRefusalTests).
        #expect(knowledgeBase.groups.flatMap(\.sourceIDs) == ["NCT05740449", "NCT05751044", "NCT05745714", "NCT05658640"])
        #expect(knowledgeBase.rules.first { $0.id == "D-KRAS-HOTSPOT" }?.sourceIDs == ["NCT05658640", "CHANG2018", "DOCM2016", "IRVING2014"])
        #expect(knowledgeBase.sources["DOCM2016"]?.url == "https://github.com/griffithlab/docm")
    }

    @Test("KRAS p.G12D is C>T at GRCh37 12:25398284 and GRCh38 12:25245350")
    func krasG12D() throws {
        let rows = knowledgeBase.hotspotAlleles.filter { $0.gene == "KRAS" && $0.protein == "p.G12D" }
        #expect(rows.count == 1)
        let allele = try #require(rows.first)
        #expect(allele.loci[.grch37] == Locus(contig: "12", position: 25398284))
        #expect(allele.loci[.grch38] == Locus(contig: "12", position: 25245350))
        #expect(allele.ref == "C")
        #expect(allele.alt == "T")
        #expect(allele.hgvsc == "NM_004985.5:c.35G>A")
    }

    @Test("genes carry their MANE transcripts, strand and normalized spans")
    func krasGene() throws {
        let kras = try #require(knowledgeBase.genes["KRAS"])
        #expect(kras.maneRefSeq == "NM_004985.5")
        #expect(kras.maneEnsemblUnversioned == "ENST00000311936")
        #expect(kras.maneRefSeqUnversioned == "NM_004985")
        #expect(kras.strand == "-")
        #expect(kras.spans[.grch38] == Gene.Span(contig: "12", start: 25204789, end: 25250936))
        #expect(knowledgeBase.genes["CRLF2"]?.spans[.grch37]?.contig == "X")
    }

    @Test("rule targets are parsed for their kind")
    func ruleTargets() throws {
        func rule(_ id: String) throws -> Rule { try #require(knowledgeBase.rules.first { $0.id == id }) }
        let kras = try rule("D-KRAS-HOTSPOT")
        #expect(kras.kind == .missenseCodon)
        #expect(kras.evidence == .named)
        #expect(kras.sourceIDs == ["NCT05658640", "CHANG2018", "DOCM2016", "IRVING2014"])
        let codons = "G12,G13,L19,Q22,A59,G60,Q61,K117,A146".split(separator: ",").map {
            Codon(residue: $0.first!, number: Int($0.dropFirst())!)
        }
        #expect(kras.target == .codons(Set(codons)))
        #expect(try rule("D-FLT3-ITD").target == .window(569...648))
        #expect(try rule("C-CRLF2-F232C").target == .proteinChanges(["p.F232C"]))
        #expect(try rule("X-BCL2-VENETOCLAX").target == .proteinChanges(["p.G101V", "p.F104L", "p.F104C"]))
        #expect(try rule("C-CRLF2-REARRANGEMENT").target == .partners(included: ["P2RY8", "IGH"], excluded: []))
        #expect(try rule("B-ABL1-FUSION").target == .kinase(domainStart: 242, included: nil, excluded: ["BCR"]))
        #expect(try rule("C-EPOR-TRUNCATING").target == .exons(8...8))
        #expect(try rule("D-NF1-TRUNCATING").target == .exons(nil))
        #expect(try rule("C-JAK2-DOMAINS").target == .window(536...1132))
        #expect(try rule("B-ABL1-AMPLIFICATION").target == .wholeGene)
    }
}

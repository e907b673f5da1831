import Foundation
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
        #expect(knowledgeBase.version == "0.1.0")
    }

    @Test("it holds every row of every table")
    func counts() {
        #expect(knowledgeBase.groups.map(\.letter) == ["A", "B", "C", "D"])
        #expect(knowledgeBase.genes.count == 42)
        #expect(knowledgeBase.rules.count == 15)
        #expect(knowledgeBase.hotspotAlleles.count == 247)
        #expect(knowledgeBase.sources.count == 12)
        #expect(knowledgeBase.buildDetector.lengths[.grch37]?.count == 25)
        #expect(knowledgeBase.buildDetector.lengths[.grch38]?.count == 25)
    }

    @Test("each panel gene's rules all belong to its group", arguments: [
        ("KRAS", "D", 1), ("NRAS", "D", 1), ("PTPN11", "D", 1), ("FLT3", "D", 3),
        ("JAK2", "C", 2), ("IL7R", "C", 2), ("CRLF2", "C", 2),
        ("ABL1", "B", 2), ("PDGFRB", "B", 1),
    ])
    func rulesOfGene(gene: String, group: String, count: Int) {
        let rules = knowledgeBase.rules(for: gene)
        #expect(rules.count == count)
        #expect(rules.allSatisfy { $0.gene == gene && $0.group == group })
    }

    @Test("genes without rules return none")
    func geneWithoutRules() {
        #expect(knowledgeBase.genes["BRAF"] != nil)
        #expect(knowledgeBase.rules(for: "BRAF").isEmpty)
        #expect(knowledgeBase.rules(for: "NOTAGENE").isEmpty)
    }

    @Test("every source id of every rule and group is a known source")
    func sourcesExist() {
        let ruleSources = knowledgeBase.rules.flatMap(\.sourceIDs)
        let groupSources = knowledgeBase.groups.flatMap(\.sourceIDs)
        #expect(ruleSources.count == 38)
        #expect(groupSources == ["NCT05740449", "NCT05751044", "NCT05745714", "NCT05658640"])
        #expect((ruleSources + groupSources).filter { knowledgeBase.sources[$0] == nil } == [])
        #expect(knowledgeBase.sources["DOCM2016"]?.url == "http://www.docm.info")
    }

    @Test("every hotspot allele lies inside its gene's span in both builds")
    func hotspotsInsideGenes() throws {
        var outside: [String] = []
        for allele in knowledgeBase.hotspotAlleles {
            let gene = try #require(knowledgeBase.genes[allele.gene])
            for build in GenomeBuild.allCases {
                let span = try #require(gene.spans[build])
                let locus = try #require(allele.loci[build])
                if locus.contig != span.contig || !(span.start...span.end).contains(locus.position) {
                    outside.append("\(allele.gene) \(allele.protein) \(build.rawValue) \(locus.contig):\(locus.position)")
                }
            }
        }
        #expect(outside == [])
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
        #expect(try rule("D-FLT3-ITD").target == .window(570...620))
        #expect(try rule("C-CRLF2-F232C").target == .proteinChange("p.F232C"))
        #expect(try rule("C-CRLF2-REARRANGEMENT").target == .partners(["P2RY8", "IGH"]))
        #expect(try rule("B-ABL1-FUSION").target == .partners(nil))
        #expect(try rule("B-ABL1-AMPLIFICATION").target == .wholeGene)
    }
}

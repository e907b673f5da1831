import Annotation
import Knowledge
import Matching
import Testing

@Suite struct PanelConsequencesTests {
    let engine = PanelConsequences(knowledgeBase: Fixtures.knowledgeBase, build: .grch38)
    let evaluator = RuleEvaluator(rules: Fixtures.knowledgeBase.rules)

    private func model(_ gene: String) throws -> TranscriptModel {
        try #require(Fixtures.knowledgeBase.transcripts[.grch38]?[gene])
    }

    /// Rules met by an ALT that inserts `bases` after the base at c. position `coding` of `gene`.
    private func insertion(_ gene: String, afterCoding coding: Int, bases: String) throws -> [String] {
        let model = try model(gene)
        let position = try #require(model.genomicPosition(ofCoding: coding))
        // On the minus strand the base after c.N lies at a lower coordinate; anchor on the genomic left base.
        let anchor = model.strand == "+" ? position : position - 1
        return engine.effects(contig: "chr" + model.contig, position: anchor, ref: "N", alt: "N" + bases)
            .flatMap { evaluator.matches($0).map { "\($0.rule.id) \($0.alteration)" } }
    }

    @Test func inFrameInsertionsInTheirWindows() throws {
        // 18 bases (6 residues) into FLT3's juxtamembrane region, codon 600.
        #expect(try insertion("FLT3", afterCoding: 1800, bases: String(repeating: "GAT", count: 6)) == ["D-FLT3-ITD ITD"])
        // 6 bases (2 residues) into IL7R's transmembrane window, codon 243.
        #expect(try insertion("IL7R", afterCoding: 729, bases: "TGTCCC") == ["C-IL7R-TM p.X243_X244insXX"])
        #expect(try insertion("IL7R", afterCoding: 300, bases: "TGTCCC") == [], "codon 100 is outside the window")
    }

    @Test func anInsertionWrittenInAnIntronMeetsOnlyACodonWindow() throws {
        let flt3 = try model("FLT3"), dnm2 = try model("DNM2")
        // 30 bases written 3 bases into the intron after FLT3 exon 14 (minus strand: below its lowest base).
        let exon14 = flt3.exonsInTranscriptOrder[13]
        let itd = engine.effects(contig: "chr13", position: exon14.lowerBound - 4, ref: "A", alt: "A" + String(repeating: "GTC", count: 10))
        #expect(itd.flatMap { evaluator.matches($0).map { "\($0.rule.id) \($0.alteration)" } } == ["D-FLT3-ITD ITD"])
        #expect(itd.first?.duplication == IntronicDuplication(intron: 14, exon: 14, distance: 3, length: 30))
        // The same shape beside a DNM2 exon is placed too, but a whole-gene rule does not take it.
        let exon5 = dnm2.exonsInTranscriptOrder[4]
        let dnm2Effects = engine.effects(contig: "chr19", position: exon5.upperBound + 3, ref: "A", alt: "A" + String(repeating: "GTC", count: 10))
        #expect(dnm2Effects.first?.duplication?.exon == 5)
        #expect(dnm2Effects.flatMap { evaluator.matches($0) }.isEmpty)
    }

    @Test func frameshiftsInLossOfFunctionGenes() throws {
        let rules = try insertion("NF1", afterCoding: 1500, bases: "A")
        #expect(rules == ["D-NF1-TRUNCATING c.1500_1501ins"])
        let sh2b3 = try insertion("SH2B3", afterCoding: 300, bases: "AA")
        #expect(sh2b3 == ["C-SH2B3-TRUNCATING c.300_301ins"])
    }

    @Test func canonicalSpliceSitesNextToCBLExons8And9() throws {
        let model = try model("CBL")
        let exon8 = model.exonsInTranscriptOrder[7]
        // CBL is on the + strand: the acceptor of exon 8 is the two bases before its start.
        let acceptor = engine.effects(contig: "chr11", position: exon8.lowerBound - 1, ref: "G", alt: "A")
        #expect(acceptor.map(\.consequences) == [["splice_acceptor_variant"]])
        #expect(acceptor.map(\.intron) == [7])
        #expect(acceptor.flatMap { evaluator.matches($0).map(\.rule.id) } == ["D-CBL-EXON8-9-SPLICE"])
        // Three bases into the intron is not a canonical splice site.
        #expect(engine.effects(contig: "chr11", position: exon8.lowerBound - 3, ref: "G", alt: "A").isEmpty)
    }

    @Test func substitutionsAreLeftToTheHotspotTable() throws {
        let effects = engine.effects(contig: "chr12", position: 25_245_350, ref: "C", alt: "T")
        #expect(effects.map(\.consequences) == [["coding_sequence_variant"]])
        #expect(effects.flatMap { evaluator.matches($0) }.isEmpty, "no amino acid without the genome")
    }

    @Test func locationsOnTheMinusStrand() throws {
        let kras = try model("KRAS")
        #expect(kras.location(of: 25_245_350) == .coding(position: 35, exon: 2))
        let exon2 = kras.exonsInTranscriptOrder[1], exon3 = kras.exonsInTranscriptOrder[2]
        // Intron 2 runs from below exon 2's start (donor side) down to above exon 3's end (acceptor side).
        #expect(kras.location(of: exon2.lowerBound - 1) == .intron(number: 2, fromDonor: 1, fromAcceptor: exon2.lowerBound - 1 - exon3.upperBound))
        #expect(kras.location(of: 1) == .outside)
    }
}

@Suite struct ShiftedRepresentationTests {
    let engine = PanelConsequences(knowledgeBase: Fixtures.knowledgeBase, build: .grch38)
    let evaluator = RuleEvaluator(rules: Fixtures.knowledgeBase.rules)

    private func rules(_ position: Int, _ ref: String, _ alt: String, contig: String) -> [String] {
        engine.effects(contig: contig, position: position, ref: ref, alt: alt).flatMap { evaluator.matches($0).map(\.rule.id) }
    }

    @Test func anITDWrittenLeftOrRightInItsRepeatIsOneITD() throws {
        let flt3 = try #require(Fixtures.knowledgeBase.transcripts[.grch38]?["FLT3"])
        let anchor = try #require(flt3.genomicPosition(ofCoding: 1800))
        // The same 21-base duplication anchored at either end of a 21-base repeat, and as a padded MNV-style record.
        let left = rules(anchor - 21, "A", "A" + String(repeating: "C", count: 21), contig: "chr13")
        let right = rules(anchor, "C", "C" + String(repeating: "C", count: 21), contig: "chr13")
        let padded = rules(anchor - 1, "AC", "AC" + String(repeating: "C", count: 21), contig: "chr13")
        #expect(left == ["D-FLT3-ITD"])
        #expect(right == left)
        #expect(padded == left)
    }

    @Test func aFrameshiftWrittenAnywhereInAHomopolymerIsOneTruncation() throws {
        let nf1 = try #require(Fixtures.knowledgeBase.transcripts[.grch38]?["NF1"])
        let base = try #require(nf1.genomicPosition(ofCoding: 1500))
        for shift in 0..<3 {
            #expect(rules(base + shift, "AA", "A", contig: "chr17") == ["D-NF1-TRUNCATING"], "shift \(shift)")
        }
    }
}

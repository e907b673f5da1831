import Testing

@testable import Knowledge

@Suite("RuleTargetParser")
struct RuleTargetParserTests {
    @Test("a codon list becomes a set of residue-numbered codons")
    func codonList() {
        let target = RuleTargetParser.parse("G12,G13,Q61", kind: .missenseCodon)
        #expect(
            target
                == .codons([
                    Codon(residue: "G", number: 12), Codon(residue: "G", number: 13),
                    Codon(residue: "Q", number: 61),
                ]))
    }

    @Test("a repeated codon is kept once")
    func repeatedCodon() {
        #expect(RuleTargetParser.parse("V617,V617", kind: .missenseCodon) == .codons([Codon(residue: "V", number: 617)]))
    }

    @Test("codon lists that are not residue+number are rejected", arguments: ["", "12G", "g12", "G", "G0", "G-1", "G12;G13"])
    func badCodonList(text: String) {
        #expect(RuleTargetParser.parse(text, kind: .missenseCodon) == nil)
    }

    @Test("protein changes, windows, partners and whole-gene targets")
    func otherKinds() {
        #expect(RuleTargetParser.parse("p.S185C", kind: .proteinChange) == .proteinChanges(["p.S185C"]))
        #expect(RuleTargetParser.parse("p.G101V,p.F104L", kind: .proteinChange) == .proteinChanges(["p.G101V", "p.F104L"]))
        #expect(RuleTargetParser.parse("S185C", kind: .proteinChange) == nil)
        #expect(RuleTargetParser.parse("237-255", kind: .inframeIndel) == .window(237...255))
        #expect(RuleTargetParser.parse("536-1132", kind: .missenseRange) == .window(536...1132))
        #expect(RuleTargetParser.parse("835-836", kind: .itd) == .window(835...836))
        #expect(RuleTargetParser.parse("255-237", kind: .inframeIndel) == nil)
        #expect(RuleTargetParser.parse("237", kind: .inframeIndel) == nil)
        #expect(RuleTargetParser.parse("*", kind: .fusion) == .partners(included: nil, excluded: []))
        #expect(RuleTargetParser.parse("*,!BCR", kind: .fusion) == .partners(included: nil, excluded: ["BCR"]))
        #expect(RuleTargetParser.parse("P2RY8,IGH", kind: .fusion) == .partners(included: ["IGH", "P2RY8"], excluded: []))
        #expect(RuleTargetParser.parse("P2RY8,!IGH", kind: .fusion) == nil, "exceptions only go with any partner")
        #expect(RuleTargetParser.parse("!IGH", kind: .fusion) == nil)
        #expect(RuleTargetParser.parse("*", kind: .amplification) == .wholeGene)
        #expect(RuleTargetParser.parse("*", kind: .proteinAltering) == .wholeGene)
        #expect(RuleTargetParser.parse("ABL1", kind: .deletion) == nil)
    }

    @Test("truncating and splice-site targets: the whole gene or an exon range")
    func exonTargets() {
        #expect(RuleTargetParser.parse("*", kind: .truncating) == .exons(nil))
        #expect(RuleTargetParser.parse("exons 8-8", kind: .truncating) == .exons(8...8))
        #expect(RuleTargetParser.parse("exons 8-9", kind: .spliceSite) == .exons(8...9))
        #expect(RuleTargetParser.parse("*", kind: .spliceSite) == nil, "a splice rule names its exons")
        #expect(RuleTargetParser.parse("exon 8", kind: .truncating) == nil)
    }
}

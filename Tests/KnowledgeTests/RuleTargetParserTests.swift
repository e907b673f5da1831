import Testing
@testable import Knowledge

@Suite("RuleTargetParser")
struct RuleTargetParserTests {
    @Test("a codon list becomes a set of residue-numbered codons")
    func codonList() {
        let target = RuleTargetParser.parse("G12,G13,Q61", kind: .missenseCodon)
        #expect(target == .codons([Codon(residue: "G", number: 12), Codon(residue: "G", number: 13),
                                   Codon(residue: "Q", number: 61)]))
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
        #expect(RuleTargetParser.parse("p.S185C", kind: .proteinChange) == .proteinChange("p.S185C"))
        #expect(RuleTargetParser.parse("S185C", kind: .proteinChange) == nil)
        #expect(RuleTargetParser.parse("237-255", kind: .inframeIndel) == .window(237...255))
        #expect(RuleTargetParser.parse("835-836", kind: .itd) == .window(835...836))
        #expect(RuleTargetParser.parse("255-237", kind: .inframeIndel) == nil)
        #expect(RuleTargetParser.parse("237", kind: .inframeIndel) == nil)
        #expect(RuleTargetParser.parse("*", kind: .fusion) == .partners(nil))
        #expect(RuleTargetParser.parse("P2RY8,IGH", kind: .fusion) == .partners(["IGH", "P2RY8"]))
        #expect(RuleTargetParser.parse("*", kind: .amplification) == .wholeGene)
        #expect(RuleTargetParser.parse("ABL1", kind: .deletion) == nil)
    }
}

import HemimatchTestSupport
import Run
import Testing

/// `explain` in process: the forms a user types, aligned columns, and the verdict line that ends it.
@Suite struct ExplanationTests {
    func lines(_ variant: String, build: String? = nil) throws -> [String] {
        try KnowledgeBaseText.explanation(of: variant, build: build, knowledgeBase: shippedKnowledgeBase).split(separator: "\n").map(String.init)
    }

    @Test(arguments: ["KRAS:G12D", "KRAS:p.G12D", "kras:p.Gly12Asp", "KRAS:Gly12Asp"])
    func aProteinChangeWithOrWithoutPAndInAnyCase(variant: String) throws {
        #expect(
            try lines(variant) == [
                "KRAS p.G12D",
                "  D-KRAS-HOTSPOT  met      p.G12D meets missense_codon G12,G13,L19,Q22,A59,G60,Q61,K117,A146  → groups D",
                "  D-KRAS-INFRAME  not met  needs an in-frame insertion, deletion or delins touching codons 10-13; p.G12D (missense)  → groups D",
                "verdict: qualifies for D (D-KRAS-HOTSPOT)",
            ])
    }

    @Test func anExclusionIsTheVerdictNotTheQualifyingRuleItAlsoMeets() throws {
        let out = try lines("JAK1:p.P960H")
        #expect(out.last == "verdict: excluded by X-JAK1-F958-P960 (bars C); not a qualifying alteration")
        // Every rule line puts "met"/"not met" in the same column.
        let column = out.dropFirst().dropLast().map { $0.range(of: " met ")?.lowerBound.utf16Offset(in: $0) ?? -1 }
        #expect(column.count == 4 && Set(column.map { $0 - 4 }).count <= 2)
    }

    @Test func fusionsPolymorphismsAndUnknownAllelesEachEndWithAVerdict() throws {
        #expect(try lines("BCR::ABL1").last == "verdict: qualifies for B with the board's confirmation (B-BCR-ABL1)")
        #expect(try lines("EBF1::PDGFRB").last == "verdict: qualifies for B (B-PDGFRB-FUSION)")
        #expect(try lines("ABL1::BCR").last == "verdict: not met: no qualifying or excluding rule is met")
        #expect(try lines("DUX4::IGH").last == "verdict: not met: outside the trial's rules")
        #expect(try lines("IL7R:p.Thr244Ile").last == "verdict: not an alteration: a common polymorphism of the knowledge base's table")
        #expect(try lines("12:25245300:G:A").last == "verdict: not assessed: not a known allele; its protein change decides")
    }

    @Test func aGeneOutsideTheKnowledgeBaseOrAMalformedChangeIsAUsageErrorSayingHowToWriteIt() throws {
        for (variant, message) in [
            ("NOTAGENE:p.G12D", "'NOTAGENE:p.G12D' is not GENE:p.CHANGE of a knowledge-base gene (write it as KRAS:p.G12D)"),
            ("KRAS:twelve", "'KRAS:twelve': 'twelve' is not a protein change (write it as KRAS:p.G12D)"),
        ] {
            let error = #expect(throws: RunError.self) { try lines(variant) }
            #expect(error?.kind == .usage && error?.message == message, "\(variant)")
        }
    }

    @Test func kbShowFindsGenesAndRulesInAnyCase() throws {
        let kras = try #require(KnowledgeBaseText.entry(named: "kras", in: shippedKnowledgeBase))
        #expect(kras.hasPrefix("gene       KRAS\n"))
        #expect(KnowledgeBaseText.entry(named: "KRAS", in: shippedKnowledgeBase) == kras)
        let rule = try #require(KnowledgeBaseText.entry(named: "d-kras-hotspot", in: shippedKnowledgeBase))
        #expect(rule.hasPrefix("rule       D-KRAS-HOTSPOT\n"))
        #expect(KnowledgeBaseText.entry(named: "NOTAGENE", in: shippedKnowledgeBase) == nil)
    }
}

import Assessment
import Profile
import Testing

/// `explain`'s verdict as values: each rule met or not, why, and what the rules add up to.
@Suite struct ExplanationValueTests {
    let knowledgeBase = AssessmentFixtures.knowledgeBase

    @Test func aProteinChangeIsOneBlockOfItsGenesRulesAndTheVerdict() throws {
        let explanation = try Explanation.of("KRAS:G12D", build: nil, knowledgeBase: knowledgeBase)
        #expect(
            explanation
                == RuleExplanation(blocks: [
                    RuleExplanation.Block(
                        lines: ["KRAS p.G12D"],
                        outcomes: [
                            .init(
                                ruleID: "D-KRAS-HOTSPOT", met: true, why: "p.G12D meets missense_codon G12,G13,L19,Q22,A59,G60,Q61,K117,A146",
                                effect: "→ groups D"),
                            .init(
                                ruleID: "D-KRAS-INFRAME", met: false,
                                why: "needs an in-frame insertion, deletion or delins touching codons 10-13; p.G12D (missense)", effect: "→ groups D"),
                        ],
                        closing: ["verdict: qualifies for D (D-KRAS-HOTSPOT)"])
                ]))
    }

    @Test func aKnownAlleleIsExplainedOncePerBuildThatHasIt() throws {
        let explanation = try Explanation.of("chr12:25245350:C:T", build: "GRCh38", knowledgeBase: knowledgeBase)
        #expect(explanation.blocks.map(\.lines.first) == ["chr12:25245350:C:T is KRAS p.G12D (NM_004985.5:c.35G>A) in GRCh38"])
        #expect(explanation.blocks.map(\.closing) == [["verdict: qualifies for D (D-KRAS-HOTSPOT)"]])
    }

    @Test(
        arguments: [
            ("KRAS", nil, "'KRAS' is not GENE:p.CHANGE of a knowledge-base gene (write it as KRAS:p.G12D)"),
            ("KRAS:G12D", "hg42", "unknown genome build 'hg42'"),
            ("BCR::", nil, "'BCR::' is not GENE1::GENE2"),
        ] as [(String, String?, String)])
    func aVariantNotWrittenInOneOfTheFormsIsAUsageError(variant: String, build: String?, message: String) {
        do {
            _ = try Explanation.of(variant, build: build, knowledgeBase: knowledgeBase)
            Issue.record("\(variant) was explained")
        } catch {
            guard case .usage(let said) = error else { Issue.record("not a usage error: \(error)"); return }
            #expect(said == message)
        }
    }
}

import Profile
import Reports
import Testing

/// `explain`'s layout: the rules in aligned columns between a block's lines and its closing lines.
@Suite struct ExplanationTextTests {
    @Test func rulesAreAlignedBetweenHeadingAndVerdict() {
        let explanation = RuleExplanation(blocks: [
            .init(
                lines: ["KRAS p.G12D"],
                outcomes: [
                    .init(ruleID: "R-LONG", met: true, why: "why", effect: "→ groups D"),
                    .init(ruleID: "R", met: false, why: "because", effect: "→ excludes C"),
                ],
                closing: ["verdict: qualifies for D (R-LONG)"]),
            .init(lines: ["second", "block"]),
        ])
        #expect(
            ExplanationText.render(explanation) == """
                KRAS p.G12D
                  R-LONG  met      why      → groups D
                  R       not met  because  → excludes C
                verdict: qualifies for D (R-LONG)
                second
                block

                """)
    }
}

import Profile

/// `explain`'s text: each block's lines, its rules in aligned columns (rule, met or not, why, what
/// meeting it does), then its closing lines.
public enum ExplanationText {
    public static func render(_ explanation: RuleExplanation) -> String {
        explanation.blocks.flatMap { block in
            block.lines
                + TextTable.lines(block.outcomes.map { [$0.ruleID, $0.met ? "met" : "not met", $0.why, $0.effect] }).map { "  " + $0 }
                + block.closing
        }.map { $0 + "\n" }.joined()
    }
}

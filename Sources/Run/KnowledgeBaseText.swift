import Assessment
import Knowledge
import Matching
import Reports

/// `kb show` and `explain` as one library call each: the rules evaluated (`Matching`, `Assessment`),
/// laid out as text (`Reports`).
public enum KnowledgeBaseText {
    /// `kb show NAME`: the rule with that id (with the known alleles it admits), else the gene with that
    /// symbol, whatever the letters' case; nil when the knowledge base has neither.
    public static func entry(named name: String, in kb: KnowledgeBase) -> String? {
        KnowledgeBaseListing.entry(named: name, in: kb) { RuleEvaluator.admittedAlleles($0, in: kb) }
    }

    /// `explain VARIANT`: one line per rule, in aligned columns, ending with the verdict.
    public static func explanation(of variant: String, build: String?, knowledgeBase: KnowledgeBase) throws(RunError) -> String {
        do {
            return ExplanationText.render(try Explanation.of(variant, build: build, knowledgeBase: knowledgeBase))
        } catch {
            switch error {
            case .usage(let message): throw RunError(.usage, message)
            case .invalidKnowledgeBase(let problem): throw RunError(problem)
            }
        }
    }
}

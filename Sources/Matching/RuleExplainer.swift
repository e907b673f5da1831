import Annotation
import Knowledge

/// Says, rule by rule, whether a protein change meets each of its gene's rules and why not.
public struct RuleExplainer: Sendable {
    private let rules: [Rule]

    public init(knowledgeBase: KnowledgeBase) {
        rules = knowledgeBase.rules
    }

    /// One line per rule of the effect's gene: `rule  met|not met  reason`.
    public func explain(_ effect: VariantEffect) -> [(rule: Rule, met: Bool, reason: String)] {
        rules.filter { $0.gene == effect.gene }.map { rule in
            if let match = RuleEvaluator(rules: [rule]).matches(effect).first {
                return (rule, true, "\(match.alteration) meets \(rule.kind.rawValue) \(rule.targetText)")
            }
            return (rule, false, reason(rule, effect))
        }
    }

    private func reason(_ rule: Rule, _ effect: VariantEffect) -> String {
        let change = effect.change.map { "\($0.description) (\($0.kind.rawValue))" } ?? "no protein change"
        switch rule.kind {
        case .missenseCodon: return "needs a missense change at \(rule.targetText); \(change)"
        case .missenseRange: return "needs a missense change in codons \(rule.targetText); \(change)"
        case .proteinChange: return "needs \(rule.targetText); \(change)"
        case .inframeIndel: return "needs an in-frame insertion, deletion or delins touching codons \(rule.targetText); \(change)"
        case .itd: return "needs an in-frame gain of residues in codons \(rule.targetText); \(change)"
        case .truncating: return "needs a stop, frameshift or canonical splice change (\(rule.targetText)); \(change)"
        case .spliceSite: return "needs a canonical splice-site change next to \(rule.targetText) (an annotation with intron numbers); \(change)"
        case .proteinAltering: return "needs a change of the protein; \(change)"
        case .fusion, .kinaseFusion: return "a rearrangement rule (\(rule.targetText)): explain GENE1::GENE2"
        case .amplification, .deletion: return "a copy-number rule: needs a \(rule.kind.rawValue) from a structural record or --cnv"
        }
    }
}

import Annotation
import Knowledge

/// Decides which of a gene's rules a protein change meets.
public struct RuleEvaluator: Sendable {
    private let rulesByGene: [String: [Rule]]

    public init(rules: [Rule]) {
        rulesByGene = Dictionary(grouping: rules.filter { $0.kind.isSmallVariantKind }, by: \.gene)
    }

    /// Genes with at least one small-variant rule.
    public var genes: Set<String> { Set(rulesByGene.keys) }

    /// The rules `change` meets in `gene`, each with the alteration name to report.
    public func matches(gene: String, change: ProteinChange) -> [(rule: Rule, alteration: String)] {
        guard let rules = rulesByGene[gene], let start = change.start, let residue = change.startResidue else { return [] }
        let end = change.end ?? start
        return rules.compactMap { rule in
            switch (rule.kind, rule.target) {
            case (.missenseCodon, .codons(let codons)):
                guard change.kind == .missense, codons.contains(Codon(residue: residue, number: start)) else { return nil }
                return (rule, change.description)
            case (.proteinChange, .proteinChange(let wanted)):
                return change.description == wanted ? (rule, change.description) : nil
            case (.inframeIndel, .window(let window)):
                guard [.deletion, .insertion, .duplication, .delins].contains(change.kind), window.overlaps(start...end) else { return nil }
                return (rule, change.description)
            case (.itd, .window(let window)):
                guard change.residuesGained > 0, window.overlaps(start...end) else { return nil }
                return (rule, "ITD")
            default:
                return nil
            }
        }
    }
}

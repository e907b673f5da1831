extension Rule {
    /// Whether a rule of the knowledge base names this gene pair, either way round (`USP9X::DDX3X`):
    /// such a pair is a fusion the trial asks for, never a read-through.
    public static func namesPair(_ a: String, _ b: String, rules: [Rule]) -> Bool {
        rules.contains { rule in
            guard rule.kind == .fusion || rule.kind == .kinaseFusion else { return false }
            let partner = rule.gene == a ? b : rule.gene == b ? a : nil
            guard let partner else { return false }
            switch rule.target {
            case .partners(let included?, _), .kinase(_, let included?, _): return included.contains(partner)
            default: return false
            }
        }
    }
}

/// Reads the `target` column of a rule for its kind; `nil` when the text does not fit the kind.
enum RuleTargetParser {
    static func parse(_ text: String, kind: RuleKind) -> Rule.Target? {
        switch kind {
        case .missenseCodon:
            let items = text.split(separator: ",")
            var codons = Set<Codon>(minimumCapacity: items.count)
            for item in items {
                guard let residue = item.first, residue.isUppercase, let number = Int(item.dropFirst()), number > 0 else { return nil }
                codons.insert(Codon(residue: residue, number: number))
            }
            return codons.isEmpty ? nil : .codons(codons)
        case .proteinChange:
            let changes = text.split(separator: ",").map(String.init)
            guard !changes.isEmpty, changes.allSatisfy({ $0.hasPrefix("p.") && $0.count > 3 }) else { return nil }
            return .proteinChanges(Set(changes))
        case .missenseRange, .inframeIndel, .itd:
            return range(text).map(Rule.Target.window)
        case .truncating, .spliceSite:
            if text == "*" { return kind == .truncating ? .exons(nil) : nil }
            guard text.hasPrefix("exons "), let exons = range(String(text.dropFirst("exons ".count))) else { return nil }
            return .exons(exons)
        case .fusion:
            var included: Set<String>? = []
            var excluded = Set<String>()
            for item in text.split(separator: ",").map(String.init) {
                if item == "*" {
                    included = nil
                } else if item.hasPrefix("!"), item.count > 1 {
                    excluded.insert(String(item.dropFirst()))
                } else if !item.isEmpty {
                    included?.insert(item)
                }
            }
            if let included, included.isEmpty { return nil }
            guard included == nil || excluded.isEmpty else { return nil }
            return .partners(included: included, excluded: excluded)
        case .kinaseFusion:
            // `from 242`, `from 242 except BCR,ETV6`, `from 242 with BCR`
            let words = text.split(separator: " ").map(String.init)
            guard words.count == 2 || words.count == 4, words[0] == "from", let start = Int(words[1]), start > 0 else { return nil }
            guard words.count == 4 else { return .kinase(domainStart: start, included: nil, excluded: []) }
            let genes = Set(words[3].split(separator: ",").map(String.init))
            switch words[2] {
            case "except": return .kinase(domainStart: start, included: nil, excluded: genes)
            case "with": return .kinase(domainStart: start, included: genes, excluded: [])
            default: return nil
            }
        case .proteinAltering, .amplification, .deletion:
            return text == "*" ? .wholeGene : nil
        }
    }

    /// `first-last` with 1 <= first <= last.
    private static func range(_ text: String) -> ClosedRange<Int>? {
        let bounds = text.split(separator: "-").compactMap { Int($0) }
        guard bounds.count == 2, bounds[0] > 0, bounds[0] <= bounds[1] else { return nil }
        return bounds[0]...bounds[1]
    }
}

/// Reads the `target` column of a rule for its kind; `nil` when the text does not fit the kind.
enum RuleTargetParser {
    static func parse(_ text: String, kind: RuleKind) -> Rule.Target? {
        switch kind {
        case .missenseCodon:
            var codons = Set<Codon>()
            for item in text.split(separator: ",") {
                guard let residue = item.first, residue.isUppercase, let number = Int(item.dropFirst()), number > 0 else { return nil }
                codons.insert(Codon(residue: residue, number: number))
            }
            return codons.isEmpty ? nil : .codons(codons)
        case .proteinChange:
            return text.hasPrefix("p.") && text.count > 3 ? .proteinChange(text) : nil
        case .inframeIndel, .itd:
            let bounds = text.split(separator: "-").compactMap { Int($0) }
            guard bounds.count == 2, bounds[0] > 0, bounds[0] <= bounds[1] else { return nil }
            return .window(bounds[0]...bounds[1])
        case .fusion:
            if text == "*" { return .partners(nil) }
            let partners = Set(text.split(separator: ",").map(String.init))
            return partners.isEmpty ? nil : .partners(partners)
        case .amplification, .deletion, .truncating:
            return text == "*" ? .wholeGene : nil
        }
    }
}

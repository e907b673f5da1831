import Annotation
import Knowledge

/// Decides which of a gene's rules a variant effect meets.
public struct RuleEvaluator: Sendable {
    private let rulesByGene: [String: [Rule]]

    private static let spliceSiteTerms: Set = ["splice_acceptor_variant", "splice_donor_variant"]
    private static let truncatingTerms = spliceSiteTerms.union(["stop_gained", "frameshift_variant"])
    private static let proteinAlteringTerms = truncatingTerms.union(["start_lost", "stop_lost", "protein_altering_variant"])
    private static let inframeKinds: Set<ProteinChange.Kind> = [.deletion, .insertion, .duplication, .delins]
    private static let truncatingKinds: Set<ProteinChange.Kind> = [.nonsense, .frameshift]
    private static let alteringKinds = inframeKinds.union(truncatingKinds).union([.missense, .stopLost])

    public init(rules: [Rule]) {
        rulesByGene = Dictionary(grouping: rules.filter { $0.kind.isSmallVariantKind }, by: \.gene)
        genes = Set(rulesByGene.keys)
    }

    /// Genes with at least one small-variant rule (kept, not recomputed: it is asked per annotation entry).
    public let genes: Set<String>

    /// The small-variant rules of `gene`.
    public func rules(of gene: String) -> [Rule] { rulesByGene[gene] ?? [] }

    /// The rules `effect` meets, each with the alteration name to report.
    public func matches(_ effect: VariantEffect) -> [(rule: Rule, alteration: String)] {
        guard let rules = rulesByGene[effect.gene] else { return [] }
        return rules.compactMap { rule in meets(rule, effect).map { (rule, $0) } }
    }

    /// False when no rule can be met by an effect with `change` and `consequences`: every rule asks for a
    /// protein change or a protein-altering term (the truncating and splice-site terms among them), so that
    /// an entry without either need not be made an effect and matched.
    public static func mayMeet(change: ProteinChange?, consequences: [String]) -> Bool {
        change != nil || consequences.contains(where: proteinAlteringTerms.contains)
    }

    /// The alteration name when `effect` meets `rule`, else `nil`.
    private func meets(_ rule: Rule, _ effect: VariantEffect) -> String? {
        let change = effect.change
        let codons = change.flatMap { c in c.start.map { $0...(c.end ?? $0) } }
        switch (rule.kind, rule.target) {
        case (.missenseCodon, .codons(let targets)):
            guard let change, change.kind == .missense, let residue = change.startResidue, let start = change.start,
                targets.contains(Codon(residue: residue, number: start))
            else { return nil }
            return change.description
        case (.missenseRange, .window(let window)):
            guard let change, change.kind == .missense, let start = change.start, window.contains(start) else { return nil }
            return change.description
        case (.proteinChange, .proteinChanges(let wanted)):
            guard let change, wanted.contains(change.description) else { return nil }
            return change.description
        case (.inframeIndel, .window(let window)):
            guard let change, let codons, Self.inframeKinds.contains(change.kind),
                window.overlaps(codons)
            else { return nil }
            return change.description
        case (.itd, .window(let window)):
            guard let change, let codons, change.residuesGained > 0, window.overlaps(codons) else { return nil }
            return "ITD"
        case (.truncating, .exons(let exons)):
            let truncating =
                change.map { Self.truncatingKinds.contains($0.kind) } == true
                || !effect.consequences.isDisjoint(with: Self.truncatingTerms)
            guard truncating, exons.map({ inExons($0, effect) }) ?? true else { return nil }
            return name(effect)
        case (.spliceSite, .exons(let exons)):
            guard !effect.consequences.isDisjoint(with: Self.spliceSiteTerms), exons.map({ inExons($0, effect) }) ?? true else { return nil }
            return name(effect)
        case (.proteinAltering, .wholeGene):
            // An insertion written in an intron counts only where a rule's codon window asks for it (an ITD).
            guard effect.duplication == nil else { return nil }
            guard Self.alteringKinds.contains(change?.kind ?? .unknown) || !effect.consequences.isDisjoint(with: Self.proteinAlteringTerms) else {
                return nil
            }
            return name(effect)
        default:
            return nil
        }
    }

    /// Whether the effect lies in the exons, or in an intron next to one of them.
    private func inExons(_ exons: ClosedRange<Int>, _ effect: VariantEffect) -> Bool {
        if let exon = effect.exon { return exons.contains(exon) }
        if let intron = effect.intron { return exons.contains(intron) || exons.contains(intron + 1) }
        return false
    }

    /// The protein change where there is a known one, else the c. change (a splice site), else the consequence.
    private func name(_ effect: VariantEffect) -> String {
        if let change = effect.change, change.kind != .unknown { return change.description }
        if let cDot = effect.hgvsc.split(separator: ":").last, cDot.hasPrefix("c.") { return String(cDot) }
        return effect.consequences.sorted().first ?? "protein-altering"
    }
}

extension RuleEvaluator {
    /// The knowledge base's hotspot alleles of `rule`'s gene whose protein change `rule` admits (`kb show`).
    public static func admittedAlleles(_ rule: Rule, in kb: KnowledgeBase) -> [HotspotAllele] {
        let evaluator = RuleEvaluator(rules: [rule])
        return kb.hotspotAlleles.filter { allele in
            allele.gene == rule.gene && !evaluator.matches(VariantEffect(gene: allele.gene, change: ProteinChange(hgvs: allele.protein))).isEmpty
        }
    }
}

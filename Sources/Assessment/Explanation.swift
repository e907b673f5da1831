import Annotation
import Assessment
import CallerEvidence
import Knowledge
import Matching
import Profile

/// `explain VARIANT`: which rules a protein change, a fusion or a known allele meets or fails, and
/// why, ending with a verdict line (qualifies for / excluded by / not met); `Reports.ExplanationText`
/// lays it out.
public enum Explanation {
    /// Why a variant cannot be explained: it is not written as one of the three forms (a usage
    /// error), or the knowledge base cannot place genes.
    public enum Failure: Error {
        case usage(String)
        case invalidKnowledgeBase(KnowledgeBaseError)
    }

    /// The explanation, one outcome per rule, for GENE:p.CHANGE, GENE1::GENE2 or CHROM:POS:REF:ALT.
    public static func of(_ variant: String, build: String?, knowledgeBase kb: KnowledgeBase) throws(Failure) -> RuleExplanation {
        let builds =
            try build.map { name throws(Failure) -> [GenomeBuild] in
                guard let build = GenomeBuild(name: name) else { throw .usage("unknown genome build '\(name)'") }
                return [build]
            } ?? GenomeBuild.allCases
        if variant.contains("::") {
            return RuleExplanation(blocks: [try fusion(variant, kb, build: builds[0])])
        } else if variant.split(separator: ":").count == 4 {
            return RuleExplanation(blocks: try allele(variant, kb, builds: builds))
        }
        return RuleExplanation(blocks: [try proteinChange(variant, kb)])
    }

    /// GENE:p.CHANGE; the gene in any case and the change with or without its `p.` (`kras:G12D`).
    private static func proteinChange(_ variant: String, _ kb: KnowledgeBase) throws(Failure) -> RuleExplanation.Block {
        let parts = variant.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let gene = kb.genes[parts[0]]?.symbol ?? kb.genes.keys.first(where: { $0.uppercased() == parts[0].uppercased() })
        else {
            throw .usage("'\(variant)' is not GENE:p.CHANGE of a knowledge-base gene (write it as KRAS:p.G12D)")
        }
        guard let change = ProteinChange(hgvs: parts[1]) ?? ProteinChange(hgvs: "p." + parts[1]) else {
            throw .usage("'\(variant)': '\(parts[1])' is not a protein change (write it as \(gene):p.G12D)")
        }
        return rules(VariantEffect(gene: gene, change: change, consequences: [], hgvsc: ""), kb, heading: "\(gene) \(change.description)")
    }

    private static func allele(_ variant: String, _ kb: KnowledgeBase, builds: [GenomeBuild]) throws(Failure) -> [RuleExplanation.Block] {
        let parts = variant.split(separator: ":").map(String.init)
        guard let position = Int(parts[1]) else { throw .usage("'\(variant)' has no numeric position") }
        let contig = ContigName.normalized(parts[0])
        var blocks: [RuleExplanation.Block] = []
        for build in builds {
            for entry in kb.polymorphisms
            where entry.loci[build] == Locus(contig: contig, position: position)
                && entry.ref == parts[2].uppercased() && entry.alt == parts[3].uppercased()
            {
                blocks.append(
                    rules(
                        VariantEffect(gene: entry.gene, change: ProteinChange(hgvs: entry.protein), hgvsc: entry.hgvsc), kb,
                        heading: "\(variant) is \(entry.gene) \(entry.protein) (\(entry.hgvsc)) in \(build.rawValue)"))
            }
            for allele in kb.hotspotAlleles
            where allele.loci[build] == Locus(contig: contig, position: position)
                && allele.ref == parts[2].uppercased() && allele.alt == parts[3].uppercased()
            {
                blocks.append(
                    rules(
                        VariantEffect(gene: allele.gene, change: ProteinChange(hgvs: allele.protein), hgvsc: allele.hgvsc), kb,
                        heading: "\(variant) is \(allele.gene) \(allele.protein) (\(allele.hgvsc)) in \(build.rawValue)"))
            }
        }
        guard blocks.isEmpty else { return blocks }
        let genes = kb.genes.values.filter { gene in
            builds.contains { build in gene.spans[build].map { $0.contig == contig && ($0.start...$0.end).contains(position) } ?? false }
        }.map(\.symbol).sorted()
        return [
            RuleExplanation.Block(lines: [
                "\(variant) is not a known hotspot allele\(genes.isEmpty ? " and lies in no knowledge-base gene" : " (it lies in \(genes.joined(separator: ", ")))").",
                "Annotate the VCF with VEP (CSQ with HGVSp) to evaluate domain, in-frame, truncating and splice rules, or explain GENE:p.CHANGE.",
                "verdict: not assessed: not a known allele; its protein change decides",
            ])
        ]
    }

    private static func fusion(_ variant: String, _ kb: KnowledgeBase, build: GenomeBuild) throws(Failure) -> RuleExplanation.Block {
        let genes = variant.components(separatedBy: "::")
        guard genes.count == 2, !genes[0].isEmpty, !genes[1].isEmpty else {
            throw .usage("'\(variant)' is not GENE1::GENE2")
        }
        let locator: GeneLocator
        do {
            locator = try kb.geneLocator(build: build)
        } catch {
            throw .invalidKnowledgeBase(error)
        }
        let matcher = StructuralMatcher(knowledgeBase: kb, build: build, locator: locator, thresholds: CopyNumberThresholds())
        let candidate = FusionCandidate(
            first: .init(gene: genes[0], contig: nil, position: nil),
            second: .init(gene: genes[1], contig: nil, position: nil),
            orientationKnown: true, inFrame: nil, basis: "as written", evidence: .asWritten(variant), filter: ".", support: [])
        let met = matcher.fusionRules(for: candidate)
        let lines = [
            "\(candidate.name) (5' \(candidate.first.gene), 3' \(candidate.second.gene); breakpoints not given, so the kinase domain is not checked)"
        ]
        let rules = kb.rules.filter { [.fusion, .kinaseFusion].contains($0.kind) && genes.map(GeneSymbol.canonical).contains($0.gene) }
        guard !rules.isEmpty else {
            return RuleExplanation.Block(
                lines: lines + [
                    "  no fusion rule names \(genes.joined(separator: " or ")): outside the trial's rules",
                    "verdict: not met: outside the trial's rules",
                ])
        }
        let outcomes = rules.map { rule in
            let hit = met.contains { $0.rule.id == rule.id }
            let why =
                hit
                ? "meets \(rule.kind.rawValue) \(rule.targetText) (\(rule.evidence.rawValue))"
                : rule.kind == .kinaseFusion
                    ? "needs \(rule.gene) as the 3' partner, partners \(rule.targetText)"
                    : "needs partners \(rule.targetText)"
            return (rule, hit, why)
        }
        return RuleExplanation.Block(lines: lines, outcomes: table(outcomes), closing: [verdict(outcomes)])
    }

    /// The rules' outcomes: rule, met or not, why, and what meeting it does.
    private static func table(_ outcomes: [(rule: Rule, met: Bool, why: String)]) -> [RuleExplanation.Outcome] {
        outcomes.map { outcome in
            let role = outcome.rule.role == .qualifies ? "→ groups" : outcome.rule.role == .excludes ? "→ excludes" : "→ flags"
            return RuleExplanation.Outcome(
                ruleID: outcome.rule.id, met: outcome.met, why: outcome.why,
                effect: "\(role) \(outcome.rule.groups.joined(separator: ","))")
        }
    }

    /// What the rules add up to, as the profile would count them: an exclusion bars its groups and
    /// makes the change no qualifying alteration; otherwise the qualifying rules met give the groups
    /// (a flagged rule only with the board's confirmation); advisory rules flag.
    static func verdict(_ outcomes: [(rule: Rule, met: Bool, why: String)]) -> String {
        let met = outcomes.filter(\.met).map(\.rule)
        let exclusions = met.filter { $0.role == .excludes }, qualifying = met.filter { $0.role == .qualifies }
        let advisory = met.filter { $0.role == .advisory }
        let flags = advisory.isEmpty ? "" : "; flagged resistance-change by \(advisory.map(\.id).joined(separator: ", "))"
        func groups(_ rules: [Rule]) -> String { Set(rules.flatMap(\.groups)).sorted().joined(separator: ", ") }
        if !exclusions.isEmpty {
            return
                "verdict: excluded by \(exclusions.map(\.id).joined(separator: ", ")) (bars \(groups(exclusions))); not a qualifying alteration\(flags)"
        }
        if !qualifying.isEmpty {
            let board = qualifying.allSatisfy { $0.evidence == .flagged } ? " with the board's confirmation" : ""
            return "verdict: qualifies for \(groups(qualifying))\(board) (\(qualifying.map(\.id).joined(separator: ", ")))\(flags)"
        }
        return "verdict: not met: no qualifying or excluding rule is met\(flags)"
    }

    private static func rules(_ effect: VariantEffect, _ kb: KnowledgeBase, heading: String) -> RuleExplanation.Block {
        var lines = [heading]
        if let change = effect.change, let entry = kb.polymorphism(gene: effect.gene, protein: change.description) {
            lines.append(
                "  common-polymorphism: \(entry.label) has population frequency \(entry.populationAF)\(entry.frequencyVerified ? "" : " (approximate)") in the knowledge base's polymorphism table, above the default --max-population-af \(ProfileBuilder.Thresholds().maximumPopulationAF): in a variant file it is a near-miss (reason common-polymorphism), never an alteration, whatever the rules below say"
            )
            lines.append("    source: \(entry.source)")
        }
        let outcomes = RuleExplainer(knowledgeBase: kb).explain(effect).map { (rule: $0.rule, met: $0.met, why: $0.reason) }
        let isPolymorphism = effect.change.flatMap { kb.polymorphism(gene: effect.gene, protein: $0.description) } != nil
        return RuleExplanation.Block(
            lines: lines, outcomes: table(outcomes),
            closing: [
                isPolymorphism ? "verdict: not an alteration: a common polymorphism of the knowledge base's table" : verdict(outcomes)
            ])
    }
}

import Annotation
import ArgumentParser
import Foundation
import Knowledge
import Matching

/// `hemimatch explain VARIANT`: which rules a variant meets or fails, and why.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain which rules a variant meets or fails, and why.",
        discussion: """
        VARIANT is GENE:p.CHANGE (KRAS:p.G12D, JAK2:p.Arg683Gly), a fusion GENE1::GENE2 (5' partner first), \
        or CHROM:POS:REF:ALT of a known hotspot allele (with --build; without it both builds are tried).

        Examples:
          hemimatch explain KRAS:p.G12D
          hemimatch explain EBF1::PDGFRB
          hemimatch explain chr12:25245350:C:T --build GRCh38
        """
    )

    @Argument(help: "GENE:p.CHANGE, GENE1::GENE2, or CHROM:POS:REF:ALT.")
    var variant: String

    @Option(help: "Genome build of a CHROM:POS:REF:ALT variant or of a fusion's kinase check (GRCh37, GRCh38).")
    var build: String?

    @OptionGroup var knowledgeBaseOption: KnowledgeBaseOption

    func run() throws {
        try Failure.reporting { () throws(Failure) in
            let kb = try knowledgeBaseOption.load()
            let builds = try build.map { name throws(Failure) -> [GenomeBuild] in
                guard let build = GenomeBuild(name: name) else { throw Failure(status: .usage, message: "unknown genome build '\(name)'") }
                return [build]
            } ?? GenomeBuild.allCases
            if variant.contains("::") {
                try explainFusion(kb, build: builds[0])
            } else if variant.split(separator: ":").count == 4 {
                try explainAllele(kb, builds: builds)
            } else {
                try explainProteinChange(kb)
            }
        }
    }

    private func explainProteinChange(_ kb: KnowledgeBase) throws(Failure) {
        let parts = variant.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, kb.genes[parts[0]] != nil, let change = ProteinChange(hgvs: parts[1]) else {
            throw Failure(status: .usage, message: "'\(variant)' is not GENE:p.CHANGE of a knowledge-base gene")
        }
        report(VariantEffect(gene: parts[0], change: change, consequences: [], hgvsc: ""), kb, heading: "\(parts[0]) \(change.description)")
    }

    private func explainAllele(_ kb: KnowledgeBase, builds: [GenomeBuild]) throws(Failure) {
        let parts = variant.split(separator: ":").map(String.init)
        guard let position = Int(parts[1]) else { throw Failure(status: .usage, message: "'\(variant)' has no numeric position") }
        let contig = ContigName.normalized(parts[0])
        var found = false
        for build in builds {
            for entry in kb.polymorphisms where entry.loci[build] == Locus(contig: contig, position: position)
                && entry.ref == parts[2].uppercased() && entry.alt == parts[3].uppercased() {
                found = true
                report(VariantEffect(gene: entry.gene, change: ProteinChange(hgvs: entry.protein), hgvsc: entry.hgvsc), kb,
                       heading: "\(variant) is \(entry.gene) \(entry.protein) (\(entry.hgvsc)) in \(build.rawValue)")
            }
            for allele in kb.hotspotAlleles where allele.loci[build] == Locus(contig: contig, position: position)
                && allele.ref == parts[2].uppercased() && allele.alt == parts[3].uppercased() {
                found = true
                report(VariantEffect(gene: allele.gene, change: ProteinChange(hgvs: allele.protein), hgvsc: allele.hgvsc), kb,
                       heading: "\(variant) is \(allele.gene) \(allele.protein) (\(allele.hgvsc)) in \(build.rawValue)")
            }
        }
        guard found else {
            let genes = kb.genes.values.filter { gene in
                builds.contains { build in gene.spans[build].map { $0.contig == contig && ($0.start...$0.end).contains(position) } ?? false }
            }.map(\.symbol).sorted()
            print("\(variant) is not a known hotspot allele\(genes.isEmpty ? " and lies in no knowledge-base gene" : " (it lies in \(genes.joined(separator: ", ")))").")
            print("Annotate the VCF with VEP (CSQ with HGVSp) to evaluate domain, in-frame, truncating and splice rules, or explain GENE:p.CHANGE.")
            return
        }
    }

    private func explainFusion(_ kb: KnowledgeBase, build: GenomeBuild) throws(Failure) {
        let genes = variant.components(separatedBy: "::")
        guard genes.count == 2, !genes[0].isEmpty, !genes[1].isEmpty else {
            throw Failure(status: .usage, message: "'\(variant)' is not GENE1::GENE2")
        }
        let locator: GeneLocator
        do {
            locator = try kb.geneLocator(build: build)
        } catch {
            throw Failure(status: .invalidKnowledgeBase, message: "invalid knowledge base: \(error)")
        }
        let matcher = StructuralMatcher(knowledgeBase: kb, build: build, locator: locator, thresholds: CopyNumberThresholds())
        let candidate = FusionCandidate(first: .init(gene: genes[0], contig: nil, position: nil),
                                        second: .init(gene: genes[1], contig: nil, position: nil),
                                        orientationKnown: true, inFrame: nil, basis: "as written", variant: variant, filter: ".", support: [])
        let met = matcher.fusionRules(for: candidate)
        print("\(candidate.name) (5' \(candidate.first.gene), 3' \(candidate.second.gene); breakpoints not given, so the kinase domain is not checked)")
        let rules = kb.rules.filter { [.fusion, .kinaseFusion].contains($0.kind) && genes.map(FusionCandidate.canonicalGene).contains($0.gene) }
        guard !rules.isEmpty else {
            print("  no fusion rule names \(genes.joined(separator: " or ")): outside the trial's rules")
            return
        }
        for rule in rules {
            let hit = met.contains { $0.rule.id == rule.id }
            let why = hit ? "meets \(rule.kind.rawValue) \(rule.targetText) (\(rule.evidence.rawValue))"
                : rule.kind == .kinaseFusion ? "needs \(rule.gene) as the 3' partner, partners \(rule.targetText)"
                : "needs partners \(rule.targetText)"
            print("  \(rule.id)  \(hit ? "met    " : "not met")  \(why)  → groups \(rule.groups.joined(separator: ","))")
        }
    }

    private func report(_ effect: VariantEffect, _ kb: KnowledgeBase, heading: String) {
        print(heading)
        if let change = effect.change, let entry = kb.polymorphism(gene: effect.gene, protein: change.description) {
            print("  common-polymorphism: \(entry.label) has population frequency \(entry.populationAF)\(entry.frequencyVerified ? "" : " (approximate)") in the knowledge base's polymorphism table, above the default --max-population-af \(ProfileBuilder.Thresholds().maximumPopulationAF): in a variant file it is a near-miss (reason common-polymorphism), never an alteration, whatever the rules below say")
            print("    source: \(entry.source)")
        }
        for line in RuleExplainer(knowledgeBase: kb).explain(effect) {
            let role = line.rule.role == .qualifies ? "→ groups" : "→ excludes"
            print("  \(line.rule.id)  \(line.met ? "met    " : "not met")  \(line.reason)  \(role) \(line.rule.groups.joined(separator: ","))")
        }
    }
}

import Knowledge

/// Plain-text descriptions of the knowledge base for `hemimatch kb`. Which known alleles a rule admits
/// is the matching engine's to say (`RuleEvaluator.admittedAlleles`): the caller passes it in.
public enum KnowledgeBaseListing {
    /// A group (`kb show B`): its drugs, sources, and the registry criteria the clinical sheet is read against.
    public static func group(_ group: TreatmentGroup, in kb: KnowledgeBase) -> String {
        var lines = [
            "group \(group.letter): \(group.name) (\(group.drugs))", "qualifying: \(group.qualifying)",
            "sources: \(group.sourceIDs.joined(separator: ", "))",
            "recruitment: "
                + (kb.recruitment.first { $0.group == group.letter }.map {
                    "\($0.status.rawValue)" + ($0.asOf.isEmpty ? "" : " as of \($0.asOf)") + " (\($0.sourceIDs.joined(separator: ", ")): \($0.note))"
                } ?? "not in recruitment.tsv"),
        ]
        let criteria = kb.criteria.filter { $0.group == group.letter }
        lines.append(criteria.isEmpty ? "no non-molecular criteria in criteria.tsv" : "criteria read against --clinical (criteria.tsv):")
        lines += criteria.map {
            "  \($0.criterion)  \($0.kind.rawValue)\($0.value.isEmpty ? "" : " \($0.value)")  \($0.text) (\($0.sourceIDs.joined(separator: ", ")))"
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line: version and rule counts per group, role and kind.
    public static func summary(_ kb: KnowledgeBase) -> String {
        let qualifying = kb.rules.filter { $0.role == .qualifies }
        let perGroup = Dictionary(grouping: qualifying.flatMap { rule in rule.groups.map { ($0, rule) } }, by: \.0)
            .sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.count)" }
        let perKind = Dictionary(grouping: kb.rules, by: \.kind.rawValue).sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.count)" }
        return "knowledge base \(kb.version) is valid: \(kb.rules.count) rules (qualifying per group: \(perGroup.joined(separator: ", ")); "
            + "exclusions \(kb.rules.filter { $0.role == .excludes }.count); advisory \(kb.rules.filter { $0.role == .advisory }.count); kinds: \(perKind.joined(separator: ", "))), \(kb.genes.count) genes, "
            + "\(kb.hotspotAlleles.count) hotspot alleles, \(kb.polymorphisms.count) common polymorphisms (never alterations), \(kb.sources.count) sources"
    }

    /// `kb show NAME`: the rule with that id, else the gene with that symbol, else the group with that
    /// letter, each matched whatever the letters' case (`kras`, `d-kras-hotspot`, `b`); nil when the
    /// knowledge base has none of them.
    public static func entry(named name: String, in kb: KnowledgeBase, admittedAlleles: (Rule) -> [HotspotAllele]) -> String? {
        let wanted = name.uppercased()
        if let rule = kb.rules.first(where: { $0.id.uppercased() == wanted }) {
            return self.rule(rule, in: kb, admittedAlleles: admittedAlleles(rule))
        }
        if let gene = kb.genes[name] ?? kb.genes.first(where: { $0.key.uppercased() == wanted })?.value { return self.gene(gene, in: kb) }
        if let group = kb.groups.first(where: { $0.letter.uppercased() == wanted }) { return self.group(group, in: kb) }
        return nil
    }

    /// - Parameter alleles: the knowledge base's hotspot alleles the rule admits.
    public static func rule(_ rule: Rule, in kb: KnowledgeBase, admittedAlleles alleles: [HotspotAllele]) -> String {
        var lines = [
            "rule       \(rule.id)",
            "gene       \(rule.gene) (\(rule.transcript))",
            "\(rule.role == .qualifies ? "qualifies" : rule.role == .excludes ? "excludes " : "flags    ") \(rule.groups.joined(separator: ", ")) (\(rule.pathway))",
            "kind       \(rule.kind.rawValue) \(rule.targetText)",
            "evidence   \(rule.evidence.rawValue)\(rule.verified ? "" : " (not independently verified)")",
            "note       \(rule.note)",
            "sources",
        ]
        lines += rule.sourceIDs.compactMap { kb.sources[$0] }.map { "  \($0.id): \($0.citation) \($0.url)" }
        if case .codons(let codons) = rule.target {
            lines.append("codons on the genome (GRCh37 | GRCh38)")
            lines += TextTable.lines(
                codons.sorted { $0.number < $1.number }.map { codon in
                    ["  \(codon.residue)\(codon.number)"] + GenomeBuild.allCases.map { codonLocus(codon.number, gene: rule.gene, build: $0, in: kb) }
                })
        }
        let polymorphisms = kb.polymorphisms.filter { $0.ruleIDs.contains(rule.id) }
        if !polymorphisms.isEmpty {
            lines.append("common polymorphisms inside the rule (never alterations; polymorphisms.tsv)")
            lines += polymorphisms.map {
                "  \($0.label) \($0.hgvsc), population frequency \($0.populationAF)\($0.frequencyVerified ? "" : " (approximate)")"
            }
        }
        if !alleles.isEmpty {
            lines.append("known alleles (GRCh37 | GRCh38)")
            lines += TextTable.lines(
                alleles.map { allele in
                    ["  " + allele.protein, allele.hgvsc, locus(allele, .grch37), locus(allele, .grch38)]
                })
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func gene(_ gene: Gene, in kb: KnowledgeBase) -> String {
        var lines = ["gene       \(gene.symbol)", "transcript \(gene.maneRefSeq) / \(gene.maneEnsembl) (\(gene.strand) strand)"]
        for build in GenomeBuild.allCases {
            if let span = gene.spans[build] { lines.append("\(build.rawValue)     \(span.contig):\(span.start)-\(span.end)") }
        }
        let rules = kb.rules(for: gene.symbol)
        lines.append("rules      \(rules.isEmpty ? "none" : "")")
        lines += rules.map { "  \($0.id)  \($0.role.rawValue) \($0.groups.joined(separator: ","))  \($0.kind.rawValue) \($0.targetText)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `12:25398283-25398285` for a codon of the gene's transcript model, `-` without a model.
    private static func codonLocus(_ codon: Int, gene: String, build: GenomeBuild, in kb: KnowledgeBase) -> String {
        guard let model = kb.transcripts[build]?[gene], let positions = model.genomicPositions(ofCodon: codon) else { return "-" }
        return "\(model.contig):\(positions.min()!)-\(positions.max()!)"
    }

    private static func locus(_ allele: HotspotAllele, _ build: GenomeBuild) -> String {
        guard let locus = allele.loci[build] else { return "-" }
        return "\(locus.contig):\(locus.position) \(allele.ref)>\(allele.alt)"
    }
}

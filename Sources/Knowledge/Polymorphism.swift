import FoundationEssentials
import Tables

/// A common inherited coding variant (population frequency >= 0.1%) that falls inside a rule of the
/// knowledge base: an allele like this never qualifies a child, even in a file without frequency
/// annotation. Read from `Reference/polymorphisms.tsv`.
public struct Polymorphism: Sendable, Equatable {
    public let gene: String
    /// One-letter protein change, e.g. `p.T244I`.
    public let protein: String
    /// HGVS c. on the MANE Select transcript.
    public let hgvsc: String
    public let rsID: String
    public let loci: [GenomeBuild: Locus]
    public let ref: String
    public let alt: String
    /// The population allele frequency the table gives (the highest population's, where known).
    public let populationAF: Double
    /// Whether the frequency was re-read at a population database; the identity and position always were.
    public let frequencyVerified: Bool
    /// The rules whose codons or window the variant falls in.
    public let ruleIDs: [String]
    public let source: String

    /// `IL7R p.T244I (rs6897932)`.
    public var label: String { "\(gene) \(protein) (\(rsID))" }
}

/// The lowest population frequency an entry of the polymorphism table may have: below it a variant
/// is rare and may still qualify ("recurrent or novel" in the registry text).
public let polymorphismTableMinimumAF = 0.001

extension KnowledgeBase {
    /// The polymorphism table, checked as the hotspot table is: gene spans, the MANE models of both
    /// builds (codon and reference base), and never an allele the hotspot table holds. A knowledge
    /// base without the file has no entries.
    static func loadPolymorphisms(
        _ path: String, genes: [String: Gene], rules: [Rule], hotspots: [HotspotAllele],
        transcripts: [GenomeBuild: [String: TranscriptModel]]
    ) throws(KnowledgeBaseError) -> [Polymorphism] {
        let table = try TSVTable(
            path: path,
            requiredColumns: [
                "gene", "protein", "hgvsc", "rsid", "grch37_chrom", "grch37_pos", "grch38_chrom",
                "grch38_pos", "ref", "alt", "population_af", "frequency_verified", "rule_ids", "source",
            ])
        let ruleIDs = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try table.rows.map { row throws(KnowledgeBaseError) -> Polymorphism in
            func fail(_ field: String, _ problem: String) -> KnowledgeBaseError {
                KnowledgeBaseError(file: path, line: row.line, field: field, problem: problem)
            }
            guard let gene = genes[row["gene"]] else { throw fail("gene", "unknown gene '\(row["gene"])'") }
            guard let p37 = Int(row["grch37_pos"]), let p38 = Int(row["grch38_pos"]), !row["ref"].isEmpty, !row["alt"].isEmpty,
                row["protein"].hasPrefix("p.")
            else {
                throw fail("protein", "incomplete polymorphism entry")
            }
            guard row["rsid"].hasPrefix("rs"), !row["source"].isEmpty else { throw fail("source", "needs an rsID and a source") }
            guard let frequency = Double(row["population_af"]), frequency >= polymorphismTableMinimumAF, frequency <= 1 else {
                throw fail(
                    "population_af", "must be a frequency from \(polymorphismTableMinimumAF) to 1: a rarer variant does not belong in the table")
            }
            guard ["yes", "no"].contains(row["frequency_verified"]) else { throw fail("frequency_verified", "must be yes or no") }
            let ids = listItems(row["rule_ids"], separator: ";")
            guard !ids.isEmpty else { throw fail("rule_ids", "names no rule") }
            for id in ids {
                guard let rule = ruleIDs[id] else { throw fail("rule_ids", "unknown rule '\(id)'") }
                guard rule.gene == gene.symbol else { throw fail("rule_ids", "rule \(id) is a \(rule.gene) rule, not \(gene.symbol)") }
            }
            var loci: [GenomeBuild: Locus] = [:]
            for (build, position, contig) in [(GenomeBuild.grch37, p37, row["grch37_chrom"]), (.grch38, p38, row["grch38_chrom"])] {
                guard let span = gene.spans[build], span.contig == ContigName.normalized(contig), (span.start...span.end).contains(position) else {
                    throw fail("\(build.rawValue.lowercased())_pos", "\(contig):\(position) lies outside \(gene.symbol)'s \(build.rawValue) span")
                }
                if let model = transcripts[build]?[gene.symbol],
                    let problem = HotspotCheck.problem(
                        protein: row["protein"], hgvsc: row["hgvsc"], ref: row["ref"], position: position, model: model)
                {
                    throw fail("\(build.rawValue.lowercased())_pos", problem)
                }
                loci[build] = Locus(contig: ContigName.normalized(contig), position: position)
            }
            let ref = row["ref"].uppercased(), alt = row["alt"].uppercased()
            if let hotspot = hotspots.first(where: { allele in
                (allele.gene == gene.symbol && allele.protein == row["protein"])
                    || (allele.ref == ref && allele.alt == alt && GenomeBuild.allCases.contains { allele.loci[$0] == loci[$0] })
            }) {
                throw fail(
                    "protein",
                    "\(gene.symbol) \(row["protein"]) is also a hotspot allele (\(hotspot.gene) \(hotspot.protein) in \(File.hotspotAlleles)): the polymorphism table never blocks a hotspot allele; remove one of them"
                )
            }
            return Polymorphism(
                gene: gene.symbol, protein: row["protein"], hgvsc: row["hgvsc"], rsID: row["rsid"], loci: loci,
                ref: ref, alt: alt, populationAF: frequency, frequencyVerified: row["frequency_verified"] == "yes",
                ruleIDs: ids, source: row["source"])
        }
    }

    /// The table's entry for an allele at `locus` of `build`, if any.
    public func polymorphism(build: GenomeBuild, locus: Locus, ref: String, alt: String) -> Polymorphism? {
        polymorphisms.first { $0.loci[build] == locus && $0.ref == ref.uppercased() && $0.alt == alt.uppercased() }
    }

    /// The table's entry for a protein change of `gene` (`p.T244I`), if any.
    public func polymorphism(gene: String, protein: String) -> Polymorphism? {
        polymorphisms.first { $0.gene == gene && $0.protein == protein }
    }
}

import Annotation
import Knowledge
import VariantIO

/// The genome build an annotated file's records point to when its header names none (no contig
/// lengths, no `##reference` line: TCGA-era VCFs, MAF→VCF conversions). A single-base substitution
/// the annotator numbers codon N of a panel gene is evidence for each build whose MANE model of that
/// gene puts codon N at the record's position (KRAS p.G12D at chr12:25245350 is GRCh38, at 12:25398284
/// GRCh37).
public enum AnnotatedBuild {
    /// The evidence for one build: how many annotated codons sit where its MANE models put them, and the first.
    public struct Evidence: Equatable, Sendable {
        public var codons = 0
        public var example = ""
    }

    /// Reads every record of `reader` in a panel gene of either build and tallies the evidence per build.
    public static func evidence(_ reader: VariantReader, knowledgeBase: KnowledgeBase, formats: [ConsequenceFormat])
        throws(VariantIOError) -> [GenomeBuild: Evidence]
    {
        let parsers = formats.map { ConsequenceParser(format: $0) }
        let builds = GenomeBuild.allCases
        let panels = builds.map { PanelIndex(genes: knowledgeBase.genes.values, build: $0) }
        let engines = builds.map { PanelConsequences(knowledgeBase: knowledgeBase, build: $0) }
        var tally: [GenomeBuild: Evidence] = [:]
        while let record = try reader.next(where: { contig, position, structural in
            !structural && panels.contains { PanelIndex.contains($0.intervals(onContig: contig), position) }
        }) {
            guard record.ref.count == 1, let alt = record.alts.first, alt.count == 1 else { continue }
            let changes = parsers.flatMap { parser in
                record.info.bytes(parser.format.tag).flatMap { try? parser.parse($0) } ?? []
            }.compactMap { entry -> (gene: String, change: ProteinChange)? in
                guard knowledgeBase.genes[entry.gene] != nil, let change = ProteinChange(hgvs: entry.hgvsp),
                    [.missense, .nonsense, .synonymous].contains(change.kind), change.start != nil
                else { return nil }
                return (entry.gene, change)
            }
            for (build, engine) in zip(builds, engines) {
                let effects = engine.effects(contig: record.contig, position: record.position, ref: record.ref, alt: alt)
                guard
                    let (gene, change) = changes.first(where: { gene, change in
                        effects.contains { $0.gene == gene && RecordMatcher.codons(of: $0) == change.start!...change.start! }
                    })
                else { continue }
                tally[build, default: Evidence()].codons += 1
                if tally[build]!.example.isEmpty { tally[build]!.example = "\(gene) \(change) at \(record.locus)" }
            }
        }
        return tally
    }
}

import Knowledge
import VariantIO

/// Which genome build a file's calls fit, told by the calls themselves rather than the header: where
/// the records in panel genes fall relative to each build's MANE coding exons (exome and panel calls
/// cluster in exons; on the wrong build they scatter into introns and intergenic space), and whether
/// the reference base at a knowledge-base hotspot position is the one that build has there.
public enum CalledBuild {
    /// What the calls say for one build.
    public struct Evidence: Equatable, Sendable {
        /// Records inside a panel gene's span on this build.
        public var inGenes = 0
        /// Of those, records inside a coding exon of the gene's MANE model on this build.
        public var inCodingExons = 0
        /// Records at a hotspot position of this build whose REF is (or is not) the hotspot's reference base.
        public var hotspotMatches = 0
        public var hotspotMismatches = 0
        /// The first hotspot whose reference base the file's REF matches, for the message.
        public var example = ""

        public init() {}
    }

    /// Reads every record of `reader` in a panel gene of either build and tallies the evidence per build.
    public static func evidence(_ reader: VariantReader, knowledgeBase: KnowledgeBase) throws(VariantIOError) -> [GenomeBuild: Evidence] {
        let builds = GenomeBuild.allCases
        let panels = builds.map { PanelIndex(genes: knowledgeBase.genes.values, build: $0) }
        let models = builds.map { build in
            Dictionary(grouping: (knowledgeBase.transcripts[build] ?? [:]).values) { ContigName.normalized($0.contig) }
        }
        let hotspots = builds.map { build in
            Dictionary(grouping: knowledgeBase.hotspotAlleles.filter { $0.loci[build] != nil }) { allele in
                Locus(contig: ContigName.normalized(allele.loci[build]!.contig), position: allele.loci[build]!.position)
            }
        }
        var tally = Dictionary(uniqueKeysWithValues: builds.map { ($0, Evidence()) })
        while let record = try reader.next(where: { contig, position, structural in
            !structural && panels.contains { PanelIndex.contains($0.intervals(onContig: contig), position) }
        }) {
            let contig = ContigName.normalized(record.contig)
            for (index, build) in builds.enumerated() where PanelIndex.contains(panels[index].intervals(onContig: record.contig), record.position) {
                tally[build]!.inGenes += 1
                if models[index][contig, default: []].contains(where: { $0.codingPosition(ofGenomic: record.position) != nil }) {
                    tally[build]!.inCodingExons += 1
                }
                guard let alleles = hotspots[index][Locus(contig: contig, position: record.position)],
                    let base = record.ref.first.map(String.init)
                else { continue }
                // The allele the record calls, when the knowledge base has it, names the example.
                let hotspot = alleles.first { $0.alt == record.alts.first } ?? alleles[0]
                if base.uppercased() == hotspot.ref.uppercased() {
                    tally[build]!.hotspotMatches += 1
                    if tally[build]!.example.isEmpty { tally[build]!.example = "\(hotspot.gene) \(hotspot.protein)'s reference base \(hotspot.ref)" }
                } else {
                    tally[build]!.hotspotMismatches += 1
                }
            }
        }
        return tally
    }
}

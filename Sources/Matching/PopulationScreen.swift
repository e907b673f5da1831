import Annotation
import Knowledge
import VariantIO

/// The population frequency of an allele: the highest of what its annotation says (the fields
/// `PopulationFrequencyFields` found in the header) and what the knowledge base's polymorphism
/// table says, so that a file without frequency annotation is protected from the common variants
/// inside the rules too. Pure and `Sendable`: the matchers share one.
public struct PopulationScreen: Sendable {
    public let fields: PopulationFrequencyFields
    private let byLocus: [VariantKey: Polymorphism]
    private let byProtein: [GeneChange: Polymorphism]

    public init(knowledgeBase: KnowledgeBase, build: GenomeBuild, fields: PopulationFrequencyFields = .none) {
        self.fields = fields
        var byLocus: [VariantKey: Polymorphism] = [:]
        var byProtein: [GeneChange: Polymorphism] = [:]
        for entry in knowledgeBase.polymorphisms {
            byProtein[GeneChange(gene: entry.gene, change: entry.protein)] = entry
            if let locus = entry.loci[build] {
                byLocus[.allele(contig: locus.contig, position: locus.position, ref: entry.ref, alt: entry.alt)] = entry
            }
        }
        self.byLocus = byLocus
        self.byProtein = byProtein
    }

    /// The frequency field a table entry is reported under.
    public static func tableField(_ entry: Polymorphism) -> String {
        "hemimatch polymorphism table (\(entry.rsID)\(entry.frequencyVerified ? "" : ", approximate"))"
    }

    /// The annotation's highest population frequency for ALT `altIndex` and the table's entry at the locus, whichever is higher (table-listed if either is).
    func frequency(
        _ record: VariantRecord, alt: String, altIndex: Int,
        consequences: [(tag: String, values: [String: String])]
    ) -> PopulationFrequency? {
        let annotated = fields.frequency(info: record.info.byTag, altIndex: altIndex, altCount: record.alts.count, consequences: consequences)
        var tabulated: PopulationFrequency?
        if let snv = RecordMatcher.singleBaseChange(position: record.position, ref: record.ref, alt: alt),
            let entry = byLocus[.allele(contig: ContigName.normalized(record.contig), position: snv.position, ref: snv.ref, alt: snv.alt)]
        {
            tabulated = PopulationFrequency(value: entry.populationAF, field: Self.tableField(entry), fromPolymorphismTable: true)
        }
        return PopulationFrequency.highest([annotated, tabulated].compactMap { $0 })
    }

    /// The table's frequency for a protein change an annotator or the engine named (`IL7R`, `p.T244I`).
    func frequency(gene: String, protein: String) -> PopulationFrequency? {
        byProtein[GeneChange(gene: gene, change: protein)].map {
            PopulationFrequency(value: $0.populationAF, field: Self.tableField($0), fromPolymorphismTable: true)
        }
    }
}

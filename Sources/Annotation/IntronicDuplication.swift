import Knowledge

/// Where the consequence engine placed an in-frame insertion written in an intron: as a tandem
/// duplication of the neighbouring exon's bases. An FLT3 internal tandem duplication left-normalised
/// by its caller may be written a few bases into intron 14 although it duplicates exon 14.
public struct IntronicDuplication: Sendable, Equatable {
    /// The intron the insertion is written in (transcript order, as `VariantEffect.intron`).
    public let intron: Int
    /// The exon whose bases it duplicates.
    public let exon: Int
    /// Intronic bases between the written insertion point and the first coding base it duplicates.
    public let distance: Int
    /// Inserted bases.
    public let length: Int

    public init(intron: Int, exon: Int, distance: Int, length: Int) {
        self.intron = intron
        self.exon = exon
        self.distance = distance
        self.length = length
    }
}

extension PanelConsequences {
    /// The shortest insertion placed this way: five residues, far above splice-region indels.
    public static let minimumDuplication = 15

    /// The panel genes and introns a pure in-frame insertion of 15 bases or more is written in (placed
    /// as a duplication or not), so that one the engine cannot place is still named.
    public func intronicInsertions(contig: String, position: Int, ref: String, alt: String) -> [(gene: String, intron: Int)] {
        // Most alleles are too short to be one: passed over before they are trimmed.
        guard alt.utf8.count >= ref.utf8.count + Self.minimumDuplication,
            let allele = MinimalAllele(position: position, ref: ref, alt: alt), allele.ref.isEmpty,
            allele.alt.count >= Self.minimumDuplication, allele.alt.count % 3 == 0
        else { return [] }
        return (models[ContigName.normalized(contig)] ?? []).compactMap { model in
            guard case .intron(let number, _, _) = model.location(of: allele.position) else { return nil }
            return (model.gene, number)
        }
    }

    /// A pure in-frame insertion of `L` >= 15 bases written in an intron, placed as the duplication of
    /// the `L` bases on the side toward a coding exon (`[P+1, P+L]` or `[P-L+1, P]` for an insertion
    /// after `P`) when that segment reaches coding bases: an in-frame insertion at the codons it covers.
    /// Nothing for a frameshift, a deletion, or an insertion farther from coding bases than its length.
    func intronicDuplication(_ allele: MinimalAllele, on model: TranscriptModel) -> VariantEffect? {
        let length = allele.alt.count
        guard allele.ref.isEmpty, length >= Self.minimumDuplication, length % 3 == 0 else { return nil }
        let before = allele.position - 1, after = allele.position
        let intron = [before, after].lazy.compactMap { position -> Int? in
            if case .intron(let number, _, _) = model.location(of: position) { return number }
            return nil
        }.first
        guard let intron else { return nil }
        // Coding positions of each side's segment, and how many intronic bases lie before the first.
        let sides = [Array(after...(after + length - 1)), Array((before - length + 1)...before).reversed()].compactMap { segment in
            segment.firstIndex { model.codingPosition(ofGenomic: $0) != nil }.map { first in
                (distance: first, coding: segment.compactMap(model.codingPosition(ofGenomic:)))
            }
        }
        guard let side = sides.min(by: { $0.distance < $1.distance }), let first = side.coding.min(), let last = side.coding.max(),
            case .coding(_, let exon) = model.location(of: model.genomicPosition(ofCoding: first) ?? 0)
        else { return nil }
        let codonFirst = (first + 2) / 3, codonLast = (last + 2) / 3
        let protein = "p.X\(codonFirst)_X\(max(codonLast, codonFirst + 1))ins" + String(repeating: "X", count: length / 3)
        return VariantEffect(
            gene: model.gene, change: ProteinChange(hgvs: protein), consequences: ["inframe_insertion"],
            exon: exon, intron: intron, hgvsc: "\(model.transcript):c.\(first)_\(last)dup",
            duplication: IntronicDuplication(intron: intron, exon: exon, distance: side.distance, length: length))
    }
}

import Annotation
import Knowledge

/// hemimatch's own consequence engine for unannotated input: places an allele on the MANE Select
/// models of the panel genes and classifies what can be decided without the reference sequence —
/// canonical splice sites, frameshifts, in-frame insertions and deletions with their codons. A
/// substitution's amino acid needs the genome, so substitutions are left to the hotspot table.
public struct PanelConsequences: Sendable {
    private let models: [String: [TranscriptModel]]

    public init(knowledgeBase: KnowledgeBase, build: GenomeBuild) {
        models = Dictionary(grouping: (knowledgeBase.transcripts[build] ?? [:]).values, by: \.contig)
    }

    /// Effects of one ALT on every panel gene whose model it touches.
    public func effects(contig: String, position: Int, ref: String, alt: String) -> [VariantEffect] {
        guard let allele = MinimalAllele(position: position, ref: ref, alt: alt),
              let candidates = models[ContigName.normalized(contig)] else { return [] }
        return candidates.compactMap { effect(of: allele, on: $0) }.sorted { $0.gene < $1.gene }
    }

    private func effect(of allele: MinimalAllele, on model: TranscriptModel) -> VariantEffect? {
        let touched = allele.touched.map { model.location(of: $0) }
        // A canonical splice site (the first or last two bases of an intron) decides first.
        for location in touched {
            guard case .intron(let number, let fromDonor, let fromAcceptor) = location, min(fromDonor, fromAcceptor) <= 2 else { continue }
            let term = fromDonor <= 2 ? "splice_donor_variant" : "splice_acceptor_variant"
            return VariantEffect(gene: model.gene, change: nil, consequences: [term], intron: number,
                                 hgvsc: "\(model.transcript):intron \(number) \(fromDonor <= 2 ? "+\(fromDonor)" : "-\(fromAcceptor)")")
        }
        let coding = touched.compactMap { location -> (position: Int, exon: Int)? in
            if case .coding(let position, let exon) = location { return (position, exon) }
            return nil
        }
        guard coding.count == touched.count, let first = coding.map(\.position).min(), let last = coding.map(\.position).max(),
              let exon = coding.first?.exon else { return nil }
        let net = allele.alt.count - allele.ref.count
        if net == 0 {
            return VariantEffect(gene: model.gene, change: nil, consequences: ["coding_sequence_variant"], exon: exon,
                                 hgvsc: "\(model.transcript):c.\(first)_\(last)")
        }
        if net % 3 != 0 {
            return VariantEffect(gene: model.gene, change: nil, consequences: ["frameshift_variant"], exon: exon,
                                 hgvsc: "\(model.transcript):c.\(first)_\(last)\(net > 0 ? "ins" : "del")")
        }
        // In frame: the residues are unknown without the genome, so they are written X.
        let residues = String(repeating: "X", count: abs(net) / 3)
        let codonFirst = (first + 2) / 3, codonLast = (last + 2) / 3
        let protein = net > 0
            ? "p.X\(codonFirst)_X\(max(codonLast, codonFirst + 1))ins\(residues)"
            : (codonFirst == codonLast ? "p.X\(codonFirst)del" : "p.X\(codonFirst)_X\(codonLast)del")
        return VariantEffect(gene: model.gene, change: ProteinChange(hgvs: protein),
                             consequences: [net > 0 ? "inframe_insertion" : "inframe_deletion"], exon: exon,
                             hgvsc: "\(model.transcript):c.\(first)_\(last)\(net > 0 ? "ins" : "del")")
    }
}

/// An allele with the bases REF and ALT share trimmed off both ends.
struct MinimalAllele {
    let position: Int
    let ref: [Character]
    let alt: [Character]

    init?(position: Int, ref: String, alt: String) {
        var ref = Array(ref.uppercased()), alt = Array(alt.uppercased())
        guard !ref.isEmpty, !alt.isEmpty, (ref + alt).allSatisfy({ "ACGTN".contains($0) }), ref != alt else { return nil }
        var position = position
        while let r = ref.last, let a = alt.last, r == a, ref.count > 0, alt.count > 0 { ref.removeLast(); alt.removeLast() }
        while let r = ref.first, let a = alt.first, r == a { ref.removeFirst(); alt.removeFirst(); position += 1 }
        self.position = position
        self.ref = ref
        self.alt = alt
    }

    /// Genomic positions the allele changes: the replaced bases, or the two bases an insertion lies between.
    var touched: [Int] {
        ref.isEmpty ? [position - 1, position] : Array(position..<(position + ref.count))
    }
}

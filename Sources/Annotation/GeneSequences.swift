import Knowledge

/// The reference bases of every panel gene's MANE transcript span, read once from `--fasta`, so that
/// workers can translate codons and check REF alleles without touching the FASTA.
public struct GeneSequences: Sendable {
    private struct Stretch: Sendable {
        let contig: String
        let start: Int
        let bases: [UInt8]
    }

    private let stretches: [Stretch]

    /// Reads the spans of the build's transcript models with `bases` (a genome's `bases(contig:start:end:)`,
    /// `nil` where it has none); genes the genome lacks are left out.
    public init(models: some Sequence<TranscriptModel>, bases read: (_ contig: String, _ start: Int, _ end: Int) -> [UInt8]?) {
        stretches = models.compactMap { model in
            guard let first = model.exons.first?.lowerBound, let last = model.exons.last?.upperBound,
                let bases = read(model.contig, first - 2, last + 2)
            else { return nil }
            return Stretch(contig: model.contig, start: first - 2, bases: bases)
        }
    }

    /// The reference base at a position (normalized contig), if a read stretch covers it.
    public func base(contig: String, position: Int) -> UInt8? {
        for stretch in stretches where stretch.contig == contig {
            let offset = position - stretch.start
            if offset >= 0, offset < stretch.bases.count { return stretch.bases[offset] }
        }
        return nil
    }

    /// The reference amino acid of `codon` on `model`, translated from the bases read; nil beyond the
    /// coding sequence, or where a base was not read or is not A, C, G or T.
    public func residue(ofCodon codon: Int, on model: TranscriptModel) -> Character? {
        guard let positions = model.genomicPositions(ofCodon: codon) else { return nil }
        let bases = positions.compactMap { base(contig: model.contig, position: $0) }.map { $0 & 0xDF } // upper case
        guard bases.count == 3 else { return nil }
        return GeneticCode.residue(String(decoding: model.strand == "-" ? bases.map(Nucleotide.complement) : bases, as: UTF8.self))
    }

    /// Whether any stretch was read.
    public var isEmpty: Bool { stretches.isEmpty }
}

import Knowledge

/// hemimatch's own consequence engine for unannotated input: places an allele on the MANE Select
/// models of the panel genes and classifies canonical splice sites, frameshifts, in-frame insertions
/// and deletions with their codons. With the reference sequence (`--fasta`) it also translates
/// substitutions into exact protein changes; without it substitutions are left to the hotspot table.
public struct PanelConsequences: Sendable {
    /// The models of each contig, by gene name.
    let models: [String: [TranscriptModel]]
    private let sequences: GeneSequences?

    public init(knowledgeBase: KnowledgeBase, build: GenomeBuild, sequences: GeneSequences? = nil) {
        models = Dictionary(grouping: (knowledgeBase.transcripts[build] ?? [:]).values, by: \.contig).mapValues { models in
            models.sorted { $0.gene < $1.gene }
        }
        self.sequences = sequences
    }

    /// Whether substitutions can be translated.
    public var translates: Bool { sequences.map { !$0.isEmpty } ?? false }

    /// The first base of REF that disagrees with the reference, as (position, reference base), if any.
    public func refMismatch(contig: String, position: Int, ref: String) -> (position: Int, expected: Character)? {
        guard let sequences else { return nil }
        let contig = ContigName.normalized(contig)
        for (offset, base) in ref.uppercased().utf8.enumerated() {
            guard let expected = sequences.base(contig: contig, position: position + offset) else { return nil }
            if expected != base, expected != UInt8(ascii: "N"), base != UInt8(ascii: "N") {
                return (position + offset, Character(UnicodeScalar(expected)))
            }
        }
        return nil
    }

    /// Effects of one ALT on every panel gene whose model it touches.
    public func effects(contig: String, position: Int, ref: String, alt: String) -> [VariantEffect] {
        guard let allele = MinimalAllele(position: position, ref: ref, alt: alt),
            let candidates = models[ContigName.normalized(contig)]
        else { return [] }
        let touched = allele.touchedSpan
        var effects: [VariantEffect] = []
        // By index, so that each model is read in place rather than copied (every kept record comes here).
        for index in candidates.indices {
            // A model that no changed base touches has no effect: every location would be outside it.
            guard let first = candidates[index].exons.first, let last = candidates[index].exons.last,
                touched.overlaps(first.lowerBound...last.upperBound)
            else { continue }
            // An in-frame insertion written in an intron beside an exon: its duplication first, then what it is where written.
            if let duplication = intronicDuplication(allele, on: candidates[index]) { effects.append(duplication) }
            if let effect = effect(of: allele, on: candidates[index]) { effects.append(effect) }
        }
        return effects
    }

    private func effect(of allele: MinimalAllele, on model: TranscriptModel) -> VariantEffect? {
        let touched = allele.touched.map { model.location(of: $0) }
        // A canonical splice site (the first or last two bases of an intron) decides first.
        for location in touched {
            guard case .intron(let number, let fromDonor, let fromAcceptor) = location, min(fromDonor, fromAcceptor) <= 2 else { continue }
            let donor = fromDonor <= 2
            return VariantEffect(
                gene: model.gene, change: nil, consequences: [donor ? "splice_donor_variant" : "splice_acceptor_variant"],
                intron: number,
                hgvsc: "\(model.transcript):"
                    + spliceName(
                        allele, model, intron: number, donor: donor,
                        distance: donor ? fromDonor : fromAcceptor))
        }
        let coding = touched.compactMap { location -> (position: Int, exon: Int)? in
            if case .coding(let position, let exon) = location { return (position, exon) }
            return nil
        }
        guard coding.count == touched.count, let first = coding.map(\.position).min(), let last = coding.map(\.position).max(),
            let exon = coding.first?.exon
        else { return nil }
        let net = allele.alt.count - allele.ref.count
        if net == 0 {
            let change = translate(allele, on: model, codon: (first + 2) / 3, lastCodon: (last + 2) / 3)
            let term: String
            switch change?.kind {
            case .missense?: term = "missense_variant"
            case .nonsense?: term = "stop_gained"
            case .synonymous?: term = "synonymous_variant"
            case .unknown?: term = "start_lost"
            default: term = "coding_sequence_variant"
            }
            return VariantEffect(
                gene: model.gene, change: change, consequences: [term], exon: exon,
                hgvsc: "\(model.transcript):c.\(first)_\(last)")
        }
        if net % 3 != 0 {
            return VariantEffect(
                gene: model.gene, change: nil, consequences: ["frameshift_variant"], exon: exon,
                hgvsc: "\(model.transcript):c.\(first)_\(last)\(net > 0 ? "ins" : "del")")
        }
        // In frame: the residues are unknown without the genome, so they are written X.
        let residues = String(repeating: "X", count: abs(net) / 3)
        let codonFirst = (first + 2) / 3, codonLast = (last + 2) / 3
        let protein =
            net > 0
            ? "p.X\(codonFirst)_X\(max(codonLast, codonFirst + 1))ins\(residues)"
            : (codonFirst == codonLast ? "p.X\(codonFirst)del" : "p.X\(codonFirst)_X\(codonLast)del")
        return VariantEffect(
            gene: model.gene, change: ProteinChange(hgvs: protein),
            consequences: [net > 0 ? "inframe_insertion" : "inframe_deletion"], exon: exon,
            hgvsc: "\(model.transcript):c.\(first)_\(last)\(net > 0 ? "ins" : "del")")
    }
}

extension PanelConsequences {
    /// Whether a single-base substitution in `gene`'s codon whose residue is known (named by a rule)
    /// leaves that residue unchanged whatever the codon's other two bases are: a third-base change of
    /// a Gly codon (GGN), a C>T at the third base of a Phe codon (TTY). Needs no reference sequence.
    public func isProvablySynonymous(gene: String, contig: String, position: Int, ref: String, alt: String, residue: Character) -> Bool {
        guard ref.utf8.count == 1, alt.utf8.count == 1, let refBase = ref.uppercased().utf8.first, let altBase = alt.uppercased().utf8.first,
            let model = models[ContigName.normalized(contig)]?.first(where: { $0.gene == gene }),
            case .coding(let coding, _) = model.location(of: position)
        else { return false }
        let strand = { (base: UInt8) -> Character in Character(UnicodeScalar(model.strand == "-" ? Nucleotide.complement(base) : base)) }
        let (from, to) = (strand(refBase), strand(altBase))
        let place = (coding - 1) % 3
        let bases = Array("TCAG")
        var possible = 0
        for a in bases {
            for b in bases {
                for c in bases {
                    var codon = [a, b, c]
                    guard codon[place] == from, GeneticCode.residue(String(codon)) == residue else { continue }
                    possible += 1
                    codon[place] = to
                    if GeneticCode.residue(String(codon)) != residue { return false }
                }
            }
        }
        return possible > 0
    }
}

extension PanelConsequences {
    /// `c.1096-1G>A`: the intronic offset from the coding base of the neighbouring exon, with the
    /// change on the transcript's strand for a substitution; `c.?` next to an untranslated exon.
    private func spliceName(_ allele: MinimalAllele, _ model: TranscriptModel, intron: Int, donor: Bool, distance: Int) -> String {
        let ordered = model.exonsInTranscriptOrder
        let exon = donor ? ordered[intron - 1] : ordered[intron]
        let edge = (donor == (model.strand == "+")) ? exon.upperBound : exon.lowerBound
        guard let coding = model.codingPosition(ofGenomic: edge) else { return "c.?" }
        var name = "c.\(coding)\(donor ? "+" : "-")\(distance)"
        if allele.ref.count == 1, allele.alt.count == 1, let ref = allele.ref.first?.asciiValue, let alt = allele.alt.first?.asciiValue {
            let strand = { (base: UInt8) -> Character in
                Character(UnicodeScalar(model.strand == "-" ? Nucleotide.complement(base) : base))
            }
            name += "\(strand(ref))>\(strand(alt))"
        }
        return name
    }

    /// The protein change of a substitution inside one codon, from the reference sequence; `nil`
    /// without one, or when the substitution spans codons.
    private func translate(_ allele: MinimalAllele, on model: TranscriptModel, codon: Int, lastCodon: Int) -> ProteinChange? {
        guard let sequences, codon == lastCodon, let positions = model.genomicPositions(ofCodon: codon) else { return nil }
        let reference = positions.compactMap { sequences.base(contig: model.contig, position: $0) }
        guard reference.count == 3 else { return nil }
        let altered = positions.enumerated().map { index, position -> UInt8 in
            let offset = position - allele.position
            return offset >= 0 && offset < allele.alt.count ? (allele.alt[offset].asciiValue ?? UInt8(ascii: "N")) : reference[index]
        }
        let onStrand = { (bases: [UInt8]) -> String in
            String(decoding: model.strand == "-" ? bases.map(Nucleotide.complement) : bases, as: UTF8.self)
        }
        guard let from = GeneticCode.residue(onStrand(reference)), let to = GeneticCode.residue(onStrand(altered)) else { return nil }
        if codon == 1, from == "M", to != "M" { return ProteinChange(hgvs: "p.M1?") }
        return ProteinChange(hgvs: from == to ? "p.\(from)\(codon)=" : "p.\(from)\(codon)\(to)")
    }
}

import Knowledge

/// Gene pairs from the junctions of a file's structural records, ready for the fusion rules: each pair
/// named by the file's own annotation when it has one, else by the gene spans at both ends, with 5'/3'
/// roles from the kept sides and the genes' strands; read-through artefacts are dropped unless a rule
/// names the pair. (`StructuralMatcher` in Matching checks the pairs against the rules.)
public struct FusionAssembler: Sendable {
    let knowledgeBase: KnowledgeBase
    let build: GenomeBuild
    private let locator: GeneLocator

    /// How far from a gene a breakpoint may lie and still name it (enhancer hijacks such as IGH::CRLF2 break upstream).
    public static let geneFlank = 20_000

    public init(knowledgeBase: KnowledgeBase, build: GenomeBuild, locator: GeneLocator) {
        self.knowledgeBase = knowledgeBase
        self.build = build
        self.locator = locator
    }

    /// Gene pairs of VCF junctions: named by the file's own annotation when it has one, else by the
    /// gene spans at both ends; 5'/3' roles from the kept sides and the genes' strands.
    public func candidates(from junctions: [Junction]) -> [FusionCandidate] {
        junctions.flatMap { junction -> [FusionCandidate] in
            // chrY PAR1 is named like its chrX twin (t(Y;14) IGH::CRLF2).
            let end1 = onX(junction.first), end2 = onX(junction.second)
            var near1 = spans(at: end1)
            let near2 = spans(at: end2)
            if let five = junction.annotatedFivePrime, let three = junction.annotatedThreePrime {
                // The annotation names the genes; the gene spans say which breakpoint is whose. When they
                // do not agree, the breakpoints are not given to the genes at all.
                func names(_ spans: [GeneLocator.Span]) -> Set<String> { Set(spans.map { GeneSymbol.canonical($0.gene) }) }
                let (genes1, genes2) = (names(near1), names(near2))
                let (g5, g3) = (GeneSymbol.canonical(five), GeneSymbol.canonical(three))
                let ends: (BreakpointEnd, BreakpointEnd)? =
                    genes1.contains(g5) || genes2.contains(g3)
                    ? (end1, end2)
                    : genes1.contains(g3) || genes2.contains(g5) ? (end2, end1) : nil
                let checked =
                    "gene spans at the breakpoints: \(genes1.sorted().joined(separator: ",").ifEmpty("none")) / "
                    + genes2.sorted().joined(separator: ",").ifEmpty("none") + (ends == nil ? ", breakpoints not used" : "")
                return [
                    FusionCandidate(
                        first: .init(gene: five, contig: ends?.0.contig, position: ends?.0.position),
                        second: .init(gene: three, contig: ends?.1.contig, position: ends?.1.position),
                        orientationKnown: true, inFrame: nil, basis: "the file's GENE5/GENE3 annotation (\(checked))",
                        evidence: junction.evidence, filter: junction.filter, support: junction.support)
                ]
            }
            // The file's name for the gene at its own breakpoint is used when the spans find none
            // there, and is said in the basis when they disagree.
            var note = ""
            if let named = junction.annotatedGene, !near1.contains(where: { $0.gene == named }) {
                note = "; the file names \(named) at \(end1.contig):\(end1.position)"
                if near1.isEmpty, let span = knowledgeBase.genes[named] {
                    near1 = [GeneLocator.Span(gene: named, strand: span.strand, start: end1.position, end: end1.position)]
                }
            }
            return near1.flatMap { span1 in
                near2.compactMap { span2 -> FusionCandidate? in
                    guard GeneSymbol.canonical(span1.gene) != GeneSymbol.canonical(span2.gene) else { return nil }
                    return orient(span1, end1, span2, end2, junction, note: note)
                }
            }
        }
    }

    /// Orders a pair 5'→3' where the strands and kept sides allow; drops read-through artefacts.
    private func orient(
        _ span1: GeneLocator.Span, _ end1: BreakpointEnd, _ span2: GeneLocator.Span, _ end2: BreakpointEnd,
        _ junction: Junction, note: String
    ) -> FusionCandidate? {
        let role1 = role(of: span1, at: end1), role2 = role(of: span2, at: end2)
        let partner1 = FusionPartner(gene: span1.gene, contig: end1.contig, position: end1.position).canonical
        let partner2 = FusionPartner(gene: span2.gene, contig: end2.contig, position: end2.position).canonical
        // A sense fusion joins one gene's 5' part to the other's 3' part; two 5' or two 3' parts
        // (antisense, reciprocal) have no 5'/3' order.
        let fiveFirst: Bool?
        switch (role1, role2) {
        case (.some(true), .some(false)): fiveFirst = true
        case (.some(false), .some(true)): fiveFirst = false
        default: fiveFirst = nil
        }
        let (first, second) = fiveFirst == false ? (partner2, partner1) : (partner1, partner2)
        // A gene pair a rule names (USP9X::DDX3X from a deletion) is a fusion, never a read-through.
        if fiveFirst != nil, isReadThrough(first, second),
            !Rule.namesPair(
                GeneSymbol.canonical(first.gene), GeneSymbol.canonical(second.gene),
                rules: knowledgeBase.rules)
        {
            return nil
        }
        let antisense = role1 != nil && role1 == role2
        return FusionCandidate(
            first: first, second: second, orientationKnown: fiveFirst != nil, antisense: antisense, inFrame: nil,
            basis: "gene spans at the breakpoints (\(build.rawValue))\(note)", evidence: junction.evidence,
            filter: junction.filter, support: junction.support)
    }

    /// `true` when the gene's part kept at this end is its 5' part, `false` for its 3' part, `nil` when unknown.
    public func role(of span: GeneLocator.Span, at end: BreakpointEnd) -> Bool? {
        guard let kept = end.kept else { return nil }
        return (kept == .left) == (span.strand == "+")
    }

    /// Neighbouring genes on one strand joined in transcription order with nothing between: a read-through, not a fusion.
    private func isReadThrough(_ five: FusionPartner, _ three: FusionPartner) -> Bool {
        guard let contig = five.contig, contig == three.contig, let p5 = five.position, let p3 = three.position,
            let s5 = knowledgeBase.genes[five.gene]?.strand, s5 == knowledgeBase.genes[three.gene]?.strand,
            s5 == "+" ? p5 < p3 : p5 > p3
        else { return false }
        let between = locator.genes(contig: contig, from: min(p5, p3), to: max(p5, p3))
        return between.allSatisfy { [five.gene, three.gene].contains(GeneSymbol.canonical($0)) }
    }

    private func onX(_ end: BreakpointEnd) -> BreakpointEnd {
        let placed = PseudoautosomalRegion.onX(contig: end.contig, position: end.position, build: build)
        return placed.contig == end.contig ? end : BreakpointEnd(contig: placed.contig, position: placed.position, kept: end.kept)
    }

    /// Genes at the breakpoint, else within `geneFlank` of it.
    public func spans(at end: BreakpointEnd) -> [GeneLocator.Span] {
        let exact = locator.spans(contig: end.contig, from: end.position, to: end.position)
        return exact.isEmpty ? locator.spans(contig: end.contig, from: end.position - Self.geneFlank, to: end.position + Self.geneFlank) : exact
    }
}

private extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}

import Knowledge

/// Copy-number cut-offs for calling a gene deleted or amplified from a segment file or a record.
public struct CopyNumberThresholds: Sendable, Equatable {
    /// A segment at or below this log2 ratio is a loss.
    public var lossLog2: Double = -0.4
    /// A segment at or above this log2 ratio is an amplification.
    public var gainLog2: Double = 1.0
    /// A segment or record with at most this many copies is a loss.
    public var lossCopies: Double = 1
    /// A segment or record with at least this many copies is an amplification.
    public var gainCopies: Double = 5

    public init() {}
}

/// Matches rearrangements and copy-number changes against the knowledge base's fusion, kinase-fusion,
/// deletion and amplification rules: one finding per rule and gene pair (or gene), with every
/// supporting record; gene pairs no rule names are returned as other findings.
public struct StructuralMatcher: Sendable {
    private let knowledgeBase: KnowledgeBase
    private let build: GenomeBuild
    private let locator: GeneLocator
    private let thresholds: CopyNumberThresholds

    /// Genes reported as context when deleted, though no rule makes them qualify (IKZF1).
    public static let contextDeletions: Set = ["IKZF1"]
    /// How far from a gene a breakpoint may lie and still name it (enhancer hijacks such as IGH::CRLF2 break upstream).
    public static let geneFlank = 20_000

    public init(knowledgeBase: KnowledgeBase, build: GenomeBuild, locator: GeneLocator, thresholds: CopyNumberThresholds) {
        self.knowledgeBase = knowledgeBase
        self.build = build
        self.locator = locator
        self.thresholds = thresholds
    }

    /// What the structural evidence of a run produced.
    public struct Outcome: Sendable {
        public var findings: [AlleleFinding] = []
        /// Fusions and copy-number changes outside the trial's rules, with their per-sample support.
        public var otherFindings: [(name: String, support: [SampleSupport])] = []
    }

    public func match(candidates: [FusionCandidate], copyNumberEvents: [CopyNumberEvent]) -> Outcome {
        var outcome = Outcome()
        for candidate in candidates {
            let met = fusionRules(for: candidate)
            outcome.findings += met
            if met.isEmpty { outcome.otherFindings.append((candidate.name, candidate.support)) }
        }
        for event in copyNumberEvents {
            for rule in knowledgeBase.rules where overlaps(event, rule) {
                outcome.findings.append(AlleleFinding(
                    rule: rule, alteration: rule.kind == .deletion ? "deletion" : "amplification",
                    basis: "copy-number \(event.direction.rawValue) \(event.contig):\(event.start)-\(event.end)" + level(event),
                    transcript: rule.transcript, hgvsc: "", hgvsp: "", variant: event.variant, filter: event.filter,
                    support: event.support))
            }
            if event.direction == .loss {
                for gene in Self.contextDeletions where overlaps(event, gene: gene) {
                    outcome.otherFindings.append(("\(gene) deletion", event.support))
                }
            }
        }
        return outcome
    }

    /// Gene pairs of VCF junctions: named by the file's own annotation when it has one, else by the
    /// gene spans at both ends; 5'/3' roles from the kept sides and the genes' strands.
    public func candidates(from junctions: [Junction]) -> [FusionCandidate] {
        junctions.flatMap { junction -> [FusionCandidate] in
            let near1 = genes(at: junction.first), near2 = genes(at: junction.second)
            if let five = junction.annotatedFivePrime, let three = junction.annotatedThreePrime {
                let spans = "gene spans at the breakpoints: \(near1.joined(separator: ",").ifEmpty("none")) / \(near2.joined(separator: ",").ifEmpty("none"))"
                return [FusionCandidate(first: .init(gene: five, contig: junction.first.contig, position: junction.first.position),
                                        second: .init(gene: three, contig: junction.second.contig, position: junction.second.position),
                                        orientationKnown: true, inFrame: nil, basis: "the file's GENE5/GENE3 annotation (\(spans))",
                                        variant: junction.variant, filter: junction.filter, support: junction.support)]
            }
            return near1.flatMap { gene1 in
                near2.compactMap { gene2 -> FusionCandidate? in
                    guard FusionCandidate.canonicalGene(gene1) != FusionCandidate.canonicalGene(gene2) else { return nil }
                    return orient(gene1, junction.first, gene2, junction.second, junction)
                }
            }
        }
    }

    /// Orders a pair 5'→3' where the strands and kept sides allow; drops read-through artefacts.
    private func orient(_ gene1: String, _ end1: BreakpointEnd, _ gene2: String, _ end2: BreakpointEnd, _ junction: Junction) -> FusionCandidate? {
        let role1 = role(of: gene1, at: end1), role2 = role(of: gene2, at: end2)
        let partner1 = FusionCandidate.Partner(gene: gene1, contig: end1.contig, position: end1.position)
        let partner2 = FusionCandidate.Partner(gene: gene2, contig: end2.contig, position: end2.position)
        let fiveFirst: Bool?
        switch (role1, role2) {
        case (.some(true), .some(false)), (.some(true), nil), (nil, .some(false)): fiveFirst = true
        case (.some(false), .some(true)), (.some(false), nil), (nil, .some(true)): fiveFirst = false
        default: fiveFirst = nil
        }
        let (first, second) = fiveFirst == false ? (partner2, partner1) : (partner1, partner2)
        if fiveFirst != nil, isReadThrough(first, second) { return nil }
        return FusionCandidate(first: first, second: second, orientationKnown: fiveFirst != nil, inFrame: nil,
                               basis: "gene spans at the breakpoints (\(build.rawValue))", variant: junction.variant,
                               filter: junction.filter, support: junction.support)
    }

    /// `true` when the gene's part kept at this end is its 5' part, `false` for its 3' part, `nil` when unknown.
    private func role(of gene: String, at end: BreakpointEnd) -> Bool? {
        guard let strand = knowledgeBase.genes[gene]?.strand, let kept = end.kept else { return nil }
        return (kept == .left) == (strand == "+")
    }

    /// Neighbouring genes on one strand joined in transcription order with nothing between: a read-through, not a fusion.
    private func isReadThrough(_ five: FusionCandidate.Partner, _ three: FusionCandidate.Partner) -> Bool {
        guard let contig = five.contig, contig == three.contig, let p5 = five.position, let p3 = three.position,
              let s5 = knowledgeBase.genes[five.gene]?.strand, s5 == knowledgeBase.genes[three.gene]?.strand,
              s5 == "+" ? p5 < p3 : p5 > p3 else { return false }
        let between = locator.genes(contig: contig, from: min(p5, p3), to: max(p5, p3))
        return between.allSatisfy { [five.gene, three.gene].contains(FusionCandidate.canonicalGene($0)) }
    }

    private func genes(at end: BreakpointEnd) -> [String] {
        let exact = locator.genes(contig: end.contig, position: end.position)
        return exact.isEmpty ? locator.genes(contig: end.contig, position: end.position, flank: Self.geneFlank) : exact
    }

    /// Findings for every fusion or kinase-fusion rule the pair meets.
    private func fusionRules(for candidate: FusionCandidate) -> [AlleleFinding] {
        guard candidate.inFrame != false else { return [] }
        let pair = [candidate.first, candidate.second]
        return knowledgeBase.rules.compactMap { rule -> AlleleFinding? in
            guard let index = pair.firstIndex(where: { $0.gene == rule.gene }) else { return nil }
            let partner = pair[1 - index]
            guard rule.target.admits(partner: partner.gene) else { return nil }
            var basis = candidate.basis
            switch (rule.kind, rule.target) {
            case (.fusion, _):
                break
            case (.kinaseFusion, .kinase(let domainStart, _, _)):
                if candidate.orientationKnown {
                    guard index == 1 else { return nil }   // the kinase must be the 3' partner
                } else {
                    basis += "; 5'/3' roles not determined"
                }
                switch keepsKinaseDomain(pair[index], gene: rule.gene, domainStart: domainStart) {
                case false?: return nil
                case nil: basis += "; breakpoint not checked against the kinase domain"
                case true?: basis += "; breakpoint upstream of the kinase domain (codon \(domainStart))"
                }
            default:
                return nil
            }
            return AlleleFinding(rule: rule, alteration: candidate.name, basis: basis, transcript: rule.transcript, hgvsc: "",
                                 hgvsp: "", variant: candidate.variant, filter: candidate.filter, support: candidate.support)
        }
    }

    /// Whether the 3' kinase keeps its kinase domain: its breakpoint lies upstream of the domain's first codon.
    private func keepsKinaseDomain(_ partner: FusionCandidate.Partner, gene: String, domainStart: Int) -> Bool? {
        guard let position = partner.position, let model = knowledgeBase.transcripts[build]?[gene],
              partner.contig == model.contig, let codon = model.genomicPositions(ofCodon: domainStart)?.first else { return nil }
        return model.strand == "+" ? position < codon : position > codon
    }

    private func overlaps(_ event: CopyNumberEvent, _ rule: Rule) -> Bool {
        switch (rule.kind, event.direction) {
        case (.deletion, .loss): return overlaps(event, gene: rule.gene)
        case (.amplification, .gain):
            let amplified = (event.copyNumber.map { $0 >= thresholds.gainCopies } ?? false) || (event.log2.map { $0 >= thresholds.gainLog2 } ?? false)
            return amplified && overlaps(event, gene: rule.gene)
        default: return false
        }
    }

    /// Whether the event touches the gene's coding sequence (its span when there is no model).
    private func overlaps(_ event: CopyNumberEvent, gene: String) -> Bool {
        let contig = ContigName.normalized(event.contig)
        if let model = knowledgeBase.transcripts[build]?[gene] {
            return model.contig == contig && event.start <= model.codingRange.upperBound && event.end >= model.codingRange.lowerBound
        }
        guard let span = knowledgeBase.genes[gene]?.spans[build] else { return false }
        return span.contig == contig && event.start <= span.end && event.end >= span.start
    }

    private func level(_ event: CopyNumberEvent) -> String {
        if let copies = event.copyNumber { return ", copy number \(copies)" }
        if let log2 = event.log2 { return ", log2 \(log2)" }
        return ""
    }
}

private extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}

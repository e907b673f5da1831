import CallerEvidence
import Knowledge

/// Matches rearrangements and copy-number changes against the knowledge base's fusion, kinase-fusion,
/// deletion and amplification rules: one finding per rule and gene pair (or gene), with every
/// supporting record; gene pairs no rule names are returned as other findings.
public struct StructuralMatcher: Sendable {
    let knowledgeBase: KnowledgeBase
    let build: GenomeBuild
    private let locator: GeneLocator
    private let thresholds: CopyNumberThresholds
    /// `--include-filtered`: records whose FILTER failed act as alterations, not near-misses.
    private let includeFiltered: Bool
    /// `--min-fusion-reads`: a caller-table fusion with fewer supporting reads is a near-miss.
    private let minimumFusionReads: Int
    /// The genes at a breakpoint and the part of each a breakend keeps (for single breakends).
    let assembler: FusionAssembler

    public init(
        knowledgeBase: KnowledgeBase, build: GenomeBuild, locator: GeneLocator, thresholds: CopyNumberThresholds,
        includeFiltered: Bool = false, minimumFusionReads: Int = FusionCandidate.defaultMinimumReads
    ) {
        self.includeFiltered = includeFiltered
        self.minimumFusionReads = minimumFusionReads
        self.knowledgeBase = knowledgeBase
        self.build = build
        self.locator = locator
        self.thresholds = thresholds
        assembler = FusionAssembler(knowledgeBase: knowledgeBase, build: build, locator: locator)
    }

    /// What the structural evidence of a run produced.
    public struct Outcome: Sendable {
        public var findings: [Finding] = []
        /// Sense fusions and copy-number changes outside the trial's rules, with their per-sample support.
        public var otherFindings: [OtherFinding] = []
        /// Fusion-table breakpoints that fall outside their gene in this build (a table on another build?).
        public var warnings: [String] = []
    }

    /// Whether a record or segment with this FILTER text acts: `PASS` or none, or any under `--include-filtered`.
    func acts(_ filter: String) -> Bool { includeFiltered || filter == "PASS" || filter == "." }

    public func match(candidates: [FusionCandidate], copyNumberEvents: [CopyNumberEvent], singleBreakends: [SingleBreakend] = []) -> Outcome {
        var outcome = Outcome()
        outcome.findings += singleBreakends.flatMap(nearMisses(for:))
        let results = candidates.map { ($0, fusionRules(for: $0)) }
        for candidate in candidates where candidate.fromCallerTable {
            for partner in [candidate.first, candidate.second] where isOutsideItsGene(partner) {
                outcome.warnings.append(
                    "\(candidate.evidence): the \(partner.gene) breakpoint \(partner.contig ?? "?"):\(partner.position ?? 0) "
                        + outsideNote(partner))
            }
        }
        // A breakpoint inside several genes gives several pairs: once one pair meets a rule, the
        // record's other pairs are not reported as further fusions.
        let matchedRecords = Set(results.filter { !$0.1.isEmpty }.map(\.0.evidence))
        for (candidate, met) in results {
            outcome.findings += met
            if met.isEmpty, candidate.orientationKnown, !matchedRecords.contains(candidate.evidence),
                candidate.fromCallerTable || acts(candidate.filter)
            {
                outcome.otherFindings.append(OtherFinding(.fusion(name: candidate.name), support: candidate.support))
            }
        }
        outcome.warnings += Self.overlapWarnings(copyNumberEvents)
        for event in copyNumberEvents {
            outcome.findings += tandemDuplications(event)
            for rule in knowledgeBase.rules where overlaps(event, rule) {
                // A reported deletion is placed on its gene's span: its true extent is not known.
                let measure = event.reported ? nil : extent(event, gene: rule.gene)
                var finding = Finding(
                    rule: rule, alteration: rule.kind == .deletion ? RegistryCoverage.lossName(event) : "amplification",
                    basis: event.reported
                        ? "\(event.evidence): \(rule.gene) \(rule.kind == .deletion ? "deletion" : "amplification") as the lab reported it (level and extent not given)"
                        : "copy-number \(event.direction.rawValue) \(event.contig):\(event.start)-\(event.end)" + level(event)
                            + (measure.map { ", \($0.extent.rawValue) (\(Self.percent($0)) of \($0.arm))" } ?? ""),
                    transcript: rule.transcript, hgvsc: "", hgvsp: "", evidence: event.evidence, filter: event.filter,
                    support: event.support)
                // A reported change has no segment of its own: the gene's span is only where it was placed.
                finding.copyNumber = event.reported ? nil : event
                finding.extent = measure
                finding.passedFilter = acts(event.filter)
                outcome.findings.append(finding)
            }
            outcome.otherFindings += gainsBelowPloidy(event)
            if event.direction == .loss, acts(event.filter) {
                for gene in knowledgeBase.policy.contextDeletions where overlaps(event, gene: gene) {
                    // A loss of most of the arm is not the focal deletion the ALL literature means.
                    if !event.reported, let measure = extent(event, gene: gene), measure.extent != .focal {
                        outcome.otherFindings.append(OtherFinding(.withinBroadLoss(gene: gene, measure: measure), support: event.support))
                    } else {
                        outcome.otherFindings.append(OtherFinding(.deletion(gene: gene), support: event.support))
                    }
                }
            }
        }
        return outcome
    }

    /// Findings for every fusion or kinase-fusion rule the pair meets.
    public func fusionRules(for candidate: FusionCandidate) -> [Finding] {
        let pair = [candidate.first, candidate.second]
        return knowledgeBase.rules.compactMap { rule -> Finding? in
            guard let index = pair.firstIndex(where: { $0.gene == rule.gene }) else { return nil }
            let partner = pair[1 - index]
            guard rule.target.admits(partner: partner.gene) else { return nil }
            var basis = candidate.basis
            switch (rule.kind, rule.target) {
            case (.fusion, _):
                break
            case (.kinaseFusion, .kinase(let domainStart, _, _)):
                // Only a kinase fusion must keep the reading frame: truncating EPOR rearrangements and
                // enhancer fusions (IGH::CRLF2) are often called out of frame and still qualify.
                guard !candidate.antisense, candidate.inFrame != false else { return nil }
                if candidate.orientationKnown {
                    guard index == 1 else { return nil } // the kinase must be the 3' partner
                } else {
                    basis += "; 5'/3' roles not determined"
                }
                switch keepsKinaseDomain(pair[index], gene: rule.gene, domainStart: domainStart, fromTable: candidate.fromCallerTable) {
                case false?: return nil
                case nil: basis += "; breakpoint not checked against the kinase domain"
                case true?: basis += "; breakpoint upstream of the kinase domain (codon \(domainStart))"
                }
            default:
                return nil
            }
            // A call its own caller ranks low (JAFFA LowConfidence, CICERO LQ, Arriba low), with too few reads,
            // or whose VCF record failed FILTER is a near-miss, its reason shown.
            let weakness = candidate.weakness(minimumReads: minimumFusionReads)
            var finding = Finding(
                rule: rule, alteration: candidate.name, basis: basis, transcript: rule.transcript, hgvsc: "",
                hgvsp: "", evidence: candidate.evidence, filter: weakness ?? candidate.filter, support: candidate.support)
            finding.passedFilter = weakness == nil && (candidate.fromCallerTable || acts(candidate.filter))
            return finding
        }
    }

    /// Whether the 3' kinase keeps its kinase domain: its breakpoint lies inside the gene (a break
    /// before the gene leaves it whole, promoter and all) and upstream of the domain's first codon.
    func keepsKinaseDomain(_ partner: FusionPartner, gene: String, domainStart: Int, fromTable: Bool) -> Bool? {
        guard let position = partner.position, let model = knowledgeBase.transcripts[build]?[gene],
            let codon = model.genomicPositions(ofCodon: domainStart)?.first
        else { return nil }
        // A caller table reports breakpoints inside genes: one outside is a coordinate (build) problem,
        // warned about and left unchecked. A VCF junction outside the gene leaves it whole.
        if isOutsideItsGene(partner) { return fromTable ? nil : false }
        return model.strand == "+" ? position < codon : position > codon
    }

    /// Why a table's breakpoint outside its gene matters: within `geneFlank` of it, the caller named an
    /// intergenic break by its nearest gene; farther, the table may be on another build. Either way a
    /// kinase's domain cannot be checked from it.
    private func outsideNote(_ partner: FusionPartner) -> String {
        let span = knowledgeBase.genes[partner.gene]!.spans[build]!
        let placed = PseudoautosomalRegion.onX(contig: partner.contig ?? "", position: partner.position ?? 0, build: build)
        let distance = placed.contig == span.contig ? max(span.start - placed.position, placed.position - span.end) : nil
        let kinase = knowledgeBase.rules.contains { $0.gene == partner.gene && $0.kind == .kinaseFusion }
        let where_ =
            if let distance, distance <= FusionAssembler.geneFlank {
                "lies \(distance) bases outside \(partner.gene) in \(build.rawValue): an intergenic break the caller named by its nearest gene"
            } else {
                "lies outside \(partner.gene) in \(build.rawValue); is the table on another build?"
            }
        return where_ + (kinase ? "; its kinase domain was not checked" : "")
    }

    private func isOutsideItsGene(_ partner: FusionPartner) -> Bool {
        guard let position = partner.position, let span = knowledgeBase.genes[partner.gene]?.spans[build] else { return false }
        // A caller's chrY PAR1 breakpoint (CRLF2 in t(Y;14)) is inside the gene's chrX twin.
        let placed = PseudoautosomalRegion.onX(contig: partner.contig ?? "", position: position, build: build)
        return placed.contig != span.contig || !(span.start...span.end).contains(placed.position)
    }

    /// Overlapping losses and gains of one segment file (one sample): named, both lines. Both are used as
    /// written, each meeting its own rules (docs/matching.md); the warning puts the contradiction before the board.
    static func overlapWarnings(_ events: [CopyNumberEvent]) -> [String] {
        // A segment file's events; one sample's are those its rows give to the same samples.
        let byFile = Dictionary(
            grouping: events.compactMap { event -> (key: String, event: CopyNumberEvent)? in
                guard case .segment(let file, _) = event.evidence else { return nil }
                return ("\(file) \(event.support.map { $0.carries.map(String.init) ?? "-" })", event)
            }, by: \.key
        ).mapValues { $0.map(\.event) }
        var warnings: [String] = []
        for file in byFile.keys.sorted() {
            let segments = byFile[file]!
            for (index, first) in segments.enumerated() {
                for second in segments[(index + 1)...]
                where ContigName.normalized(first.contig) == ContigName.normalized(second.contig)
                    && first.start <= second.end && second.start <= first.end
                {
                    let kind =
                        first.direction == second.direction
                        ? "overlap" : "overlap and contradict each other (\(first.direction.rawValue) and \(second.direction.rawValue))"
                    warnings.append(
                        "\(first.evidence) (\(first.contig):\(first.start)-\(first.end)) and \(second.evidence) (\(second.contig):\(second.start)-\(second.end)) "
                            + "\(kind): one sample's segments should not; both are used as written")
                }
            }
        }
        return warnings
    }

    /// The longest symbolic duplication or insertion read as an internal tandem duplication.
    public static let maximumITDLength = 1_000

    /// ITD findings for a short symbolic gain (`<DUP>`, `<TDUP>`, `<INS>`) inside an ITD rule's codon window.
    private func tandemDuplications(_ event: CopyNumberEvent) -> [Finding] {
        guard event.direction == .gain, event.end - event.start < Self.maximumITDLength else { return [] }
        return knowledgeBase.rules.compactMap { rule -> Finding? in
            guard rule.kind == .itd, case .window(let codons) = rule.target, let model = knowledgeBase.transcripts[build]?[rule.gene],
                model.contig == ContigName.normalized(event.contig),
                let first = model.genomicPositions(ofCodon: codons.lowerBound), let last = model.genomicPositions(ofCodon: codons.upperBound)
            else { return nil }
            let window = min(first.min()!, last.min()!)...max(first.max()!, last.max()!)
            guard window.overlaps(event.start...event.end) else { return nil }
            var finding = Finding(
                rule: rule, alteration: "ITD",
                basis: "symbolic gain \(event.contig):\(event.start)-\(event.end) in codons \(codons.lowerBound)-\(codons.upperBound)",
                transcript: rule.transcript, hgvsc: "", hgvsp: "", evidence: event.evidence, filter: event.filter,
                support: event.support)
            finding.passedFilter = acts(event.filter)
            return finding
        }
    }

    private func overlaps(_ event: CopyNumberEvent, _ rule: Rule) -> Bool {
        switch (rule.kind, event.direction) {
        // A symbolic deletion whose own copy number says no loss (`<DEL>` with CN=2) is none.
        case (.deletion, .loss):
            return (event.copyNumber.map { thresholds.isLoss(copyNumber: $0, log2: nil) } ?? true) && overlaps(event, gene: rule.gene)
        // A lab's reported amplification is one by the lab's call: it gives no number to measure.
        case (.amplification, .gain):
            return (event.reported || thresholds.isAmplified(copyNumber: event.copyNumber, log2: event.log2, samplePloidy: event.ploidy?.ploidy))
                && overlaps(event, gene: rule.gene)
        default: return false
        }
    }

    /// Whether the event touches a coding exon of the gene (its span when there is no model): an
    /// intronic deletion deletes nothing of the protein.
    private func overlaps(_ event: CopyNumberEvent, gene: String) -> Bool {
        let contig = ContigName.normalized(event.contig)
        if let model = knowledgeBase.transcripts[build]?[gene] {
            let coding = model.codingRange
            return model.contig == contig
                && model.exons.contains { exon in
                    max(exon.lowerBound, coding.lowerBound, event.start) <= min(exon.upperBound, coding.upperBound, event.end)
                }
        }
        guard let span = knowledgeBase.genes[gene]?.spans[build] else { return false }
        return span.contig == contig && event.start <= span.end && event.end >= span.start
    }

    /// The event's extent on the arm holding `gene` (nil without the gene's span or the contig's centromere).
    private func extent(_ event: CopyNumberEvent, gene: String) -> ChromosomeArms.Measure? {
        guard let span = knowledgeBase.genes[gene]?.spans[build] else { return nil }
        return knowledgeBase.arms.measure(
            contig: event.contig, start: event.start, end: event.end,
            position: (span.start + span.end) / 2, build: build)
    }

    static func percent(_ measure: ChromosomeArms.Measure) -> String {
        measure.armFraction < 0.01 ? "<1%" : "\(Int((measure.armFraction * 100).rounded()))%"
    }

    private func level(_ event: CopyNumberEvent) -> String {
        if let copies = event.copyNumber {
            guard event.direction == .gain, let ploidy = ploidy(of: event) else { return ", copy number \(copies)" }
            return ", copy number \(copies), at least \(Int(CopyNumberThresholds.ploidyRatio)) x ploidy \(ploidy)"
        }
        if let log2 = event.log2 { return ", log2 \(log2)" }
        return ""
    }

    /// The ploidy a gain is judged against, and where it came from: `--ploidy` when given, else the
    /// tumor's own from its caller's summary file.
    private func ploidy(of event: CopyNumberEvent) -> SamplePloidy? {
        if let given = thresholds.ploidy { return SamplePloidy(ploidy: given, sample: nil, evidence: .option) }
        return event.ploidy
    }

    /// A gain at the copy cut over an amplification rule's gene that the tumor's ploidy makes no amplification
    /// (a polyploid genome's own level): said as an other finding, so the board sees why there is no match.
    private func gainsBelowPloidy(_ event: CopyNumberEvent) -> [OtherFinding] {
        guard event.direction == .gain, let copies = event.copyNumber, let ploidy = ploidy(of: event),
            thresholds.isGain(copyNumber: copies, log2: nil),
            !thresholds.isAmplified(copyNumber: copies, log2: nil, samplePloidy: event.ploidy?.ploidy)
        else { return [] }
        return knowledgeBase.rules.filter { $0.kind == .amplification && overlaps(event, gene: $0.gene) }.map(\.gene)
            .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            .map { OtherFinding(.gainBelowPloidy(gene: $0, copies: copies, ploidy: ploidy), support: event.support) }
    }
}

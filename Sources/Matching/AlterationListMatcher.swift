import Annotation
import CallerEvidence
import Knowledge

/// Turns a lab's reported alterations into the evidence the other routes produce, so that the same
/// rules judge them: a protein change becomes the effect an annotator's entry on the MANE transcript
/// would give (`RuleEvaluator`, as for a VCF's or a MAF's protein column); a fusion becomes a
/// fusion-table candidate, and a deletion or amplification a copy-number event over the gene, both
/// for `StructuralMatcher`.
///
/// Before a protein change counts it is checked against the knowledge base's MANE model: a transcript
/// other than MANE, a residue beyond the protein, or a reference residue other than the one at that
/// codon (translated from `--fasta` when given, else as the knowledge base's rules, hotspot and
/// polymorphism tables name it) refuses the list,
/// naming the line and column. Numbers on another isoform can meet the wrong codon, and a row read
/// past is an alteration never screened; either way the fix is one cell.
public struct AlterationListMatcher: Sendable {
    private let knowledgeBase: KnowledgeBase
    private let build: GenomeBuild
    private let evaluator: RuleEvaluator
    private let population: PopulationScreen
    /// The panel genes' reference bases from `--fasta`, to translate any MANE codon.
    private let sequences: GeneSequences?
    /// The reference residue the knowledge base names at a MANE codon, and where it names it, per gene.
    private let knownResidues: [String: [Int: (residue: Character, source: String)]]

    public init(knowledgeBase: KnowledgeBase, build: GenomeBuild, sequences: GeneSequences? = nil) {
        self.knowledgeBase = knowledgeBase
        self.sequences = sequences
        self.build = build
        evaluator = RuleEvaluator(rules: knowledgeBase.rules)
        population = PopulationScreen(knowledgeBase: knowledgeBase, build: build)
        var known: [String: [Int: (residue: Character, source: String)]] = [:]
        for rule in knowledgeBase.rules {
            guard case .codons(let codons) = rule.target else { continue }
            for codon in codons { known[rule.gene, default: [:]][codon.number] = (codon.residue, "rule \(rule.id)") }
        }
        let tabled =
            knowledgeBase.hotspotAlleles.map { ($0.gene, $0.protein, "the hotspot allele table") }
            + knowledgeBase.polymorphisms.map { ($0.gene, $0.protein, "the polymorphism table") }
        for (gene, protein, source) in tabled {
            guard let change = ProteinChange(hgvs: protein), let start = change.start, let residue = change.startResidue else { continue }
            known[gene, default: [:]][start] = known[gene]?[start] ?? (residue, source)
        }
        knownResidues = known
    }

    /// What the rows give, each row carried by the samples its `support` says.
    public struct Evidence: Sendable {
        public var findings: [Finding] = []
        public var fusions: [FusionCandidate] = []
        public var copyNumberEvents: [CopyNumberEvent] = []
        /// What the user should know: rows naming genes the knowledge base has no model of.
        public var notes: [String] = []

        /// No evidence: what a run without alteration-list rows has.
        public init() {}
    }

    /// The evidence of `rows`; throws on the first row that contradicts the MANE model.
    public func evidence(_ rows: [(alteration: ReportedAlteration, support: [SampleSupport])]) throws(CallerTableError) -> Evidence {
        var evidence = Evidence()
        var unknownGenes: [String] = []
        for (row, support) in rows {
            let support = support.map {
                $0.carries == true
                    ? SampleSupport(
                        carries: true, vaf: row.vaf, depth: nil,
                        vafSource: row.vaf == nil ? nil : "the list's vaf") : $0
            }
            let gene = knowledgeBase.genes[row.gene]
            switch row.change {
            case .fusion(let five, let three):
                var candidate = FusionCandidate(
                    first: .init(gene: five, contig: nil, position: nil), second: .init(gene: three, contig: nil, position: nil),
                    orientationKnown: true, inFrame: nil, basis: "\(row.evidence): \(row.text) as the lab reported it",
                    evidence: row.evidence, filter: "PASS", support: support)
                candidate.fromCallerTable = true
                evidence.fusions.append(candidate)
            case .deletion, .amplification:
                guard let span = gene?.spans[build],
                    let event = row.copyNumberEvent(contig: span.contig, start: span.start, end: span.end, support: support)
                else {
                    unknownGenes.append("\(row.gene) (\(row.evidence))")
                    continue
                }
                evidence.copyNumberEvents.append(event)
            case .tandemDuplication:
                guard let gene else {
                    unknownGenes.append("\(row.gene) (\(row.evidence))")
                    continue
                }
                evidence.findings += evaluator.rules(of: row.gene).filter { $0.kind == .itd }.map { rule in
                    let window = if case .window(let codons) = rule.target { " (codons \(codons.lowerBound)-\(codons.upperBound))" } else { "" }
                    return Finding(
                        rule: rule, alteration: "ITD",
                        basis: "\(row.evidence): ITD as the lab reported it, without its codons: taken to lie in the rule's window\(window)",
                        transcript: gene.maneRefSeq, hgvsc: "", hgvsp: "", evidence: row.evidence, filter: "PASS", support: support)
                }
            case .protein(let text):
                guard let gene else {
                    unknownGenes.append("\(row.gene) (\(row.evidence))")
                    continue
                }
                evidence.findings += try proteinFindings(row, text: text, gene: gene, support: support)
            }
        }
        if !unknownGenes.isEmpty {
            evidence.notes.append(
                "alteration list rows naming genes the knowledge base has no MANE model of were neither checked nor matched, "
                    + "as no rule names them: \(unknownGenes.joined(separator: "; "))")
        }
        return evidence
    }

    /// The rules a reported protein change meets, once it agrees with the gene's MANE model.
    private func proteinFindings(_ row: ReportedAlteration, text: String, gene: Gene, support: [SampleSupport]) throws(CallerTableError)
        -> [Finding]
    {
        func refuse(_ column: String, _ problem: String) -> CallerTableError {
            CallerTableError(
                file: row.path, line: row.line, problem: "column \(column) '\(column == "transcript" ? row.transcript ?? "" : row.text)' \(problem)")
        }
        if let transcript = row.transcript {
            let id = TranscriptID.unversioned(transcript)
            guard id == gene.maneRefSeqUnversioned || id == gene.maneEnsemblUnversioned else {
                throw refuse(
                    "transcript",
                    "is not \(row.gene)'s MANE Select transcript (\(gene.maneRefSeq), \(gene.maneEnsembl)): "
                        + "residue numbers on another isoform may differ; write the change on MANE")
            }
        }
        guard let change = ProteinChange(hgvs: text), let start = change.start, let model = knowledgeBase.transcripts[build]?[row.gene] else {
            throw refuse("alteration", "is not a protein change in HGVS p. notation (p.G12D, p.E746_A750del, p.R882fs)")
        }
        let residues = model.codingLength / 3
        let end = change.end ?? start
        guard start >= 1, end <= residues else {
            throw refuse("alteration", "names residue \(end) of \(row.gene), whose MANE protein (\(gene.maneRefSeq)) has \(residues - 1) residues")
        }
        var checked = "reference residue not named in the knowledge base, not checked"
        let translated = sequences?.residue(ofCodon: start, on: model).map { (residue: $0, source: "the reference sequence (--fasta)") }
        if let residue = change.startResidue, let known = translated ?? knownResidues[row.gene]?[start] {
            guard known.residue == residue else {
                throw refuse(
                    "alteration", "names \(residue) at codon \(start), but MANE \(gene.maneRefSeq) has \(known.residue) there (\(known.source))")
            }
            checked = "reference residue \(residue)\(start) as in \(known.source)"
        }
        let exon = model.genomicPositions(ofCodon: start).flatMap { positions -> Int? in
            if case .coding(_, let exon) = model.location(of: positions[0]) { return exon }
            return nil
        }
        let effect = VariantEffect(gene: row.gene, change: change, exon: exon)
        let frequency = population.frequency(gene: row.gene, protein: change.description)
        return evaluator.matches(effect).map { met in
            var finding = Finding(
                rule: met.rule, alteration: met.alteration,
                basis: "\(row.evidence): \(row.text) as the lab reported it, on MANE \(gene.maneRefSeq) (\(checked))",
                transcript: gene.maneRefSeq, hgvsc: "", hgvsp: change.description, evidence: row.evidence,
                filter: "PASS", support: support)
            finding.population = frequency
            return finding
        }
    }
}

import Annotation
import CallerEvidence
import Knowledge
import VariantIO

/// Finds the knowledge-base rules each ALT allele of a record meets, from the record's VEP `CSQ`
/// annotation and from the table of known hotspot alleles. Pure and `Sendable`: workers share one.
public struct RecordMatcher: Sendable {
    /// The INFO and FORMAT fields the matcher reads: the consequence tags, the structural-record
    /// tags and the per-sample evidence; a reader decodes nothing else.
    public static let fieldRequest = FieldRequest(
        info: ConsequenceFormat.tags + StructuralRecordParser.infoTags,
        formatIntegers: SampleSupport.integerTags + StructuralSupport.integerTags,
        formatFloats: SampleSupport.floatTags)

    private let evaluator: RuleEvaluator
    private let genes: [String: Gene]
    private let annotations: [ConsequenceParser]
    private let hotspots: [VariantKey: HotspotAllele]
    /// The positions of `hotspots`, checked before a key is built for the table.
    private let hotspotPositions: Set<Int>
    private let engine: PanelConsequences
    private let transcriptPolicy: TranscriptPolicy
    private let includeFiltered: Bool
    private let build: GenomeBuild
    /// Codons the exclusion rules name, per gene.
    private let exclusionCodons: [String: [Int: [Rule]]]
    private let population: PopulationScreen
    /// How the file's structural-variant caller writes per-sample support.
    private let structuralSupport: StructuralSupport
    /// The annotation a match from the annotator is based on (`vep CSQ`), named in its basis.
    private let annotationBasis: String
    /// The tumor's VAF and depth from INFO, where FORMAT has none.
    private let infoFraction: InfoAlleleFraction?

    /// - Parameters:
    ///   - annotations: the layouts of the header's consequence tags (`CSQ`, `ANN`, `BCSQ`); empty for unannotated input.
    ///   - includeFiltered: match records whose FILTER is not PASS as well.
    ///   - sequences: the panel genes' reference bases from `--fasta`, to translate substitutions and check REF.
    ///   - transcriptPolicy: which transcript's annotation counts when an allele has several.
    public init(
        knowledgeBase: KnowledgeBase, build: GenomeBuild, annotations: [ConsequenceFormat], includeFiltered: Bool,
        sequences: GeneSequences? = nil, transcriptPolicy: TranscriptPolicy = .mane,
        populationFields: PopulationFrequencyFields = .none, structuralSupport: StructuralSupport = StructuralSupport(),
        infoFraction: InfoAlleleFraction? = nil
    ) {
        self.structuralSupport = structuralSupport
        self.infoFraction = infoFraction
        evaluator = RuleEvaluator(rules: knowledgeBase.rules)
        self.build = build
        exclusionCodons = RegistryCoverage.exclusionCodons(knowledgeBase.rules)
        genes = knowledgeBase.genes
        annotationBasis = annotations.map { "\($0.dialect.rawValue) \($0.tag)" }.joined(separator: "/")
        self.annotations = annotations.map { ConsequenceParser(format: $0, extraFields: populationFields.consequenceFields[$0.tag] ?? []) }
        population = PopulationScreen(knowledgeBase: knowledgeBase, build: build, fields: populationFields)
        var hotspots: [VariantKey: HotspotAllele] = [:]
        for allele in knowledgeBase.hotspotAlleles {
            guard let locus = allele.loci[build] else { continue }
            hotspots[VariantKey.allele(contig: locus.contig, position: locus.position, ref: allele.ref, alt: allele.alt)] = allele
        }
        self.hotspots = hotspots
        hotspotPositions = Set(knowledgeBase.hotspotAlleles.compactMap { $0.loci[build]?.position })
        self.includeFiltered = includeFiltered
        engine = PanelConsequences(knowledgeBase: knowledgeBase, build: build, sequences: sequences)
        self.transcriptPolicy = transcriptPolicy
    }

    /// Matches one record, appending its findings and warnings to `outcome`. A record whose FILTER
    /// failed is still matched, as a near-miss (a structural one by `StructuralMatcher`, from its FILTER text).
    public func match(_ record: VariantRecord, into outcome: inout BatchOutcome) {
        let passes = record.passes || includeFiltered
        if !passes { outcome.filteredRecords += 1 }
        if record.alts.contains(where: AlleleKind.isStructural) {
            let structural = StructuralRecordParser.parse(record, reading: structuralSupport)
            outcome.junctions += structural.junctions
            outcome.copyNumberEvents += structural.copyNumberEvents
            outcome.singleBreakends += structural.singleBreakends
            outcome.warnings += structural.problems
            return
        }
        if let mismatch = engine.refMismatch(contig: record.contig, position: record.position, ref: record.ref) {
            outcome.refMismatches += 1
            if outcome.refMismatchExamples.count < 3 {
                outcome.refMismatchExamples.append("\(record.locus) REF \(record.ref) (the FASTA has \(mismatch.expected) at \(mismatch.position))")
            }
        }
        // Every entry of the record's annotations, and which annotation each came from: the one
        // annotation's array itself when only one has entries (most files have one), then `sources` is empty.
        var consequences: [TranscriptConsequence] = []
        var onlySource = 0
        var sources: [Int] = []
        var hasAnnotation = false
        for (index, annotation) in annotations.enumerated() {
            guard let value = record.info.bytes(annotation.format.tag) else { continue }
            hasAnnotation = true
            do {
                let parsed = try annotation.parse(value)
                if consequences.isEmpty {
                    consequences = parsed
                    onlySource = index
                } else {
                    if sources.isEmpty { sources = Array(repeating: onlySource, count: consequences.count) }
                    consequences += parsed
                    sources += repeatElement(index, count: parsed.count)
                }
            } catch {
                outcome.warnings.append("record \(record.ordinal) (\(record.locus)): \(error); its \(annotation.format.tag) is ignored")
            }
        }
        if !annotations.isEmpty, !hasAnnotation {
            outcome.unannotatedRecords += 1
        }
        func annotation(of entry: Int) -> ConsequenceParser { annotations[sources.isEmpty ? onlySource : sources[entry]] }
        // Only a record with several ALTs needs VEP's spellings to tell its entries apart.
        let spellings = record.alts.count > 1 ? AlleleSpelling.vep(ref: record.ref, alts: record.alts) : []
        let placed = PseudoautosomalRegion.onX(contig: record.contig, position: record.position, build: build)
        for (offset, alt) in record.alts.enumerated() {
            let altIndex = offset + 1
            // VEP trims a shared first base from its alleles; snpEff and bcftools write them whole.
            func isForAllele(_ index: Int) -> Bool {
                let entry = consequences[index]
                if let number = entry.alleleNumber { return number == altIndex }
                if record.alts.count == 1 { return true }
                return entry.allele == (annotation(of: index).format.dialect == .vep ? spellings[offset] : alt)
            }
            // A record's entries are mostly all for its one ALT: then they are used as they are.
            let entries =
                consequences.indices.allSatisfy(isForAllele) ? consequences : consequences.indices.filter(isForAllele).map { consequences[$0] }
            // Looked up once the allele meets a rule: most kept alleles meet none.
            var frequency: PopulationFrequency??
            var seen = Set<MetRule>()
            var support: [SampleSupport]?
            // The engine speaks for genes the annotation gives no protein change for (no annotation,
            // an intronic entry, bcftools' longer changes), and only for rules nothing else met.
            let allEffects = engine.effects(contig: placed.contig, position: placed.position, ref: record.ref, alt: alt)
            let fromAnnotation = annotated(entries, engineEffects: allEffects, lengthChange: alt.count - record.ref.count)
            let known = fromAnnotation.candidates + tabulated(record, alt: alt)
            let metRules = Set(known.map(\.rule.id))
            // Genes whose only changes were on another isoform at other codons are left to the engine:
            // asked only of the genes the engine has an effect on.
            let effects = allEffects.filter { effect in
                fromAnnotation.disagreeing.contains(effect.gene)
                    || !entries.contains { $0.gene == effect.gene && ProteinChange(hgvs: $0.hgvsp) != nil }
            }
            let fromEngine = computed(effects).filter { !metRules.contains($0.rule.id) }
            var candidates = known + fromEngine
            candidates += unplacedDuplications(record, placed: placed, alt: alt, met: candidates)
            if !candidates.contains(where: { $0.rule.role == .excludes }) {
                candidates += untranslatedExclusions(effects, record: record, alt: alt)
            }
            for candidate in candidates
            where seen.insert(MetRule(ruleID: candidate.rule.id, alteration: candidate.alteration)).inserted {
                support = support ?? sampleSupport(record, altIndex: altIndex, alt: alt)
                var finding = Finding(
                    rule: candidate.rule, alteration: candidate.alteration, basis: candidate.basis,
                    transcript: candidate.transcript, hgvsc: candidate.hgvsc, hgvsp: candidate.hgvsp,
                    evidence: .allele(contig: record.contig, position: record.position, ref: record.ref, alt: alt),
                    filter: candidate.unplaced ?? record.filterText, support: support!)
                finding.passedFilter = passes && candidate.unplaced == nil
                finding.untranslated = candidate.untranslated
                finding.duplication = candidate.duplication
                let alleleFrequency =
                    frequency
                    ?? population.frequency(
                        record, alt: alt, altIndex: altIndex,
                        consequences: consequences.indices.filter(isForAllele).map { (annotation(of: $0).format.tag, consequences[$0].extra) })
                frequency = alleleFrequency
                finding.population = PopulationFrequency.highest(
                    [alleleFrequency, population.frequency(gene: candidate.rule.gene, protein: candidate.hgvsp)].compactMap { $0 })
                outcome.findings.append(finding)
            }
        }
    }

    /// Each sample's support from FORMAT, with the tumor's INFO VAF and depth where FORMAT gives none.
    private func sampleSupport(_ record: VariantRecord, altIndex: Int, alt: String) -> [SampleSupport] {
        let support = record.samples.map { SampleSupport(call: $0, altIndex: altIndex, ref: record.ref, alt: alt) }
        return infoFraction?.filling(support, info: record.info.byTag, altIndex: altIndex) ?? support
    }

    /// A rule met with one change: an allele's candidates are findings once each.
    private struct MetRule: Hashable {
        let ruleID: String
        let alteration: String
    }

    private struct Candidate {
        let rule: Rule
        let alteration: String
        let basis: String
        let transcript: String
        let hgvsc: String
        let hgvsp: String
        var untranslated = false
        var duplication: IntronicDuplication?
        /// Why an insertion that may be the rule's duplication could not be placed: a near-miss, never silence.
        var unplaced: String?
    }

    /// An in-frame insertion of 15 bases or more written in an intron of a gene with an ITD rule, which
    /// the engine could not place on coding bases (it lies farther from them than its length): the ITD
    /// rule's near-miss, so a caller's misplaced ITD is seen rather than read as nothing.
    private func unplacedDuplications(_ record: VariantRecord, placed: (contig: String, position: Int), alt: String, met: [Candidate]) -> [Candidate]
    {
        engine.intronicInsertions(contig: placed.contig, position: placed.position, ref: record.ref, alt: alt).flatMap { site -> [Candidate] in
            let length = alt.count - record.ref.count
            return evaluator.rules(of: site.gene).filter { rule in rule.kind == .itd && !met.contains { $0.rule.gene == rule.gene } }.map { rule in
                Candidate(
                    rule: rule, alteration: "insertion in intron \(site.intron)",
                    basis: "hemimatch consequence engine on \(genes[site.gene]?.maneRefSeq ?? site.gene)",
                    transcript: genes[site.gene]?.maneRefSeq ?? "", hgvsc: "", hgvsp: "",
                    unplaced: NearMissReason.notPlaced(
                        "an in-frame insertion of \(length) bases in \(site.gene) intron \(site.intron), farther from coding bases than its length, is not read as an ITD; check the call"
                    ))
            }
        }
    }

    /// Rules met according to the annotator, one chosen transcript set per panel gene; under the MANE
    /// policy, a change on another isoform counts only where `IsoformAgreement` finds its codons on MANE
    /// (`disagreeing`: the genes whose every chosen change was elsewhere).
    private func annotated(_ entries: [TranscriptConsequence], engineEffects: [VariantEffect], lengthChange: Int)
        -> (candidates: [Candidate], disagreeing: Set<String>)
    {
        // A record's entries mostly name one gene: its membership is looked up once per run of it.
        var last: (gene: String, inPanel: Bool)?
        let panelEntries = entries.filter { entry in
            if last?.gene != entry.gene { last = (entry.gene, evaluator.genes.contains(entry.gene)) }
            return last!.inPanel
        }
        guard !panelEntries.isEmpty else { return ([], []) }
        // Most records' panel entries name one gene: grouped without a dictionary then.
        let firstGene = panelEntries[0].gene
        let byGene =
            panelEntries.allSatisfy { $0.gene == firstGene }
            ? [(key: firstGene, value: panelEntries)] : Dictionary(grouping: panelEntries, by: \.gene).sorted { $0.key < $1.key }
        var disagreeing = Set<String>()
        let candidates = byGene.flatMap { gene, entries in
            var agreed = false, disagreed = false
            let model = genes[gene]
            let chosen = preferred(entries, gene: model)
            let found = chosen.entries.flatMap { entry -> [Candidate] in
                let change = ProteinChange(hgvs: entry.hgvsp)
                var isoform = ""
                if transcriptPolicy == .mane, let model, !chosen.onMANE, let change, change.start != nil {
                    let maneEffect = engineEffects.first { $0.gene == gene }
                    guard let codons = IsoformAgreement.maneCodons(of: change, maneEffect: maneEffect, lengthChange: lengthChange) else {
                        disagreed = true
                        return []
                    }
                    agreed = true
                    let span = codons.count == 1 ? "codon \(codons.lowerBound)" : "codons \(codons.lowerBound)-\(codons.upperBound)"
                    isoform = " (not the MANE transcript; the allele sits at \(span) of MANE \(model.maneRefSeq) too)"
                }
                // Most entries (intronic, synonymous without a change) can meet no rule: no effect is built for them.
                let consequences = entry.consequences
                guard RuleEvaluator.mayMeet(change: change, consequences: consequences) else { return [] }
                let effect = VariantEffect(
                    gene: gene, change: change, consequences: Set(consequences),
                    exon: entry.exon, intron: entry.intron, hgvsc: entry.hgvsc)
                let matches = evaluator.matches(effect)
                // Most entries meet no rule: their transcript is spelled out only for those that do.
                guard !matches.isEmpty else { return [] }
                let transcript = entry.transcript
                let on = (transcript.isEmpty ? "no named transcript" : transcript) + isoform
                return matches.map {
                    Candidate(
                        rule: $0.rule, alteration: $0.alteration, basis: "\(annotationBasis) on \(on)",
                        transcript: transcript, hgvsc: effect.hgvsc, hgvsp: change?.description ?? "")
                }
            }
            if disagreed, !agreed { disagreeing.insert(gene) }
            return found
        }
        return (candidates, disagreeing)
    }

    /// The entries the transcript policy chooses among a gene's, and whether they are on the gene's MANE
    /// Select transcript (under the MANE policy the chosen entries are all on it, or none is).
    private func preferred(_ entries: [TranscriptConsequence], gene: Gene?) -> (entries: [TranscriptConsequence], onMANE: Bool) {
        switch transcriptPolicy {
        case .all: return (entries, false)
        case .canonical:
            let canonical = entries.filter(\.isCanonical)
            return (canonical.isEmpty ? entries : canonical, false)
        case .mane: break
        }
        if let gene {
            let mane = entries.filter { IsoformAgreement.isMANE($0, of: gene) }
            if !mane.isEmpty { return (mane, true) }
        }
        let annotatorMane = entries.filter(\.marksMANESelect)
        if !annotatorMane.isEmpty { return (annotatorMane, false) }
        let canonical = entries.filter(\.isCanonical)
        return (canonical.isEmpty ? entries : canonical, false)
    }

    /// Rules met according to hemimatch's own consequence engine, for the genes the annotation (if any) left out.
    private func computed(_ effects: [VariantEffect]) -> [Candidate] {
        effects
            .filter { evaluator.genes.contains($0.gene) }
            .flatMap { effect in
                evaluator.matches(effect).map {
                    Candidate(
                        rule: $0.rule, alteration: $0.alteration,
                        basis: "hemimatch consequence engine on \(genes[effect.gene]?.maneRefSeq ?? effect.gene)"
                            + (engine.translates ? " with the reference sequence" : " (no reference sequence: residues unknown)"),
                        transcript: genes[effect.gene]?.maneRefSeq ?? "", hgvsc: effect.hgvsc, hgvsp: effect.change?.description ?? "",
                        duplication: effect.duplication)
                }
            }
    }

    /// Substitutions and in-frame changes the engine could not translate (no `--fasta`) that touch a
    /// codon an exclusion names: one candidate per exclusion rule, marked untranslated. A substitution
    /// that is synonymous whatever the codon's unknown bases are (a third-base change of G101's GGN)
    /// leaves the named residue in place: not an exclusion, and nothing left unevaluated.
    private func untranslatedExclusions(_ effects: [VariantEffect], record: VariantRecord, alt: String) -> [Candidate] {
        effects.flatMap { effect -> [Candidate] in
            let residueUnknown = effect.change.map { $0.startResidue == nil || $0.startResidue == "X" } ?? true
            let substitutionOrInFrame =
                effect.consequences.contains("coding_sequence_variant")
                || effect.change.map({ [.deletion, .insertion, .duplication, .delins].contains($0.kind) }) == true
            guard let byCodon = exclusionCodons[effect.gene], residueUnknown, substitutionOrInFrame,
                let codons = Self.codons(of: effect)
            else { return [] }
            var rules: [String: (Rule, Int)] = [:]
            for codon in codons {
                for rule in byCodon[codon] ?? [] where rules[rule.id] == nil {
                    if codons.count == 1, let residue = RegistryCoverage.namedResidue(of: rule, codon: codon),
                        let snv = Self.singleBaseChange(position: record.position, ref: record.ref, alt: alt),
                        engine.isProvablySynonymous(
                            gene: effect.gene, contig: record.contig, position: snv.position,
                            ref: snv.ref, alt: snv.alt, residue: residue)
                    {
                        continue
                    }
                    rules[rule.id] = (rule, codon)
                }
            }
            return rules.keys.sorted().map { id in
                let (rule, codon) = rules[id]!
                let cDot = effect.hgvsc.split(separator: ":").last.map(String.init) ?? effect.hgvsc
                return Candidate(
                    rule: rule, alteration: "codon \(codon) untranslated (\(cDot))",
                    basis:
                        "hemimatch consequence engine on \(genes[effect.gene]?.maneRefSeq ?? effect.gene) without a reference sequence: the residue is unknown and the hotspot table holds no such allele",
                    transcript: genes[effect.gene]?.maneRefSeq ?? "", hgvsc: effect.hgvsc, hgvsp: "", untranslated: true)
            }
        }
    }

    /// The codons an engine effect's `c.first_last` spans.
    static func codons(of effect: VariantEffect) -> ClosedRange<Int>? {
        guard let cDot = effect.hgvsc.split(separator: ":").last, cDot.hasPrefix("c.") else { return nil }
        let numbers = cDot.dropFirst(2).split(whereSeparator: { !$0.isNumber }).prefix(2).compactMap { Int($0) }
        guard let first = numbers.first else { return nil }
        let last = numbers.count > 1 ? numbers[1] : first
        return (min(first, last) + 2) / 3...(max(first, last) + 2) / 3
    }

    /// Rules met by an exact known hotspot allele at this position.
    private func tabulated(_ record: VariantRecord, alt: String) -> [Candidate] {
        // Most records lie at no hotspot position, on any contig: passed over before an allele is spelled
        // out (a chrY PAR1 position is checked as it is and moved onto chrX).
        let offset = PseudoautosomalRegion.xOffset(build), length = record.ref.utf8.count
        if length <= 64,
            !(record.position..<record.position + max(1, length)).contains(where: {
                hotspotPositions.contains($0) || hotspotPositions.contains($0 + offset)
            })
        {
            return []
        }
        guard let snv = Self.singleBaseChange(position: record.position, ref: record.ref, alt: alt),
            case let placed = PseudoautosomalRegion.onX(contig: record.contig, position: snv.position, build: build),
            hotspotPositions.contains(placed.position),
            let allele = hotspots[VariantKey.allele(contig: placed.contig, position: placed.position, ref: snv.ref, alt: snv.alt)],
            let change = ProteinChange(hgvs: allele.protein)
        else { return [] }
        return evaluator.matches(VariantEffect(gene: allele.gene, change: change, hgvsc: allele.hgvsc)).map {
            Candidate(
                rule: $0.rule, alteration: $0.alteration, basis: "hotspot allele table (\(allele.hgvsc))",
                transcript: genes[allele.gene]?.maneRefSeq ?? "", hgvsc: allele.hgvsc, hgvsp: change.description)
        }
    }

    /// The one differing base of equal-length REF and ALT (an SNV written with padding is still an SNV).
    static func singleBaseChange(position: Int, ref: String, alt: String) -> (position: Int, ref: String, alt: String)? {
        // ASCII alleles (all real ones) are compared on the bytes, without copies.
        if ref.utf8.allSatisfy({ $0 < 0x80 }), alt.utf8.allSatisfy({ $0 < 0x80 }) {
            func upper(_ byte: UInt8) -> UInt8 { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) ? byte - 0x20 : byte }
            guard ref.utf8.count == alt.utf8.count, !ref.isEmpty else { return nil }
            var differing: (offset: Int, ref: UInt8, alt: UInt8)?
            for (offset, (r, a)) in zip(ref.utf8.lazy.map(upper), alt.utf8.lazy.map(upper)).enumerated() where r != a {
                guard differing == nil else { return nil }
                differing = (offset, r, a)
            }
            guard let d = differing, "ACGT".utf8.contains(d.alt) else { return nil }
            return (position + d.offset, String(UnicodeScalar(d.ref)), String(UnicodeScalar(d.alt)))
        }
        let r = Array(ref.uppercased()), a = Array(alt.uppercased())
        guard r.count == a.count, !r.isEmpty else { return nil }
        let differing = r.indices.filter { r[$0] != a[$0] }
        guard differing.count == 1, let d = differing.first, "ACGT".contains(a[d]) else { return nil }
        return (position + d, String(r[d]), String(a[d]))
    }
}

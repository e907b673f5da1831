import Annotation
import CallerEvidence
import Knowledge
import Matching
import Profile

/// Turns the findings of a file into one profile per reported sample: one alteration per gene,
/// change and rule, however many records support it, in the order the file first shows them; and
/// the flags a person must look at.
public struct ProfileBuilder: Sendable {
    /// Per-sample evidence below which an allele is a near-miss rather than an alteration.
    public struct Thresholds: Sendable, Equatable {
        public var minimumVAF = 0.02
        public var minimumDepth = 10
        /// An allele whose population frequency is above this is a polymorphism, never an alteration
        /// (`--max-population-af`; see `GermlineScreen` and the README's tumor-only section).
        public var maximumPopulationAF = 0.001
        /// An allele with at least this VAF in the matched normal is germline (het ~0.5, hom ~1.0);
        /// below it, support in the normal is read as possible tumor-in-normal contamination.
        public var germlineNormalVAF = 0.2
        /// The depth and alt reads a normal needs before its VAF can call an allele germline.
        public var normalFloor = GermlineScreen.NormalFloor()
        /// The sample's blast fraction (`--blast-fraction`), when known: the clonality cue's absolute cut follows it.
        public var blastFraction: Double?

        public init() {}

        public init(minimumVAF: Double, minimumDepth: Int) {
            self.minimumVAF = minimumVAF
            self.minimumDepth = minimumDepth
        }
    }

    /// What the run knows that the flags depend on.
    public struct Context: Sendable {
        public var build: GenomeBuild
        /// Whether the header declares a consequence annotation (`CSQ`, `ANN`, `BCSQ`).
        public var annotated: Bool
        /// Small-variant panel records that nevertheless carry none.
        public var unannotatedRecords: Int
        /// Whether `--fasta` lets the consequence engine translate substitutions.
        public var translates: Bool
        public var thresholds: Thresholds
        /// Records that could not be fully used, each described in the run's warnings.
        public var unusableRecords = 0
        /// Header indices of the normal samples (`##normal_sample`), to spot germline alleles.
        public var normalIndices: [Int]
        /// Their names, in the same order, for messages.
        public var normalNames: [String] = []

        public init(build: GenomeBuild, annotated: Bool, unannotatedRecords: Int = 0, translates: Bool = false,
                    thresholds: Thresholds = Thresholds(), normalIndices: [Int]) {
            self.build = build
            self.annotated = annotated
            self.unannotatedRecords = unannotatedRecords
            self.translates = translates
            self.thresholds = thresholds
            self.normalIndices = normalIndices
        }
    }

    /// Deletion rules whose source makes the deletion focal (NF1: a cryptic 17q11.2 microdeletion, BALGOBIND2008 in
    /// its rule's note): a loss of most of the arm is a near-miss. Other deletion and amplification rules count a broad
    /// change with a board flag.
    public static let focalOnlyDeletions: Set = ["D-NF1-DELETION"]

    /// A tumor-only VAF at or above this looks germline (homozygous) rather than somatic.
    public static let germlineVAF = 0.9

    private let sources: [String: Source]
    private let groups: [TreatmentGroup]
    private let context: Context
    private let screen: GermlineScreen
    /// Rules that need an annotation, when the input has none.
    public let rulesNotEvaluated: [String]

    public init(knowledgeBase: KnowledgeBase, context: Context) {
        sources = knowledgeBase.sources
        groups = knowledgeBase.groups
        self.context = context
        screen = GermlineScreen(maximumPopulationAF: context.thresholds.maximumPopulationAF,
                                germlineNormalVAF: context.thresholds.germlineNormalVAF, floor: context.thresholds.normalFloor,
                                normals: context.normalIndices.enumerated().map { offset, index in
                                    (index, offset < context.normalNames.count ? context.normalNames[offset] : "sample \(index + 1)")
                                }, knowledgeBase: knowledgeBase)
        // Without an annotation the consequence engine decides frame, splice sites and codons, but
        // not amino acids: rules that need one (exclusions included) are met only by known hotspot alleles.
        let complete = (context.annotated && context.unannotatedRecords == 0) || context.translates
        let needAminoAcids: Set<RuleKind> = [.missenseCodon, .missenseRange, .proteinChange, .proteinAltering, .truncating]
        rulesNotEvaluated = complete ? [] : knowledgeBase.rules.filter { needAminoAcids.contains($0.kind) }.map(\.id)
    }

    /// - Parameters:
    ///   - samples: (name, index into each finding's `support`) of the samples to report; an index
    ///     of `nil` stands for a file without samples, where every finding counts.
    ///   - otherFindings: fusions and copy-number changes outside the rules, with their per-sample support.
    public func profiles(findings: [AlleleFinding], otherFindings: [(name: String, support: [SampleSupport])] = [],
                         samples: [(name: String, index: Int?)]) -> [SampleProfile] {
        samples.map { sample in
            func carries(_ support: [SampleSupport]) -> Bool {
                sample.index.flatMap { support.indices.contains($0) ? support[$0].carries : nil } ?? true
            }
            var order: [String] = []
            var grouped: [String: [(AlleleFinding, SupportingRecord)]] = [:]
            var flags: [ProfileFlag] = []
            var reasons: [String: String?] = [:]
            // An allele that meets an exclusion is listed as the exclusion only, not also as qualifying (JAK2 Y931C
            // lies in the JAK2 kinase window).
            let excludedAlleles = Set(findings.filter { $0.rule.role == .excludes && !$0.untranslated && carries($0.support) }
                .map { "\($0.rule.gene)|\($0.variant)" })
            // Resistance alleles below the qualifying evidence or failing FILTER: they still protect the child.
            var weakResistance: [String] = []
            // A known constitutional allele, inherited or possibly so: the board's call.
            var constitutional = false
            for var finding in findings where carries(finding.support) {
                if finding.rule.role != .excludes, excludedAlleles.contains("\(finding.rule.gene)|\(finding.variant)") { continue }
                let support = sample.index.flatMap { finding.support.indices.contains($0) ? finding.support[$0] : nil }
                var filter = finding.filter
                // Inherited alleles never qualify (exclusions are kept whatever their origin).
                let verdict = finding.rule.role == .qualifies ? screen.verdict(finding, tumor: support) : .somatic
                if screen.forcesReview(verdict) { constitutional = true }
                if finding.rule.role == .qualifies, let flag = screen.constitutionalInTumor(finding) {
                    constitutional = true
                    flags.append(flag)
                }
                let inherited = screen.nearMiss(verdict)
                if let inherited {
                    finding.passedFilter = false
                    filter = inherited.detail
                } else if let reason = weakEvidence(support) {
                    finding.passedFilter = false
                    filter = reason
                }
                if finding.rule.role != .qualifies, !finding.passedFilter, !finding.untranslated {
                    weakResistance.append(Self.weakResistance(finding, support: support, reason: filter))
                }
                let broad = [.deletion, .amplification].contains(finding.rule.kind) && finding.rule.role == .qualifies
                    ? Self.segment(finding).flatMap { $0.isBroad ? $0 : nil } : nil
                var reason = inherited?.reason
                if let broad, finding.passedFilter, !Self.focalOnlyDeletions.contains(finding.rule.id) {
                    // The registry text gives no size ("PTPN2 deletion", "ABL1 amplification"): counted, for the board to confirm.
                    let what = finding.rule.kind == .deletion ? "loss" : "gain"
                    flags.append(ProfileFlag(code: .confirmWithBoard,
                                             message: "\(finding.rule.gene) \(finding.alteration) (\(finding.rule.id)) lies in a \(broad.summary) \(what) (\(broad.contig):\(broad.start)-\(broad.end)), not a focal one; the registry text gives no size, so it counts for \(finding.rule.groups.joined(separator: ", ")): confirm with the sponsor or iLTB"))
                } else if let broad, finding.passedFilter {
                    // Most of an arm lost is not the focal deletion the registry's "NF1 del" means: for the board, not a match.
                    finding.passedFilter = false
                    reason = "broad-copy-loss"
                    filter = "broad-copy-loss: \(broad.summary)"
                    flags.append(ProfileFlag(code: .broadCopyLoss,
                                             message: "\(finding.rule.gene) \(finding.alteration) (\(finding.rule.id)) lies in a \(broad.summary) (\(broad.contig):\(broad.start)-\(broad.end)): more than half of the arm, not a focal \(finding.rule.gene) deletion; not counted for \(finding.rule.groups.joined(separator: ", ")), for the board to weigh"))
                }
                let key = "\(finding.passedFilter)|\(reason ?? "")|\(finding.rule.gene)|\(finding.alteration)|\(finding.rule.id)"
                if grouped[key] == nil { order.append(key) }
                reasons[key] = reason
                grouped[key, default: []].append((finding, SupportingRecord(
                    variant: finding.variant, filter: filter, vaf: support?.vaf, depth: support?.depth)))
                flags += finding.rule.role == .qualifies ? screen.flags(verdict, finding: finding) + tumorOnlyFlags(finding, vaf: support?.vaf)
                    : germlineFlags(finding, vaf: support?.vaf)
            }
            let found = order.map { key -> (AlleleFinding, Alteration) in
                let entries = grouped[key]!
                let first = entries[0].0
                var alteration = Alteration(
                    gene: first.rule.gene, alteration: first.alteration, groups: first.rule.groups, pathway: first.rule.pathway,
                    ruleID: first.rule.id, evidenceLevel: first.rule.evidence,
                    sources: first.rule.sourceIDs.compactMap { sources[$0] },
                    basis: first.basis, transcript: first.transcript, hgvsc: first.hgvsc, hgvsp: first.hgvsp,
                    records: entries.map(\.1))
                alteration.nearMissReason = reasons[key] ?? nil
                alteration.segment = Self.segment(first)
                if let population = entries.compactMap(\.0.population).max() {
                    alteration.populationAF = population.value
                    alteration.populationAFField = population.field
                }
                return (first, alteration)
            }
            // An exclusion codon that could not be translated is neither an exclusion nor nothing: named, and review.
            let untranslated = found.filter { $0.0.untranslated && $0.0.passedFilter }.map(\.1)
            let evaluated = found.filter { !$0.0.untranslated }
            // Given because no sample column said who carries it: said, never silent.
            let unattributed = found.filter { StructuralSupport.lacksPerSampleSupport($0.0.support) }.map { "\($0.1.gene) \($0.1.alteration)" }
                + otherFindings.filter { StructuralSupport.lacksPerSampleSupport($0.support) }.map(\.name)
            if sample.index != nil, !unattributed.isEmpty {
                flags.append(ProfileFlag(code: .supportNotPerSample,
                                         message: "\(unattributed.joined(separator: ", ")): the caller wrote no per-sample support, so the records were given to every sample of the file; check which sample carries them"))
            }
            let passing = evaluated.filter(\.0.passedFilter)
            let alterations = passing.filter { $0.0.rule.role == .qualifies }.map(\.1)
            let exclusions = passing.filter { $0.0.rule.role == .excludes }.map(\.1)
            let advisories = passing.filter { $0.0.rule.role == .advisory }.map(\.1)
            let nearMisses = evaluated.filter { !$0.0.passedFilter && $0.0.rule.role == .qualifies }.map(\.1)
            let failedExclusions = evaluated.filter { !$0.0.passedFilter && $0.0.rule.role == .excludes }.map(\.1)
            flags += ruleFlags(alterations: alterations, nearMisses: nearMisses.filter { $0.nearMissReason != "broad-copy-loss" }, failedExclusions: failedExclusions,
                               rules: found.map(\.0.rule))
            for (finding, change) in passing where finding.rule.role == .qualifies {
                guard let placed = finding.duplication else { continue }
                flags.append(ProfileFlag(code: .itdSiteIntronic, message: Self.placement(change, placed)))
            }
            for change in untranslated {
                flags.append(ProfileFlag(code: .exclusionNotEvaluated,
                                         message: "\(change.gene) \(change.alteration) touches a codon \(change.ruleID) names (it would exclude \(change.groups.joined(separator: ", "))), but the residue is unknown: annotate the file or give --fasta; suggestion is review"))
            }
            flags += weakResistance.map { ProfileFlag(code: .resistanceChange, message: $0) }
            flags.append(RegistryFlags.routesNotAssessable)
            let others = otherFindings.filter { carries($0.support) }.map(\.name)
            let mustReview = !untranslated.isEmpty || !weakResistance.isEmpty || constitutional
            let draft = SampleProfile(sample: sample.name, alterations: alterations, exclusions: exclusions, nearMisses: nearMisses,
                                      otherFindings: others, flags: flags, mustReview: mustReview, genericDrugs: genericDrugs,
                                      blastFraction: context.thresholds.blastFraction)
            // A resistance change that undermines a drug of a group still suggested (group A's venetoclax
            // and navitoclax after a BCL2 exclusion; dasatinib beside an ABL1 fusion): never a bare letter.
            let resistance = RegistryFlags.resistanceFlags(changes: exclusions + advisories, candidateGroups: draft.candidateGroups,
                                                              groups: groups)
            guard !resistance.isEmpty else { return draft }
            return SampleProfile(sample: sample.name, alterations: alterations, exclusions: exclusions, nearMisses: nearMisses,
                                 otherFindings: others, flags: flags + resistance, mustReview: true, genericDrugs: genericDrugs,
                                 blastFraction: context.thresholds.blastFraction)
        }
    }

    /// Group A's drugs, for the generic arm's reason.
    private var genericDrugs: String { groups.first { $0.letter == SampleProfile.genericGroup }?.drugs ?? "" }

    /// What the `resistance-change` flag says of an exclusion or resistance allele seen below the
    /// qualifying evidence or failing FILTER: a subclone can carry it, so it still forbids a confident letter.
    static func weakResistance(_ finding: AlleleFinding, support: SampleSupport?, reason: String) -> String {
        let vaf = support?.vaf.map { "VAF \(GermlineScreen.format($0))" } ?? "VAF not given"
        let reads = support?.altReads.map { alt in "\(alt) alt read\(alt == 1 ? "" : "s")" + (support?.depth.map { " of \($0)" } ?? "") }
            ?? support?.depth.map { "depth \($0)" } ?? "reads not given"
        let effect = finding.rule.role == .excludes ? "would exclude" : "is a resistance change flagged for"
        let drugs = RegistryFlags.undermined[finding.rule.gene].map { " (resistance to \($0.joined(separator: " and ")))" } ?? ""
        return "\(finding.rule.gene) \(finding.alteration) (\(finding.rule.id)) \(effect) \(finding.rule.groups.joined(separator: ", "))\(drugs), "
            + "seen below the qualifying evidence (\(vaf), \(reads); \(reason)): a subclone can carry it; suggestion is review"
    }

    /// The copy-number segment behind a finding, with its extent.
    static func segment(_ finding: AlleleFinding) -> SegmentExtent? {
        finding.copyNumber.map { event in
            SegmentExtent(contig: event.contig, start: event.start, end: event.end, log2: event.log2, copyNumber: event.copyNumber,
                          extent: finding.extent?.extent.rawValue, arm: finding.extent?.arm, armFraction: finding.extent?.armFraction)
        }
    }

    /// What the `itd-site-intronic` flag says of an alteration placed from an intron.
    static func placement(_ change: Alteration, _ placed: IntronicDuplication) -> String {
        "\(change.gene) \(change.alteration) (\(change.ruleID)): the \(placed.length) bp in-frame insertion is written in intron \(placed.intron) of "
            + "\(change.gene), " + (placed.distance == 0 ? "right beside" : "\(placed.distance) bp from") + " exon \(placed.exon); "
            + "it was placed as a tandem duplication of the neighbouring "
            + "exon sequence (\(change.hgvsc)): confirm by fragment analysis/PCR"
    }

    /// Why the sample's evidence is too weak for an alteration (`VAF 0.01 < --min-vaf 0.02`), if it is.
    private func weakEvidence(_ support: SampleSupport?) -> String? {
        if let vaf = support?.vaf, vaf < context.thresholds.minimumVAF {
            return "VAF \((vaf * 1000).rounded() / 1000) < --min-vaf \(context.thresholds.minimumVAF)"
        }
        if let depth = support?.depth, depth < context.thresholds.minimumDepth {
            return "depth \(depth) < --min-depth \(context.thresholds.minimumDepth)"
        }
        return nil
    }

    /// Without a normal, a VAF that looks homozygous germline.
    private func tumorOnlyFlags(_ finding: AlleleFinding, vaf: Double?) -> [ProfileFlag] {
        guard context.normalIndices.isEmpty, let vaf, vaf >= Self.germlineVAF else { return [] }
        return [ProfileFlag(code: .germlineSuspected,
                            message: "\(finding.rule.gene) \(finding.alteration) has VAF \(vaf) in a file without a normal sample")]
    }

    /// The allele is in a normal sample, or (without a normal) its VAF looks germline.
    private func germlineFlags(_ finding: AlleleFinding, vaf: Double?) -> [ProfileFlag] {
        let carriers = context.normalIndices.enumerated().filter { finding.support.indices.contains($0.element) && finding.support[$0.element].carries == true }
        if !carriers.isEmpty {
            let evidence = carriers.map { offset, index in
                let name = offset < context.normalNames.count ? context.normalNames[offset] : "sample \(index + 1)"
                return finding.support[index].vaf.map { "VAF \(GermlineScreen.format($0)) in the normal \(name)" } ?? "genotyped in the normal \(name)"
            }
            return [ProfileFlag(code: .germlineSuspected, message: "\(finding.rule.gene) \(finding.alteration) is also in the normal sample (\(evidence.joined(separator: ", ")))")]
        }
        if context.normalIndices.isEmpty, let vaf, vaf >= Self.germlineVAF {
            return [ProfileFlag(code: .germlineSuspected,
                                message: "\(finding.rule.gene) \(finding.alteration) has VAF \(vaf) in a file without a normal sample")]
        }
        return []
    }

    private func ruleFlags(alterations: [Alteration], nearMisses: [Alteration], failedExclusions: [Alteration], rules: [Rule]) -> [ProfileFlag] {
        var flags: [ProfileFlag] = []
        for alteration in alterations where alteration.evidenceLevel == .flagged {
            let groups = alteration.groups.joined(separator: ", ")
            // A flagged rule without a registry source is one the registry text does not name at all (ABL2, CSF1R, PDGFRA, LYN, TYK2).
            let named = alteration.sources.contains { $0.id.hasPrefix("NCT") }
            flags.append(ProfileFlag(code: .confirmWithBoard, message: named
                ? "\(alteration.alteration) (\(alteration.ruleID)) meets group \(groups) only by the literal inclusion text: confirm with the sponsor or iLTB"
                : "\(alteration.alteration) (\(alteration.ruleID)) is not named by group \(groups)'s registry text (a candidate from the literature): confirm with the sponsor or iLTB"))
        }
        if context.build == .grch37, rules.contains(where: { $0.gene == "CRLF2" }) {
            flags.append(ProfileFlag(code: .crlf2OnGRCh37,
                                     message: "CRLF2 on GRCh37: the PAR1 assembly defect makes CRLF2 coordinates and protein changes unreliable"))
        }
        for miss in failedExclusions {
            flags.append(ProfileFlag(code: .filteredNearMiss,
                                     message: "\(miss.gene) \(miss.alteration) (\(miss.ruleID)) would exclude \(miss.groups.joined(separator: ", ")) but its record failed (\(miss.records.map(\.filter).joined(separator: ", ")))"))
        }
        for miss in nearMisses where miss.nearMissReason == nil {
            // A trial fusion at low support is not dropped: it is for confirmation.
            let confirm = miss.alteration.contains("::") ? "; confirm the fusion (RT-PCR, FISH) before ruling out group \(miss.groups.joined(separator: ", "))" : ""
            flags.append(ProfileFlag(code: .filteredNearMiss,
                                     message: "\(miss.gene) \(miss.alteration) (\(miss.ruleID)) would qualify for \(miss.groups.joined(separator: ", ")) but its record failed (\(miss.records.map(\.filter).joined(separator: ", ")))\(confirm)"))
        }
        if context.unusableRecords > 0 {
            flags.append(ProfileFlag(code: .unusableRecords,
                                     message: "\(context.unusableRecords) records could not be fully used (see the run's warnings)"))
        }
        if !rulesNotEvaluated.isEmpty {
            let which = context.annotated ? "\(context.unannotatedRecords) panel records carry no consequence annotation"
                : "the input has no consequence annotation (VEP CSQ, snpEff ANN or bcftools BCSQ)"
            flags.append(ProfileFlag(code: .rulesNotEvaluated,
                                     message: "\(which): \(rulesNotEvaluated.count) rules that need the amino acid (missense, exact changes, stop gains; exclusions included) were met only by known hotspot alleles"))
        }
        return flags
    }
}

import Annotation
import CallerEvidence
import Knowledge
import Matching
import Profile

/// Turns the findings of a file into one profile per reported sample: one alteration per gene,
/// change and rule, however many records support it, in the order the file first shows them; and
/// the flags a person must look at.
public struct ProfileBuilder: Sendable {
    /// A tumor-only VAF at or above this looks germline (homozygous) rather than somatic.
    public static let germlineVAF = 0.9
    /// Deletion rules whose source makes the deletion focal (NF1: a cryptic 17q11.2 microdeletion, BALGOBIND2008 in
    /// its rule's note): a loss of most of the arm is a near-miss. Other deletion and amplification rules count a broad
    /// change with a board flag.
    public static let focalOnlyDeletions: Set = ["D-NF1-DELETION"]
    /// Deletion rules whose source describes the gene's loss as a deletion plus a second hit (NF1 in T-ALL: a
    /// microdeletion with the other allele mutated, BALGOBIND2008): a lone single-copy loss counts with a board flag.
    public static let secondHitDeletions = ["D-NF1-DELETION": "BALGOBIND2008"]
    /// Rule kinds whose rules an annotation (or `--fasta`) must tell the amino acid for.
    static let needAminoAcids: Set<RuleKind> = [.missenseCodon, .missenseRange, .proteinChange, .proteinAltering, .truncating]

    private let sources: [String: Source]
    private let context: Context
    private let screen: GermlineScreen
    private let registry: RegistryFlags
    private let decision: ArmDecision
    /// Rules that need an annotation, when the input has none.
    public let rulesNotEvaluated: [String]

    public init(knowledgeBase: KnowledgeBase, context: Context) {
        sources = knowledgeBase.sources
        self.context = context
        screen = GermlineScreen(
            maximumPopulationAF: context.thresholds.maximumPopulationAF,
            germlineNormalVAF: context.thresholds.germlineNormalVAF, floor: context.thresholds.normalFloor,
            normals: context.normals, knowledgeBase: knowledgeBase)
        registry = RegistryFlags(policy: knowledgeBase.policy, groups: knowledgeBase.groups)
        decision = ArmDecision(knowledgeBase: knowledgeBase)
        // Without an annotation the consequence engine decides frame, splice sites and codons, but
        // not amino acids: rules that need one (exclusions included) are met only by known hotspot alleles.
        let complete = (context.annotated && context.unannotatedRecords == 0) || context.translates
        rulesNotEvaluated = complete ? [] : knowledgeBase.rules.filter { Self.needAminoAcids.contains($0.kind) }.map(\.id)
    }

    /// - Parameters:
    ///   - samples: (name, index into each finding's `support`) of the samples to report; an index
    ///     of `nil` stands for a file without samples, where every finding counts.
    ///   - otherFindings: fusions and copy-number changes outside the rules, with their per-sample support.
    public func profiles(
        findings: [Finding], otherFindings: [OtherFinding] = [],
        samples: [(name: String, index: Int?)]
    ) -> [SampleProfile] {
        samples.map { profile(sample: $0, findings: findings, otherFindings: otherFindings) }
    }

    private func profile(
        sample: (name: String, index: Int?), findings: [Finding],
        otherFindings: [OtherFinding]
    ) -> SampleProfile {
        func carries(_ support: [SampleSupport]) -> Bool {
            sample.index.flatMap { support.indices.contains($0) ? support[$0].carries : nil } ?? true
        }
        var (grouped, flags, forced) = group(findings.filter { carries($0.support) }, sampleIndex: sample.index)
        let found = grouped.groups.map { ($0.first, alteration(of: $0)) }
        // An exclusion codon that could not be translated is neither an exclusion nor nothing: named, and review.
        let untranslated = found.filter { $0.0.untranslated && $0.0.passedFilter }.map(\.1)
        let evaluated = found.filter { !$0.0.untranslated }
        // Given because no sample column said who carries it: said, never silent.
        let unattributed =
            found.filter { StructuralSupport.lacksPerSampleSupport($0.0.support) }.map { "\($0.1.gene) \($0.1.alteration)" }
            + otherFindings.filter { StructuralSupport.lacksPerSampleSupport($0.support) }.map(\.description)
        if sample.index != nil, !unattributed.isEmpty {
            flags.append(ProfileFlags.supportNotPerSample(unattributed))
        }
        let passing = evaluated.filter(\.0.passedFilter)
        let alterations = passing.filter { $0.0.rule.role == .qualifies }.map(\.1)
        let exclusions = passing.filter { $0.0.rule.role == .excludes }.map(\.1)
        let advisories = passing.filter { $0.0.rule.role == .advisory }.map(\.1)
        let nearMisses = evaluated.filter { !$0.0.passedFilter && $0.0.rule.role == .qualifies }.map(\.1)
        let failedExclusions = evaluated.filter { !$0.0.passedFilter && $0.0.rule.role == .excludes }.map(\.1)
        flags += ruleFlags(
            alterations: alterations, nearMisses: nearMisses.filter { $0.nearMissReason != .broadCopyLoss },
            failedExclusions: failedExclusions, rules: found.map(\.0.rule))
        flags += Self.lonelySingleCopyLosses(alterations, nearMisses: nearMisses).map {
            ProfileFlags.singleCopyWithoutSecondHit($0, source: Self.secondHitDeletions[$0.ruleID]!)
        }
        for (finding, change) in passing where finding.rule.role == .qualifies {
            guard let placed = finding.duplication else { continue }
            flags.append(ProfileFlags.itdSiteIntronic(change, placed))
        }
        flags += untranslated.map(ProfileFlags.exclusionNotEvaluated)
        forced += untranslated.map {
            ReviewReason(.exclusionNotEvaluated, $0, evidence: "the residue at a codon the exclusion names is unknown (no annotation, no --fasta)")
        }
        flags += context.fileFlags
        let others = otherFindings.filter { carries($0.support) }.map(\.description)
        let facts = context.clinical[sample.name]
        let findings = ArmDecision.Findings(
            sample: sample.name, alterations: alterations, exclusions: exclusions, advisories: advisories, nearMisses: nearMisses,
            otherFindings: others, flags: flags, forcedReview: forced, screen: context.screening?.screen(for: sample.name, clinical: facts))
        return decision.decide(findings, facts: facts, blastFraction: context.thresholds.blastFraction)
    }

    /// The sample's findings screened (inherited, weak, broad) and grouped into alterations, with the
    /// flags the screening raised and the reasons they forbid a confident letter (a resistance allele below
    /// the qualifying evidence, a known constitutional allele).
    private func group(_ findings: [Finding], sampleIndex: Int?) -> (FindingGroups, [ProfileFlag], forced: [ReviewReason]) {
        var grouped = FindingGroups()
        var flags: [ProfileFlag] = []
        var forced: [ReviewReason] = []
        // An allele that meets an exclusion is listed as the exclusion only, not also as qualifying (JAK2 Y931C
        // lies in the JAK2 kinase window).
        let excludedAlleles = Set(findings.filter { $0.rule.role == .excludes && !$0.untranslated }.map(FindingGroups.AlleleKey.init))
        for var finding in findings {
            if finding.rule.role != .excludes, excludedAlleles.contains(FindingGroups.AlleleKey(finding)) { continue }
            let support = sampleIndex.flatMap { finding.support.indices.contains($0) ? finding.support[$0] : nil }
            var filter = finding.filter
            // Inherited alleles never qualify (exclusions are kept whatever their origin).
            let verdict = finding.rule.role == .qualifies ? screen.verdict(finding, tumor: support) : .somatic
            if screen.forcesReview(verdict) {
                forced.append(Self.reason(.germlineRASopathy, finding, "germline and a known constitutional RASopathy allele"))
            }
            if finding.rule.role == .qualifies, let flag = screen.constitutionalInTumor(finding) {
                forced.append(Self.reason(.germlineRASopathy, finding, "a known constitutional RASopathy allele in a file without a normal"))
                flags.append(flag)
            }
            let inherited = screen.nearMiss(verdict)
            if let inherited {
                finding.passedFilter = false
                filter = inherited.detail
            } else if let reason = context.thresholds.weakness(of: support) ?? context.thresholds.readShortfall(finding.rule.kind, support: support) {
                finding.passedFilter = false
                filter = reason
            }
            // Resistance alleles below the qualifying evidence or failing FILTER still protect the child.
            if finding.rule.role != .qualifies, !finding.passedFilter, !finding.untranslated {
                flags.append(
                    ProfileFlags.weakResistance(finding, support: support, reason: filter, drugs: registry.policy.underminedDrugs[finding.rule.gene]))
                forced.append(Self.reason(.resistanceBelowEvidence, finding, "seen below the qualifying evidence (\(filter))"))
            }
            var reason = inherited?.reason
            if let broad = Self.broadChange(finding), finding.passedFilter, !Self.focalOnlyDeletions.contains(finding.rule.id) {
                // The registry text gives no size ("PTPN2 deletion", "ABL1 amplification"): counted, for the board to confirm.
                flags.append(ProfileFlags.broadChangeForBoard(finding, broad))
            } else if let broad = Self.broadChange(finding), finding.passedFilter {
                // Most of an arm lost is not the focal deletion the registry's "NF1 del" means: for the board, not a match.
                finding.passedFilter = false
                reason = .broadCopyLoss
                filter = ProfileFlags.broadCopyLossFilter(broad)
                flags.append(ProfileFlags.broadCopyLoss(finding, broad))
            }
            grouped.add(
                finding,
                record: SupportingRecord(
                    variant: finding.evidence.description, locus: RecordLocus(finding.evidence),
                    filter: filter, vaf: support?.vaf, depth: support?.depth,
                    vafSource: support?.vafSource),
                nearMissReason: reason)
            flags +=
                finding.rule.role == .qualifies
                ? screen.flags(verdict, finding: finding) + tumorOnlyFlags(finding, vaf: support?.vaf)
                : germlineFlags(finding, vaf: support?.vaf)
        }
        return (grouped, flags, forced)
    }

    /// A reason `finding` forces review, citing its rule and the rule's sources.
    private static func reason(_ kind: ReviewReason.Kind, _ finding: Finding, _ evidence: String) -> ReviewReason {
        ReviewReason(
            reason: kind, gene: finding.rule.gene, evidence: "\(finding.rule.gene) \(finding.alteration): \(evidence)",
            groups: finding.rule.groups, cites: [finding.rule.id] + finding.rule.sourceIDs)
    }

    /// The alteration a group of findings makes.
    private func alteration(of group: FindingGroups.Group) -> Alteration {
        let first = group.first
        var alteration = Alteration(
            gene: first.rule.gene, alteration: first.alteration, groups: first.rule.groups, pathway: first.rule.pathway,
            ruleID: first.rule.id, evidenceLevel: first.rule.evidence,
            sources: first.rule.sourceIDs.compactMap { sources[$0] },
            basis: first.basis, transcript: first.transcript, hgvsc: first.hgvsc, hgvsp: first.hgvsp,
            records: group.entries.map(\.record))
        alteration.nearMissReason = group.key.nearMissReason
        alteration.segment = Self.segment(first)
        if let population = group.entries.compactMap(\.finding.population).max() {
            alteration.populationAF = population.value
            alteration.populationAFField = population.field
        }
        return alteration
    }

    /// Single-copy losses of `secondHitDeletions` genes with no other change of the gene among the sample's
    /// alterations and near-misses (a truncating mutation, another deletion).
    static func lonelySingleCopyLosses(_ alterations: [Alteration], nearMisses: [Alteration]) -> [Alteration] {
        alterations.filter { loss in
            secondHitDeletions[loss.ruleID] != nil && loss.alteration == RegistryCoverage.singleCopyLoss
                && !(alterations + nearMisses).contains { $0.gene == loss.gene && $0.alteration != loss.alteration }
        }
    }

    /// The copy-number segment behind a finding, with its extent.
    static func segment(_ finding: Finding) -> SegmentExtent? {
        finding.copyNumber.map { event in
            SegmentExtent(
                contig: event.contig, start: event.start, end: event.end, log2: event.log2, copyNumber: event.copyNumber,
                extent: finding.extent?.extent.rawValue, arm: finding.extent?.arm, armFraction: finding.extent?.armFraction)
        }
    }

    /// The broad segment behind a qualifying deletion or amplification, if it covers more than half of its arm.
    private static func broadChange(_ finding: Finding) -> SegmentExtent? {
        guard [.deletion, .amplification].contains(finding.rule.kind), finding.rule.role == .qualifies, let segment = segment(finding),
            segment.isBroad
        else { return nil }
        return segment
    }

    /// Without a normal, a VAF that looks homozygous germline.
    private func tumorOnlyFlags(_ finding: Finding, vaf: Double?) -> [ProfileFlag] {
        guard context.normalIndices.isEmpty, let vaf, vaf >= Self.germlineVAF else { return [] }
        return [ProfileFlags.germlineVAFWithoutNormal(finding, vaf: vaf)]
    }

    /// The allele is in a normal sample, or (without a normal) its VAF looks germline.
    private func germlineFlags(_ finding: Finding, vaf: Double?) -> [ProfileFlag] {
        let carriers = context.normals.filter { finding.support.indices.contains($0.index) && finding.support[$0.index].carries == true }
        if !carriers.isEmpty {
            return [ProfileFlags.alsoInNormal(finding, evidence: carriers.map { ProfileFlags.inNormal($0.name, vaf: finding.support[$0.index].vaf) })]
        }
        return tumorOnlyFlags(finding, vaf: vaf)
    }

    private func ruleFlags(alterations: [Alteration], nearMisses: [Alteration], failedExclusions: [Alteration], rules: [Rule]) -> [ProfileFlag] {
        var flags = alterations.filter { $0.evidenceLevel == .flagged }.map(ProfileFlags.confirmWithBoard)
        if context.build == .grch37, rules.contains(where: { $0.gene == "CRLF2" }) {
            flags.append(ProfileFlags.crlf2OnGRCh37)
        }
        flags += failedExclusions.map(ProfileFlags.failedExclusion)
        flags += nearMisses.filter { $0.nearMissReason == nil }.map(ProfileFlags.failedQualifying)
        if context.unusableRecords > 0 {
            flags.append(ProfileFlags.unusableRecords(context.unusableRecords))
        }
        if !rulesNotEvaluated.isEmpty {
            flags.append(
                ProfileFlags.rulesNotEvaluated(
                    count: rulesNotEvaluated.count, annotated: context.annotated,
                    unannotated: context.unannotatedRecords))
        }
        return flags
    }
}

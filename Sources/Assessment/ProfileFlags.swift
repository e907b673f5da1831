import Annotation
import CallerEvidence
import Knowledge
import Matching
import Profile

/// Every sentence the profile step writes into a flag, in one place: what a person reads beside a
/// profile, and the facts each sentence names. (The decision's own two flags, `all-groups-excluded`
/// and `subclonal`, are written by `SampleProfile` in `Profile`.)
enum ProfileFlags {
    /// `KRAS p.G12D (D-KRAS-HOTSPOT)`: a finding and the rule it meets.
    static func named(_ finding: Finding) -> String { "\(finding.rule.gene) \(finding.alteration) (\(finding.rule.id))" }

    /// `KRAS p.G12D (D-KRAS-HOTSPOT)`: an alteration and the rule it meets.
    static func named(_ change: Alteration) -> String { "\(change.gene) \(change.alteration) (\(change.ruleID))" }

    // MARK: Evidence and records

    static func broadCopyLoss(_ finding: Finding, _ broad: SegmentExtent) -> ProfileFlag {
        ProfileFlag(
            code: .broadCopyLoss,
            message:
                "\(named(finding)) lies in a \(broad.summary) (\(broad.contig):\(broad.start)-\(broad.end)): more than half of the arm, not a focal \(finding.rule.gene) deletion; not counted for \(finding.rule.groups.joined(separator: ", ")), for the board to weigh"
        )
    }

    /// The FILTER-like text of a broad loss's record.
    static func broadCopyLossFilter(_ broad: SegmentExtent) -> String { "broad-copy-loss: \(broad.summary)" }

    /// A deletion or amplification covering most of its arm, for a rule whose text gives no size: counted, for the board.
    static func broadChangeForBoard(_ finding: Finding, _ broad: SegmentExtent) -> ProfileFlag {
        let what = finding.rule.kind == .deletion ? "loss" : "gain"
        return ProfileFlag(
            code: .confirmWithBoard,
            message:
                "\(named(finding)) lies in a \(broad.summary) \(what) (\(broad.contig):\(broad.start)-\(broad.end)), not a focal one; the registry text gives no size, so it counts for \(finding.rule.groups.joined(separator: ", ")): confirm with the sponsor or iLTB"
        )
    }

    /// A single-copy loss of a gene whose source describes its inactivation as a deletion plus a second hit
    /// (NF1 in T-ALL, BALGOBIND2008), with no second hit of the gene among the sample's findings (audit P1).
    static func singleCopyWithoutSecondHit(_ loss: Alteration, source: String) -> ProfileFlag {
        ProfileFlag(
            code: .confirmWithBoard,
            message: "\(named(loss)) has no second \(loss.gene) hit among this sample's findings: its source (\(source)) "
                + "describes the loss with the other allele also hit, so a single-copy loss alone is weaker evidence: confirm with the sponsor or iLTB"
        )
    }

    static func supportNotPerSample(_ unattributed: [String]) -> ProfileFlag {
        ProfileFlag(
            code: .supportNotPerSample,
            message:
                "\(unattributed.joined(separator: ", ")): the caller wrote no per-sample support, so the records were given to every sample of the file; check which sample carries them"
        )
    }

    /// What the `itd-site-intronic` flag says of an alteration placed from an intron.
    static func itdSiteIntronic(_ change: Alteration, _ placed: IntronicDuplication) -> ProfileFlag {
        ProfileFlag(
            code: .itdSiteIntronic,
            message:
                "\(named(change)): the \(placed.length) bp in-frame insertion is written in intron \(placed.intron) of "
                + "\(change.gene), " + (placed.distance == 0 ? "right beside" : "\(placed.distance) bp from") + " exon \(placed.exon); "
                + "it was placed as a tandem duplication of the neighbouring "
                + "exon sequence (\(change.hgvsc)): confirm by fragment analysis/PCR")
    }

    static func exclusionNotEvaluated(_ change: Alteration) -> ProfileFlag {
        ProfileFlag(
            code: .exclusionNotEvaluated,
            message:
                "\(change.gene) \(change.alteration) touches a codon \(change.ruleID) names (it would exclude \(change.groups.joined(separator: ", "))), but the residue is unknown: annotate the file or give --fasta; suggestion is review"
        )
    }

    static func failedExclusion(_ miss: Alteration) -> ProfileFlag {
        ProfileFlag(
            code: .filteredNearMiss,
            message: "\(named(miss)) would exclude \(miss.groups.joined(separator: ", ")) but \(NearMissReason.phrase(miss.records.map(\.filter)))")
    }

    /// A qualifying record that failed; a trial fusion at low support is not dropped: it is for confirmation.
    static func failedQualifying(_ miss: Alteration) -> ProfileFlag {
        let groups = miss.groups.joined(separator: ", ")
        let confirm = miss.alteration.contains("::") ? "; confirm the fusion (RT-PCR, FISH) before ruling out group \(groups)" : ""
        return ProfileFlag(
            code: .filteredNearMiss,
            message: "\(named(miss)) would qualify for \(groups) but \(NearMissReason.phrase(miss.records.map(\.filter)))\(confirm)")
    }

    /// An exclusion or resistance allele seen below the qualifying evidence or failing FILTER: a subclone can
    /// carry it, so it still forbids a confident letter.
    static func weakResistance(_ finding: Finding, support: SampleSupport?, reason: String, drugs undermined: [String]?) -> ProfileFlag {
        let vaf = support?.vaf.map { "VAF \(GermlineScreen.format($0))" } ?? "VAF not given"
        let reads =
            support?.altReads.map { alt in "\(alt) alt read\(alt == 1 ? "" : "s")" + (support?.depth.map { " of \($0)" } ?? "") }
            ?? support?.depth.map { "depth \($0)" } ?? "reads not given"
        let effect = finding.rule.role == .excludes ? "would exclude" : "is a resistance change flagged for"
        let drugs = undermined.map { " (resistance to \($0.joined(separator: " and ")))" } ?? ""
        return ProfileFlag(
            code: .resistanceChange,
            message: "\(named(finding)) \(effect) \(finding.rule.groups.joined(separator: ", "))\(drugs), "
                + "seen below the qualifying evidence (\(vaf), \(reads); \(reason)): a subclone can carry it; suggestion is review")
    }

    static func unusableRecords(_ count: Int) -> ProfileFlag {
        ProfileFlag(code: .unusableRecords, message: "\(count) records could not be fully used (see the run's warnings)")
    }

    /// Rules that need the amino acid were met only by hotspot alleles: `annotated` says whether the
    /// header declares an annotation (then `unannotated` records lack it).
    static func rulesNotEvaluated(count: Int, annotated: Bool, unannotated: Int) -> ProfileFlag {
        let which =
            annotated
            ? "\(unannotated) panel records carry no consequence annotation"
            : "the input has no consequence annotation (VEP CSQ, snpEff ANN or bcftools BCSQ)"
        return ProfileFlag(
            code: .rulesNotEvaluated,
            message:
                "\(which): \(count) rules that need the amino acid (missense, exact changes, stop gains; exclusions included) were met only by known hotspot alleles"
        )
    }

    // MARK: Rules and builds

    /// A flagged rule's alteration: met only by the literal text, or (a rule without a registry source) not named
    /// by the text at all (ABL2, CSF1R, PDGFRA, LYN, TYK2).
    static func confirmWithBoard(_ alteration: Alteration) -> ProfileFlag {
        let groups = alteration.groups.joined(separator: ", ")
        let named = alteration.sources.contains { $0.id.hasPrefix("NCT") }
        return ProfileFlag(
            code: .confirmWithBoard,
            message: named
                ? "\(alteration.alteration) (\(alteration.ruleID)) meets group \(groups) only by the literal inclusion text: confirm with the sponsor or iLTB"
                : "\(alteration.alteration) (\(alteration.ruleID)) is not named by group \(groups)'s registry text (a candidate from the literature): confirm with the sponsor or iLTB"
        )
    }

    static let crlf2OnGRCh37 = ProfileFlag(
        code: .crlf2OnGRCh37, message: "CRLF2 on GRCh37: the PAR1 assembly defect makes CRLF2 coordinates and protein changes unreliable")

    // MARK: Germline

    /// Without a normal, a VAF that looks homozygous germline.
    static func germlineVAFWithoutNormal(_ finding: Finding, vaf: Double) -> ProfileFlag {
        ProfileFlag(code: .germlineSuspected, message: "\(finding.rule.gene) \(finding.alteration) has VAF \(vaf) in a file without a normal sample")
    }

    /// An exclusion's allele also carried by the normal (`evidence`: `VAF 0.5 in the normal N`, ...).
    static func alsoInNormal(_ finding: Finding, evidence: [String]) -> ProfileFlag {
        ProfileFlag(
            code: .germlineSuspected,
            message: "\(finding.rule.gene) \(finding.alteration) is also in the normal sample (\(evidence.joined(separator: ", ")))")
    }

    /// `VAF 0.5 in the normal N` or `genotyped in the normal N`.
    static func inNormal(_ normal: String, vaf: Double?) -> String {
        vaf.map { "VAF \(GermlineScreen.format($0)) in the normal \(normal)" } ?? "genotyped in the normal \(normal)"
    }

    static func commonPolymorphism(_ finding: Finding, _ population: PopulationFrequency, maximum: Double) -> ProfileFlag {
        ProfileFlag(
            code: .commonPolymorphism,
            message:
                "\(named(finding)) would qualify for \(finding.rule.groups.joined(separator: ", ")) but is a common polymorphism: \(frequency(population, maximum: maximum)); not an alteration"
        )
    }

    /// `gnomADe_AF 0.02 > --max-population-af 0.001`, or the polymorphism table's entry, which needs no threshold.
    static func frequency(_ population: PopulationFrequency, maximum: Double) -> String {
        population.fromPolymorphismTable
            ? "\(population.field) \(GermlineScreen.format(population.value)), listed as a polymorphism (never an alteration, whatever --max-population-af says)"
            : "\(population.field) \(GermlineScreen.format(population.value)) > --max-population-af \(GermlineScreen.format(maximum))"
    }

    /// A knowledge-base hotspot allele above `--max-population-af`: kept, never dropped on frequency alone.
    static func frequentHotspot(_ finding: Finding, _ population: PopulationFrequency, maximum: Double) -> ProfileFlag {
        ProfileFlag(
            code: .commonPolymorphism,
            message:
                "\(named(finding)) is a knowledge-base hotspot allele with \(population.field) \(GermlineScreen.format(population.value)) > --max-population-af \(GermlineScreen.format(maximum)): kept, never dropped on frequency alone; check whether it is inherited (clonal haematopoiesis, a constitutional allele)"
        )
    }

    /// - Parameter syndrome: what `policy.tsv` says germline variants of the gene are, said so genetics sees it.
    static func germlineInNormal(_ finding: Finding, evidence: String, syndrome: String? = nil) -> ProfileFlag {
        let genetics = syndrome.map { "; germline \(finding.rule.gene) variants are \($0) (policy.tsv): a finding for genetics" } ?? ""
        return ProfileFlag(
            code: .germlineInNormal,
            message:
                "\(named(finding)) would qualify for \(finding.rule.groups.joined(separator: ", ")) but is germline (\(evidence)); not an alteration\(genetics)"
        )
    }

    /// A germline allele the knowledge base lists as constitutional (`germline_classes.tsv`): the board's call.
    static func constitutionalGermline(_ finding: Finding, evidence: String) -> ProfileFlag {
        ProfileFlag(
            code: .germlineRASopathy,
            message:
                "\(finding.rule.gene) \(finding.alteration) is germline (\(evidence)) and a known constitutional RASopathy allele: a possible \(finding.rule.groups.joined(separator: ", ")) for the board (the leukemia carries it too), and a finding for genetics; suggestion is review"
        )
    }

    /// The same allele in a file without a normal: it may be inherited.
    static func constitutionalInTumor(_ finding: Finding) -> ProfileFlag {
        ProfileFlag(
            code: .germlineRASopathy,
            message:
                "\(named(finding)) is a known constitutional RASopathy allele and the file has no normal: it may be inherited; a possible \(finding.rule.groups.joined(separator: ", ")) for the board, suggestion is review"
        )
    }

    /// `why`: below the germline level, less than half the tumor's VAF, or a somatic-only hotspot below it.
    static func tumorInNormal(_ finding: Finding, normal: String, vaf: Double, why: String) -> ProfileFlag {
        ProfileFlag(
            code: .tumorInNormal,
            message:
                "\(named(finding)) has VAF \(GermlineScreen.format(vaf)) in the normal \(normal), \(why): kept as the tumor's; possible tumor-in-normal contamination, check the normal"
        )
    }

    static func normalTooShallow(_ finding: Finding, normal: String, evidence: String, floor: GermlineScreen.NormalFloor) -> ProfileFlag {
        ProfileFlag(
            code: .normalTooShallow,
            message:
                "\(named(finding)) is in the normal \(normal) with \(evidence): too shallow to tell germline from tumor-in-normal (a germline call needs depth >= \(floor.depth) and >= \(floor.altReads) alt reads); kept as the tumor's, check the normal"
        )
    }

    // MARK: The registry

    static func resistanceChange(_ change: Alteration, drugs: [String], group: String) -> ProfileFlag {
        ProfileFlag(
            code: .resistanceChange,
            message:
                "\(named(change)) is a resistance change for \(drugs.joined(separator: " and ")), which group \(group) gives: confirm with the sponsor or iLTB"
        )
    }

    static func armNotRecruiting(_ recruitment: Recruitment) -> ProfileFlag {
        ProfileFlag(
            code: .armNotRecruiting,
            message: "\(recruitment.summary): "
                + (recruitment.status == .unknown
                    ? "the knowledge base knows no recruitment status for this arm"
                    : "the arm is not recruiting") + "; confirm with the sponsor before referring")
    }

    /// The knowledge base's note on what no variant call can assess, carried once by every profile.
    static func notAssessed(_ note: String) -> ProfileFlag {
        ProfileFlag(code: .routesNotAssessable, message: note)
    }
}

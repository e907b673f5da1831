import Annotation
import Knowledge
import Matching
import Profile

/// Every sentence the profile step writes into a flag, in one place: what a person reads beside a
/// profile, and the facts each sentence names. (The decision's own two flags, `all-groups-excluded`
/// and `subclonal`, are written by `SampleProfile` in `Profile`.)
enum ProfileFlags {
    /// `KRAS p.G12D (D-KRAS-HOTSPOT)`: a finding and the rule it meets.
    static func named(_ finding: AlleleFinding) -> String { "\(finding.rule.gene) \(finding.alteration) (\(finding.rule.id))" }

    /// `KRAS p.G12D (D-KRAS-HOTSPOT)`: an alteration and the rule it meets.
    static func named(_ change: Alteration) -> String { "\(change.gene) \(change.alteration) (\(change.ruleID))" }

    // MARK: Evidence and records

    static func broadCopyLoss(_ finding: AlleleFinding, _ broad: SegmentExtent) -> ProfileFlag {
        ProfileFlag(code: .broadCopyLoss,
                    message: "\(named(finding)) lies in a \(broad.summary) (\(broad.contig):\(broad.start)-\(broad.end)): more than half of the arm, not a focal \(finding.rule.gene) deletion; not counted for \(finding.rule.groups.joined(separator: ", ")), for the board to weigh")
    }

    /// The FILTER-like text of a broad loss's record.
    static func broadCopyLossFilter(_ broad: SegmentExtent) -> String { "broad-copy-loss: \(broad.summary)" }

    static func supportNotPerSample(_ unattributed: [String]) -> ProfileFlag {
        ProfileFlag(code: .supportNotPerSample,
                    message: "\(unattributed.joined(separator: ", ")): the caller wrote no per-sample support, so the records were given to every sample of the file; check which sample carries them")
    }

    /// What the `itd-site-intronic` flag says of an alteration placed from an intron.
    static func itdSiteIntronic(_ change: Alteration, _ placed: IntronicDuplication) -> ProfileFlag {
        ProfileFlag(code: .itdSiteIntronic, message:
            "\(named(change)): the \(placed.length) bp in-frame insertion is written in intron \(placed.intron) of "
            + "\(change.gene), " + (placed.distance == 0 ? "right beside" : "\(placed.distance) bp from") + " exon \(placed.exon); "
            + "it was placed as a tandem duplication of the neighbouring "
            + "exon sequence (\(change.hgvsc)): confirm by fragment analysis/PCR")
    }

    static func exclusionNotEvaluated(_ change: Alteration) -> ProfileFlag {
        ProfileFlag(code: .exclusionNotEvaluated,
                    message: "\(change.gene) \(change.alteration) touches a codon \(change.ruleID) names (it would exclude \(change.groups.joined(separator: ", "))), but the residue is unknown: annotate the file or give --fasta; suggestion is review")
    }

    static func failedExclusion(_ miss: Alteration) -> ProfileFlag {
        ProfileFlag(code: .filteredNearMiss,
                    message: "\(named(miss)) would exclude \(miss.groups.joined(separator: ", ")) but its record failed (\(miss.records.map(\.filter).joined(separator: ", ")))")
    }

    static func failedQualifying(_ miss: Alteration) -> ProfileFlag {
        ProfileFlag(code: .filteredNearMiss,
                    message: "\(named(miss)) would qualify for \(miss.groups.joined(separator: ", ")) but its record failed (\(miss.records.map(\.filter).joined(separator: ", ")))")
    }

    static func unusableRecords(_ count: Int) -> ProfileFlag {
        ProfileFlag(code: .unusableRecords, message: "\(count) records could not be fully used (see the run's warnings)")
    }

    /// Rules that need the amino acid were met only by hotspot alleles: `annotated` says whether the
    /// header declares an annotation (then `unannotated` records lack it).
    static func rulesNotEvaluated(count: Int, annotated: Bool, unannotated: Int) -> ProfileFlag {
        let which = annotated ? "\(unannotated) panel records carry no consequence annotation"
            : "the input has no consequence annotation (VEP CSQ, snpEff ANN or bcftools BCSQ)"
        return ProfileFlag(code: .rulesNotEvaluated,
                           message: "\(which): \(count) rules that need the amino acid (missense, exact changes, stop gains; exclusions included) were met only by known hotspot alleles")
    }

    // MARK: Rules and builds

    static func confirmWithBoard(_ alteration: Alteration) -> ProfileFlag {
        ProfileFlag(code: .confirmWithBoard,
                    message: "\(alteration.alteration) (\(alteration.ruleID)) meets group \(alteration.groups.joined(separator: ", ")) only by the literal inclusion text: confirm with the sponsor or iLTB")
    }

    static let crlf2OnGRCh37 = ProfileFlag(
        code: .crlf2OnGRCh37, message: "CRLF2 on GRCh37: the PAR1 assembly defect makes CRLF2 coordinates and protein changes unreliable")

    // MARK: Germline

    /// Without a normal, a VAF that looks homozygous germline.
    static func germlineVAFWithoutNormal(_ finding: AlleleFinding, vaf: Double) -> ProfileFlag {
        ProfileFlag(code: .germlineSuspected, message: "\(finding.rule.gene) \(finding.alteration) has VAF \(vaf) in a file without a normal sample")
    }

    /// An exclusion's allele also carried by the normal (`evidence`: `VAF 0.5 in the normal N`, ...).
    static func alsoInNormal(_ finding: AlleleFinding, evidence: [String]) -> ProfileFlag {
        ProfileFlag(code: .germlineSuspected,
                    message: "\(finding.rule.gene) \(finding.alteration) is also in the normal sample (\(evidence.joined(separator: ", ")))")
    }

    /// `VAF 0.5 in the normal N` or `genotyped in the normal N`.
    static func inNormal(_ normal: String, vaf: Double?) -> String {
        vaf.map { "VAF \(GermlineScreen.format($0)) in the normal \(normal)" } ?? "genotyped in the normal \(normal)"
    }

    static func commonPolymorphism(_ finding: AlleleFinding, _ population: PopulationFrequency, maximum: Double) -> ProfileFlag {
        ProfileFlag(code: .commonPolymorphism,
                    message: "\(named(finding)) would qualify for \(finding.rule.groups.joined(separator: ", ")) but is a common polymorphism: \(population.field) \(GermlineScreen.format(population.value)) > --max-population-af \(GermlineScreen.format(maximum)); not an alteration")
    }

    static func germlineInNormal(_ finding: AlleleFinding, evidence: String) -> ProfileFlag {
        ProfileFlag(code: .germlineInNormal,
                    message: "\(named(finding)) would qualify for \(finding.rule.groups.joined(separator: ", ")) but is germline (\(evidence)); not an alteration")
    }

    /// A germline allele of a gene whose inherited variants are a syndrome of their own (`syndrome`,
    /// as the knowledge base's policy names it).
    static func constitutionalSyndrome(_ finding: AlleleFinding, evidence: String, syndrome: String) -> ProfileFlag {
        ProfileFlag(code: .germlineRASopathy,
                    message: "\(finding.rule.gene) \(finding.alteration) is germline (\(evidence)): a possible \(syndrome) variant; report it to the board and to genetics, it does not count for \(finding.rule.groups.joined(separator: ", ")) by itself")
    }

    static func tumorInNormal(_ finding: AlleleFinding, normal: String, vaf: Double, germlineVAF: Double) -> ProfileFlag {
        ProfileFlag(code: .tumorInNormal,
                    message: "\(named(finding)) has VAF \(GermlineScreen.format(vaf)) in the normal \(normal), below the germline level \(GermlineScreen.format(germlineVAF)): kept as the tumor's; possible tumor-in-normal contamination, check the normal")
    }

    // MARK: The registry

    static func resistanceChange(_ change: Alteration, drugs: [String], group: String) -> ProfileFlag {
        ProfileFlag(code: .resistanceChange,
                    message: "\(named(change)) is a resistance change for \(drugs.joined(separator: " and ")), which group \(group) gives: confirm with the sponsor or iLTB")
    }

    /// The knowledge base's note on what no variant call can assess, carried once by every profile.
    static func notAssessed(_ note: String) -> ProfileFlag {
        ProfileFlag(code: .routesNotAssessable, message: note)
    }
}

import Annotation
import CallerEvidence
import Knowledge

/// A knowledge-base rule met by one piece of caller evidence (an ALT allele, a structural record, a table row, a
/// segment or a single breakend), with each sample's support for it.
public struct Finding: Sendable, Equatable {
    public let rule: Rule
    /// One-letter protein change, or the rule's named event (`ITD`).
    public let alteration: String
    public let basis: String
    public let transcript: String
    public let hgvsc: String
    public let hgvsp: String
    /// What the finding rests on: an allele, a structural record, a table row, a segment or a single breakend.
    public let evidence: Evidence
    /// The caller's FILTER, or its confidence or tier for a table row.
    public let filter: String
    /// One entry per header sample, in header order.
    public let support: [SampleSupport]
    /// False for a record whose FILTER failed: its finding is a near-miss, not an alteration.
    public var passedFilter = true
    /// True when the allele touches a codon `rule` (an exclusion) names but could not be translated:
    /// the exclusion was not evaluated, and the profile must say so rather than trust its groups.
    public var untranslated = false
    /// Set when the allele is an insertion written in an intron that the consequence engine placed as a
    /// duplication of the neighbouring exon's bases: the profile flags it for confirmation.
    public var duplication: IntronicDuplication?
    /// The allele's highest population frequency (annotation or polymorphism table), when known.
    public var population: PopulationFrequency?
    /// The copy-number segment behind a deletion or amplification finding, and its extent on the gene's arm.
    public var copyNumber: CopyNumberEvent?
    public var extent: ChromosomeArms.Measure?

    public init(
        rule: Rule, alteration: String, basis: String, transcript: String, hgvsc: String, hgvsp: String,
        evidence: Evidence, filter: String, support: [SampleSupport]
    ) {
        self.rule = rule
        self.alteration = alteration
        self.basis = basis
        self.transcript = transcript
        self.hgvsc = hgvsc
        self.hgvsp = hgvsp
        self.evidence = evidence
        self.filter = filter
        self.support = support
    }
}

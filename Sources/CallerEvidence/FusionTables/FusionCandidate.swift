import FoundationEssentials
import Knowledge

/// A gene pair joined by a rearrangement, from a VCF junction or a fusion caller's table, ready to
/// be checked against the knowledge base's fusion rules.
public struct FusionCandidate: Sendable, Equatable {
    /// The partners, 5' first when `orientationKnown`, as the rules read them (`FusionPartner.canonical`).
    public let first: FusionPartner
    public let second: FusionPartner
    public let orientationKnown: Bool
    /// Both partners' roles are known and the same (two 5' or two 3' parts): no sense fusion transcript.
    public let antisense: Bool
    /// The caller's reading-frame call, when it made one.
    public let inFrame: Bool?
    /// How the pair was recognised (caller annotation, gene spans, fusion table).
    public let basis: String
    /// The structural record or table row behind the pair.
    public let evidence: Evidence
    public let filter: String
    /// One entry per header sample; empty for a fusion table until the run gives its row to a sample.
    public let support: [SampleSupport]
    /// Whether the pair comes from an RNA caller's table rather than a VCF junction.
    public var fromCallerTable = false
    /// The sample a caller table's row names (STAR-Fusion's consolidated form, JAFFA, CICERO).
    public var tableSample: String?
    /// The caller's own reason the call is too weak to act on (a low JAFFA tier): a near-miss.
    public var lowTier: String?
    /// Reads the caller counts for the fusion (split and spanning), when it counts them.
    public var supportingReads: Int?

    /// `--min-fusion-reads`' default: one read is never independent evidence of a fusion.
    public static let defaultMinimumReads = 2

    /// Why the call is too weak to act on: its caller's low tier, or fewer reads than `minimumReads`.
    public func weakness(minimumReads: Int) -> String? {
        if let lowTier { return lowTier }
        guard let reads = supportingReads, reads < minimumReads else { return nil }
        return "\(reads) supporting read\(reads == 1 ? "" : "s") < --min-fusion-reads \(minimumReads)"
    }

    public init(
        first: FusionPartner, second: FusionPartner, orientationKnown: Bool, antisense: Bool = false, inFrame: Bool?, basis: String,
        evidence: Evidence, filter: String, support: [SampleSupport]
    ) {
        self.first = first.canonical
        self.second = second.canonical
        self.orientationKnown = orientationKnown
        self.antisense = antisense
        self.inFrame = inFrame
        self.basis = basis
        self.evidence = evidence
        self.filter = filter
        self.support = support
    }

    /// The same candidate carried by the samples `support` says (a table row given to its sample).
    public func attributed(to support: [SampleSupport]) -> FusionCandidate {
        var copy = FusionCandidate(
            first: first, second: second, orientationKnown: orientationKnown, antisense: antisense,
            inFrame: inFrame, basis: basis, evidence: evidence, filter: filter, support: support)
        copy.fromCallerTable = fromCallerTable
        copy.tableSample = tableSample
        copy.lowTier = lowTier
        copy.supportingReads = supportingReads
        return copy
    }

    /// `FIVE::THREE` when the orientation is known, else the partners in the order found.
    public var name: String { "\(first.gene)::\(second.gene)" }
}

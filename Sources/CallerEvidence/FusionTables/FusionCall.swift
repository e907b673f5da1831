/// A fusion as a caller reported it.
public struct FusionCall: Sendable, Equatable {
    /// The partner whose start the fusion transcript keeps (the one written first when orientation is unknown).
    public let fivePrime: FusionPartner
    /// The partner whose end the fusion transcript keeps.
    public let threePrime: FusionPartner
    /// False when the source does not say which partner is 5' (then fivePrime/threePrime are just the order written).
    public let orientationKnown: Bool
    /// Reading frame when the caller says (in-frame true, frameshift false), else nil.
    public let inFrame: Bool?
    /// The caller's confidence word, lower-cased (Arriba high/medium/low), else nil.
    public let confidence: String?
    /// Supporting read counts the caller gives (split/junction reads + spanning/discordant pairs), else nil.
    public let supportingReads: Int?
    /// Where it came from: the table's row (`fusions.tsv line 2`).
    public let evidence: Evidence
    /// The sample the row names, in tables that hold several (STAR-Fusion's consolidated form, JAFFA, CICERO).
    public var sample: String?
    /// Why the caller itself ranks the call too low to act on (JAFFA `LowConfidence`, CICERO `LQ`):
    /// such a call is a near-miss, never an alteration.
    public var lowTier: String?

    public init(
        fivePrime: FusionPartner, threePrime: FusionPartner, orientationKnown: Bool = true, inFrame: Bool? = nil,
        confidence: String? = nil, supportingReads: Int? = nil, evidence: Evidence
    ) {
        self.fivePrime = fivePrime
        self.threePrime = threePrime
        self.orientationKnown = orientationKnown
        self.inFrame = inFrame
        self.confidence = confidence
        self.supportingReads = supportingReads
        self.evidence = evidence
    }
}

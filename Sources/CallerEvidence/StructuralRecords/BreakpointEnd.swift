import Knowledge

/// One end of a rearrangement junction.
public struct BreakpointEnd: Sendable, Hashable {
    /// Normalized contig name (`9`, `X`).
    public let contig: String
    public let position: Int
    /// `nil` when the record does not tell (a DELLY translocation without `CT`).
    public let kept: KeptSide?

    public init(contig: String, position: Int, kept: KeptSide?) {
        self.contig = ContigName.normalized(contig)
        self.position = position
        self.kept = kept
    }
}

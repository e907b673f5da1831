import Tables

/// A single breakend (VCF `.A` or `A.`, as GRIDSS writes one whose partner it could not place): one
/// side of a rearrangement is known, its partner is not. In a trial gene it is reported for a person
/// to look at, never matched to a fusion rule (the rule's partner cannot be checked).
public struct SingleBreakend: Sendable, Equatable {
    public let end: BreakpointEnd
    /// The record (`chrom:pos:ID`).
    public let evidence: Evidence
    public let filter: String
    public let support: [SampleSupport]

    public init(end: BreakpointEnd, evidence: Evidence, filter: String, support: [SampleSupport]) {
        self.end = end
        self.evidence = evidence
        self.filter = filter
        self.support = support
    }

    /// The side a single-breakend ALT keeps: `A.` (bases then `.`) keeps the sequence left of POS,
    /// `.A` the sequence right of it; `nil` when the ALT is no single breakend.
    public static func keptSide(alt: String) -> KeptSide? {
        guard alt.count > 1, !alt.contains("["), !alt.contains("]"), !alt.hasPrefix("<") else { return nil }
        let bases = alt.trimmed(where: { $0 == "." })
        guard !bases.isEmpty, bases.allSatisfy({ "ACGTNacgtn".contains($0) }) else { return nil }
        if alt.hasSuffix("."), !alt.hasPrefix(".") { return .left }
        if alt.hasPrefix("."), !alt.hasSuffix(".") { return .right }
        return nil
    }
}

/// A position on a normalized contig (1-based).
public struct Locus: Sendable, Hashable {
    public let contig: String
    public let position: Int

    public init(contig: String, position: Int) {
        self.contig = contig
        self.position = position
    }
}

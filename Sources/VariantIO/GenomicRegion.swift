/// A stretch of one contig, 1-based and inclusive at both ends, named as the file names the contig.
public struct GenomicRegion: Sendable, Equatable {
    public let contig: String
    public let start: Int
    public let end: Int

    public init(contig: String, start: Int, end: Int) {
        self.contig = contig
        self.start = start
        self.end = end
    }
}

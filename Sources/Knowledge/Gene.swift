/// A panel gene: its MANE Select transcript and its span in each build.
public struct Gene: Sendable, Equatable {
    public struct Span: Sendable, Equatable {
        /// Normalized contig name (`12`, `X`).
        public let contig: String
        /// 1-based inclusive.
        public let start: Int
        public let end: Int
    }

    public let symbol: String
    public let maneRefSeq: String
    public let maneEnsembl: String
    public let strand: Character
    public let spans: [GenomeBuild: Span]
    /// The MANE ids without their versions, as annotators often write them (kept: every annotation
    /// entry of a panel gene is compared with them).
    public let maneEnsemblUnversioned: Substring
    public let maneRefSeqUnversioned: Substring

    init(symbol: String, maneRefSeq: String, maneEnsembl: String, strand: Character, spans: [GenomeBuild: Span]) {
        self.symbol = symbol
        self.maneRefSeq = maneRefSeq
        self.maneEnsembl = maneEnsembl
        self.strand = strand
        self.spans = spans
        maneEnsemblUnversioned = TranscriptID.unversioned(maneEnsembl)
        maneRefSeqUnversioned = TranscriptID.unversioned(maneRefSeq)
    }
}

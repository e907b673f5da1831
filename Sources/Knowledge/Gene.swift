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

    /// The Ensembl transcript id without its version, as annotators often write it.
    public var maneEnsemblUnversioned: Substring { TranscriptID.unversioned(maneEnsembl) }
    public var maneRefSeqUnversioned: Substring { TranscriptID.unversioned(maneRefSeq) }
}

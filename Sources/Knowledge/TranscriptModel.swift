/// The exon and coding-sequence layout of one transcript in one build, enough to place a codon on
/// the genome and a genomic position in the coding sequence.
public struct TranscriptModel: Sendable, Equatable {
    public let gene: String
    public let build: GenomeBuild
    public let transcript: String
    /// Normalized contig name.
    public let contig: String
    public let strand: Character
    /// 1-based inclusive, ascending.
    public let exons: [ClosedRange<Int>]
    public let codingRange: ClosedRange<Int>
    /// Exons in transcript order (5' to 3'); exon `n` is `exonsInTranscriptOrder[n - 1]`.
    public let exonsInTranscriptOrder: [ClosedRange<Int>]
    /// Coding parts of the exons in transcript order (5' to 3'). Both orders are kept, not derived at
    /// each use: every kept record is placed on the models of its contig.
    private let codingSegments: [ClosedRange<Int>]

    public init(
        gene: String, build: GenomeBuild, transcript: String, contig: String, strand: Character,
        exons: [ClosedRange<Int>], codingRange: ClosedRange<Int>
    ) {
        self.gene = gene
        self.build = build
        self.transcript = transcript
        self.contig = contig
        self.strand = strand
        let exons = exons.sorted { $0.lowerBound < $1.lowerBound }
        self.exons = exons
        self.codingRange = codingRange
        exonsInTranscriptOrder = strand == "-" ? exons.reversed() : exons
        let segments = exons.compactMap { exon -> ClosedRange<Int>? in
            let low = max(exon.lowerBound, codingRange.lowerBound), high = min(exon.upperBound, codingRange.upperBound)
            return low <= high ? low...high : nil
        }
        codingSegments = strand == "-" ? segments.reversed() : segments
    }

    /// Length of the coding sequence, stop codon included.
    public var codingLength: Int { codingSegments.reduce(0) { $0 + $1.count } }

    /// The 1-based c. position of a genomic position, or `nil` outside the coding sequence.
    public func codingPosition(ofGenomic position: Int) -> Int? {
        var offset = 0
        for segment in codingSegments {
            if segment.contains(position) {
                return offset + (strand == "-" ? segment.upperBound - position : position - segment.lowerBound) + 1
            }
            offset += segment.count
        }
        return nil
    }

    /// The genomic position of a 1-based c. position, or `nil` beyond the coding sequence.
    public func genomicPosition(ofCoding position: Int) -> Int? {
        guard position >= 1 else { return nil }
        var remaining = position
        for segment in codingSegments {
            if remaining <= segment.count {
                return strand == "-" ? segment.upperBound - remaining + 1 : segment.lowerBound + remaining - 1
            }
            remaining -= segment.count
        }
        return nil
    }

    /// The three genomic positions of a codon, in c. order, or `nil` beyond the coding sequence.
    public func genomicPositions(ofCodon codon: Int) -> [Int]? {
        let positions = (1...3).compactMap { genomicPosition(ofCoding: (codon - 1) * 3 + $0) }
        return positions.count == 3 ? positions : nil
    }

    /// Where a genomic position falls in the transcript.
    public enum Location: Equatable, Sendable {
        /// In a coding exon: its 1-based c. position and exon number.
        case coding(position: Int, exon: Int)
        /// In an exon outside the coding sequence (UTR).
        case untranslated(exon: Int)
        /// In intron `number`, `fromDonor` bases after the upstream exon and `fromAcceptor` bases before the downstream one.
        case intron(number: Int, fromDonor: Int, fromAcceptor: Int)
        case outside
    }

    public func location(of position: Int) -> Location {
        let ordered = exonsInTranscriptOrder
        for (index, exon) in ordered.enumerated() {
            if exon.contains(position) {
                if let coding = codingPosition(ofGenomic: position) { return .coding(position: coding, exon: index + 1) }
                return .untranslated(exon: index + 1)
            }
            guard index + 1 < ordered.count else { break }
            let next = ordered[index + 1]
            // Between this exon and the next one in transcript order.
            let (low, high) = strand == "-" ? (next.upperBound, exon.lowerBound) : (exon.upperBound, next.lowerBound)
            if position > low, position < high {
                let fromDonor = strand == "-" ? high - position : position - low
                let fromAcceptor = strand == "-" ? position - low : high - position
                return .intron(number: index + 1, fromDonor: fromDonor, fromAcceptor: fromAcceptor)
            }
        }
        return .outside
    }
}

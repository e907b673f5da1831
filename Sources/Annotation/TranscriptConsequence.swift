import Foundation
import Knowledge

/// One transcript's annotation of one allele, as an annotator wrote it. A class: a kept record's
/// entries are handed through several filters per allele, and a reference is copied with one retain
/// where a struct of a dozen strings takes a dozen.
public final class TranscriptConsequence: Sendable, Equatable {
    /// The allele as the annotator writes it (VEP trims a shared first base; `-` for none).
    public let allele: String
    /// 1-based ALT index when the annotator gives `ALLELE_NUM`.
    public let alleleNumber: Int?
    public let consequences: [String]
    /// Exon and intron numbers (`8/15` gives 8), when the annotator gives them.
    public let exon: Int?
    public let intron: Int?
    public let gene: String
    public let transcript: String
    public let biotype: String
    public let hgvsc: String
    public let hgvsp: String
    public let isCanonical: Bool
    /// MANE Select transcript id when the annotator marks one.
    public let maneSelect: String
    /// Extra fields the parser was asked for (population frequencies), by name; empty values left out.
    public let extra: [String: String]

    public init(
        allele: String, alleleNumber: Int?, consequences: [String], exon: Int? = nil, intron: Int? = nil, gene: String,
        transcript: String, biotype: String, hgvsc: String, hgvsp: String, isCanonical: Bool, maneSelect: String,
        extra: [String: String] = [:]
    ) {
        self.allele = allele
        self.alleleNumber = alleleNumber
        self.consequences = consequences
        self.exon = exon
        self.intron = intron
        self.gene = gene
        self.transcript = transcript
        self.biotype = biotype
        self.hgvsc = hgvsc
        self.hgvsp = hgvsp
        self.isCanonical = isCanonical
        self.maneSelect = maneSelect
        self.extra = extra
    }

    public static func == (lhs: TranscriptConsequence, rhs: TranscriptConsequence) -> Bool {
        lhs.allele == rhs.allele && lhs.alleleNumber == rhs.alleleNumber && lhs.consequences == rhs.consequences
            && lhs.exon == rhs.exon && lhs.intron == rhs.intron && lhs.gene == rhs.gene && lhs.transcript == rhs.transcript
            && lhs.biotype == rhs.biotype && lhs.hgvsc == rhs.hgvsc && lhs.hgvsp == rhs.hgvsp && lhs.isCanonical == rhs.isCanonical
            && lhs.maneSelect == rhs.maneSelect && lhs.extra == rhs.extra
    }

    /// The transcript id without its version.
    public var unversionedTranscript: Substring { TranscriptID.unversioned(transcript) }
}

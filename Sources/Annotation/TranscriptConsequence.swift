import FoundationEssentials
import Knowledge

/// One transcript's annotation of one allele, as an annotator wrote it. A class: a kept record's
/// entries are handed through several filters per allele, and a reference is copied with one retain
/// where a struct of a dozen strings takes a dozen.
///
/// A VEP or snpEff entry keeps its cells as positions in the record's annotation text and builds a
/// field's String only when it is read: most entries of a kept record are dropped on their gene,
/// allele or transcript, and never need their HGVS, biotype or extra fields.
public final class TranscriptConsequence: Sendable, Equatable {
    /// 1-based ALT index when the annotator gives `ALLELE_NUM`.
    public let alleleNumber: Int?
    public let gene: String
    public let isCanonical: Bool
    private let fields: Fields

    /// Where the other fields come from: decoded already, or read from the cells on demand.
    private enum Fields: Sendable {
        case decoded(Decoded)
        case cells(EntryCells)
    }

    /// A class, so that copying `Fields` is one retain.
    private final class Decoded: Sendable {
        let allele: String
        let consequences: [String]
        let exon, intron: Int?
        let transcript, biotype, hgvsc, hgvsp, maneSelect: String
        let extra: [String: String]

        init(
            allele: String, consequences: [String], exon: Int?, intron: Int?, transcript: String, biotype: String, hgvsc: String,
            hgvsp: String, maneSelect: String, extra: [String: String]
        ) {
            self.allele = allele
            self.consequences = consequences
            self.exon = exon
            self.intron = intron
            self.transcript = transcript
            self.biotype = biotype
            self.hgvsc = hgvsc
            self.hgvsp = hgvsp
            self.maneSelect = maneSelect
            self.extra = extra
        }
    }

    public init(
        allele: String, alleleNumber: Int?, consequences: [String], exon: Int? = nil, intron: Int? = nil, gene: String,
        transcript: String, biotype: String, hgvsc: String, hgvsp: String, isCanonical: Bool, maneSelect: String,
        extra: [String: String] = [:]
    ) {
        self.alleleNumber = alleleNumber
        self.gene = gene
        self.isCanonical = isCanonical
        fields = .decoded(
            Decoded(
                allele: allele, consequences: consequences, exon: exon, intron: intron, transcript: transcript, biotype: biotype,
                hgvsc: hgvsc, hgvsp: hgvsp, maneSelect: maneSelect, extra: extra))
    }

    /// A VEP or snpEff entry read from its cells; only gene, allele number and canonical flag are decoded now.
    init(cells: EntryCells) {
        let layout = cells.layout
        (alleleNumber, gene, isCanonical) = cells.read {
            ($0.integer(layout.alleleNumber), $0.text(layout.symbol), $0.holds(layout.canonical, "YES"))
        }
        fields = .cells(cells)
    }

    /// The allele as the annotator writes it (VEP trims a shared first base; `-` for none).
    public var allele: String {
        switch fields {
        case .decoded(let decoded): decoded.allele
        case .cells(let cells): cells.read { $0.text(cells.layout.allele) }
        }
    }

    public var consequences: [String] {
        switch fields {
        case .decoded(let decoded): decoded.consequences
        case .cells(let cells): cells.read { $0.terms(cells.layout.consequence) }
        }
    }

    /// Exon and intron numbers (`8/15` gives 8), when the annotator gives them.
    public var exon: Int? {
        switch fields {
        case .decoded(let decoded): decoded.exon
        case .cells(let cells): cells.exon
        }
    }

    public var intron: Int? {
        switch fields {
        case .decoded(let decoded): decoded.intron
        case .cells(let cells): cells.intron
        }
    }

    public var transcript: String {
        switch fields {
        case .decoded(let decoded): decoded.transcript
        case .cells(let cells): cells.read { $0.text(cells.layout.feature) }
        }
    }

    public var biotype: String {
        switch fields {
        case .decoded(let decoded): decoded.biotype
        case .cells(let cells): cells.read { $0.text(cells.layout.biotype) }
        }
    }

    public var hgvsc: String {
        switch fields {
        case .decoded(let decoded): decoded.hgvsc
        case .cells(let cells): cells.read { $0.percentDecoded(cells.layout.hgvsc) }
        }
    }

    public var hgvsp: String {
        switch fields {
        case .decoded(let decoded): decoded.hgvsp
        case .cells(let cells): cells.hgvsp
        }
    }

    /// MANE Select transcript id when the annotator marks one.
    public var maneSelect: String {
        switch fields {
        case .decoded(let decoded): decoded.maneSelect
        case .cells(let cells): cells.read { $0.text(cells.layout.maneSelect) }
        }
    }

    /// True when the annotator marks a MANE Select transcript (`maneSelect` is not empty), without a String.
    public var marksMANESelect: Bool {
        switch fields {
        case .decoded(let decoded): !decoded.maneSelect.isEmpty
        case .cells(let cells): cells.marksMANESelect
        }
    }

    /// Extra fields the parser was asked for (population frequencies), by name; empty values left out.
    public var extra: [String: String] {
        switch fields {
        case .decoded(let decoded): decoded.extra
        case .cells(let cells): cells.extra
        }
    }

    public static func == (lhs: TranscriptConsequence, rhs: TranscriptConsequence) -> Bool {
        lhs.allele == rhs.allele && lhs.alleleNumber == rhs.alleleNumber && lhs.consequences == rhs.consequences
            && lhs.exon == rhs.exon && lhs.intron == rhs.intron && lhs.gene == rhs.gene && lhs.transcript == rhs.transcript
            && lhs.biotype == rhs.biotype && lhs.hgvsc == rhs.hgvsc && lhs.hgvsp == rhs.hgvsp && lhs.isCanonical == rhs.isCanonical
            && lhs.maneSelect == rhs.maneSelect && lhs.extra == rhs.extra
    }

    /// The transcript id without its version.
    public var unversionedTranscript: Substring { TranscriptID.unversioned(transcript) }

    /// True when the transcript id without its version is `stem`, or `other` (compared on the bytes, without a String).
    public func hasTranscript(unversioned stem: Substring, or other: Substring? = nil) -> Bool {
        switch fields {
        case .decoded(let decoded):
            let id = TranscriptID.unversioned(decoded.transcript).utf8
            return id.elementsEqual(stem.utf8) || other.map { id.elementsEqual($0.utf8) } == true
        case .cells(let cells): return cells.hasTranscript(unversioned: stem, or: other)
        }
    }
}

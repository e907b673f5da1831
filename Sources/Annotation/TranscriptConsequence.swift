/// One transcript's annotation of one allele, as an annotator wrote it.
public struct TranscriptConsequence: Sendable, Equatable {
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

    public init(allele: String, alleleNumber: Int?, consequences: [String], exon: Int? = nil, intron: Int? = nil, gene: String,
                transcript: String, biotype: String, hgvsc: String, hgvsp: String, isCanonical: Bool, maneSelect: String) {
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
    }

    /// The transcript id without its version.
    public var unversionedTranscript: Substring { transcript.prefix { $0 != "." } }
}

/// A `CSQ` value whose entries do not fit the header's `Format:` list.
public struct AnnotationError: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String
}

/// Splits a `CSQ` INFO value into transcript consequences using the header's field layout.
public struct VEPParser: Sendable {
    public let format: ConsequenceFormat

    public init(format: ConsequenceFormat) {
        self.format = format
    }

    public func parse(_ value: String) throws(AnnotationError) -> [TranscriptConsequence] {
        var result: [TranscriptConsequence] = []
        for entry in value.split(separator: ",") {
            let cells = entry.split(separator: "|", omittingEmptySubsequences: false)
            guard cells.count == format.fields.count else {
                throw AnnotationError(description: "a CSQ entry has \(cells.count) fields, its header Format: lists \(format.fields.count)")
            }
            func field(_ name: String) -> String {
                format.position(of: name).map { String(cells[$0]) } ?? ""
            }
            result.append(TranscriptConsequence(
                allele: field("Allele"),
                alleleNumber: Int(field("ALLELE_NUM")),
                consequences: field("Consequence").split(separator: "&").map(String.init),
                exon: Self.ordinal(field("EXON")),
                intron: Self.ordinal(field("INTRON")),
                gene: field("SYMBOL"),
                transcript: field("Feature"),
                biotype: field("BIOTYPE"),
                hgvsc: field("HGVSc").removingPercentEncoding ?? field("HGVSc"),
                hgvsp: field("HGVSp").removingPercentEncoding ?? field("HGVSp"),
                isCanonical: field("CANONICAL") == "YES",
                maneSelect: field("MANE_SELECT")))
        }
        return result
    }

    /// The first number of `8/15` or `8-9/15`.
    private static func ordinal(_ text: String) -> Int? {
        Int(text.prefix { $0.isNumber })
    }
}

import Foundation

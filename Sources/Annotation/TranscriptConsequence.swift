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
    /// Extra fields the parser was asked for (population frequencies), by name; empty values left out.
    public var extra: [String: String] = [:]

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

/// A consequence value whose entries do not fit the header's field list.
public struct AnnotationError: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String
}

/// Splits a consequence INFO value (VEP `CSQ`, snpEff `ANN`, bcftools `BCSQ`) into transcript
/// consequences using the header's field layout, in VEP's terms.
public struct ConsequenceParser: Sendable {
    public let format: ConsequenceFormat
    /// Fields copied into each entry's `extra` (VEP and snpEff layouts only).
    public let extraFields: [String]

    public init(format: ConsequenceFormat, extraFields: [String] = []) {
        self.format = format
        self.extraFields = extraFields
    }

    public func parse(_ value: String) throws(AnnotationError) -> [TranscriptConsequence] {
        if format.dialect == .snpEffLegacy { return try parseLegacy(value) }
        var result: [TranscriptConsequence] = []
        // Split on the bytes: Character-wise splitting of long annotation strings is most of the
        // cost of matching a kept record.
        for entry in value.utf8.split(separator: UInt8(ascii: ",")) {
            let cells = entry.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).map { Substring($0) }
            // bcftools leaves trailing fields out of non-coding entries; VEP and snpEff write them all.
            let fits = format.dialect == .bcftools ? cells.count <= format.fields.count : cells.count == format.fields.count
            guard fits else {
                throw AnnotationError(description: "a \(format.tag) entry has \(cells.count) fields, its header lists \(format.fields.count)")
            }
            func field(_ name: String) -> String {
                format.position(of: name).flatMap { $0 < cells.count ? String(cells[$0]) : nil } ?? ""
            }
            switch format.dialect {
            case .vep, .snpEff:
                let consequences = field("Consequence").split(separator: "&").map(String.init)
                // snpEff numbers the exon, or the intron for intronic and splice-site changes, in Rank.
                let rank = Self.ordinal(field("RANK"))
                let intronic = consequences.contains {
                    $0.hasPrefix("intron") || $0 == "splice_acceptor_variant" || $0 == "splice_donor_variant"
                }
                var entry = TranscriptConsequence(
                    allele: field("Allele"), alleleNumber: Int(field("ALLELE_NUM")), consequences: consequences,
                    exon: Self.ordinal(field("EXON")) ?? (intronic ? nil : rank), intron: Self.ordinal(field("INTRON")) ?? (intronic ? rank : nil),
                    gene: field("SYMBOL"), transcript: field("Feature"), biotype: field("BIOTYPE"),
                    hgvsc: Self.percentDecoded(field("HGVSc")), hgvsp: Self.percentDecoded(field("HGVSp")),
                    isCanonical: field("CANONICAL") == "YES", maneSelect: field("MANE_SELECT"))
                for name in extraFields {
                    let value = field(name)
                    if !value.isEmpty { entry.extra[name] = value }
                }
                result.append(entry)
            case .snpEffLegacy:
                continue
            case .bcftools:
                // `@POS` entries point at a consequence described at another record.
                let consequence = field("Consequence")
                guard !consequence.hasPrefix("@") else { continue }
                let change = field("DNA_CHANGE")
                result.append(TranscriptConsequence(
                    allele: change.split(separator: ">").last.map(String.init) ?? "", alleleNumber: nil,
                    consequences: consequence.split(separator: "&").map { BCSQ.term(String($0)) },
                    gene: field("SYMBOL"), transcript: field("Feature"), biotype: field("BIOTYPE"), hgvsc: change,
                    hgvsp: BCSQ.hgvsp(field("AMINO_ACID_CHANGE")) ?? "", isCanonical: false, maneSelect: ""))
            }
        }
        return result
    }

    /// VEP escapes `=` and `;` in HGVS as `%3D` and `%3B`; most values have no escape at all and
    /// skip Foundation's decoder.
    private static func percentDecoded(_ value: String) -> String {
        guard value.utf8.contains(UInt8(ascii: "%")) else { return value }
        return value.removingPercentEncoding ?? value
    }

    /// snpEff's old `EFF`: `NON_SYNONYMOUS_CODING(MODERATE|MISSENSE|gGt/gAt|G12D|189|KRAS|protein_coding|CODING|ENST…|2|1)`.
    private func parseLegacy(_ value: String) throws(AnnotationError) -> [TranscriptConsequence] {
        try value.split(separator: ",").map { entry throws(AnnotationError) -> TranscriptConsequence in
            guard let open = entry.firstIndex(of: "("), entry.hasSuffix(")") else {
                throw AnnotationError(description: "an EFF entry is not Effect(…): \(entry.prefix(60))")
            }
            let cells = entry[entry.index(after: open)..<entry.index(before: entry.endIndex)].split(separator: "|", omittingEmptySubsequences: false)
            func field(_ name: String) -> String {
                format.position(of: name).flatMap { $0 < cells.count ? String(cells[$0]) : nil } ?? ""
            }
            let change = field("HGVSp").split(separator: "/").first.map(String.init) ?? ""
            return TranscriptConsequence(
                allele: "", alleleNumber: Int(field("ALLELE_NUM")),
                consequences: [SnpEffLegacy.term(String(entry[..<open]))],
                exon: Int(field("EXON").drop { !$0.isNumber }.prefix { $0.isNumber }),
                gene: field("SYMBOL"), transcript: field("Feature"), biotype: field("BIOTYPE"), hgvsc: "",
                hgvsp: change.isEmpty || change.hasPrefix("p.") ? change : "p." + change, isCanonical: false, maneSelect: "")
        }
    }

    /// The first number of `8/15` or `8-9/15`.
    private static func ordinal(_ text: String) -> Int? {
        Int(text.prefix { $0.isNumber })
    }
}

/// snpEff's old effect names, in the Sequence Ontology terms the rules use.
enum SnpEffLegacy {
    static let terms = [
        "NON_SYNONYMOUS_CODING": "missense_variant", "SYNONYMOUS_CODING": "synonymous_variant", "STOP_GAINED": "stop_gained",
        "STOP_LOST": "stop_lost", "START_LOST": "start_lost", "FRAME_SHIFT": "frameshift_variant",
        "CODON_INSERTION": "inframe_insertion", "CODON_DELETION": "inframe_deletion",
        "CODON_CHANGE_PLUS_CODON_INSERTION": "inframe_insertion", "CODON_CHANGE_PLUS_CODON_DELETION": "inframe_deletion",
        "SPLICE_SITE_ACCEPTOR": "splice_acceptor_variant", "SPLICE_SITE_DONOR": "splice_donor_variant", "INTRON": "intron_variant",
    ]

    static func term(_ name: String) -> String { terms[name] ?? name.lowercased() }
}

/// bcftools csq's own spellings, in the terms the rules use.
enum BCSQ {
    /// `missense` → `missense_variant`; a leading `*` (a consequence on a haplotype past a stop) is dropped.
    static func term(_ name: String) -> String {
        let bare = name.hasPrefix("*") ? String(name.dropFirst()) : name
        switch bare {
        case "missense", "synonymous", "frameshift", "splice_acceptor", "splice_donor", "splice_region", "intron", "stop_retained":
            return bare + "_variant"
        default:
            return bare
        }
    }

    /// `113F>113C` → `p.F113C`; `61Q>61*` → `p.Q61*`; `60S` → `p.S60=`. Longer changes are left to
    /// the consequence terms (`nil`).
    static func hgvsp(_ change: String) -> String? {
        if let match = change.wholeMatch(of: #/(\d+)([A-Z*])>(\d+)([A-Z*])/#), match.1 == match.3 {
            return "p.\(match.2)\(match.1)\(match.4)"
        }
        if let match = change.wholeMatch(of: #/(\d+)([A-Z*])/#) {
            return "p.\(match.2)\(match.1)="
        }
        return nil
    }
}

import Foundation

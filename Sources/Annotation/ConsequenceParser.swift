import Foundation

/// Splits a consequence INFO value (VEP `CSQ`, snpEff `ANN`, bcftools `BCSQ`) into transcript
/// consequences using the header's field layout, in VEP's terms.
public struct ConsequenceParser: Sendable {
    public let format: ConsequenceFormat

    public init(format: ConsequenceFormat) {
        self.format = format
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
                result.append(TranscriptConsequence(
                    allele: field("Allele"), alleleNumber: Int(field("ALLELE_NUM")), consequences: consequences,
                    exon: Self.ordinal(field("EXON")) ?? (intronic ? nil : rank), intron: Self.ordinal(field("INTRON")) ?? (intronic ? rank : nil),
                    gene: field("SYMBOL"), transcript: field("Feature"), biotype: field("BIOTYPE"),
                    hgvsc: Self.percentDecoded(field("HGVSc")), hgvsp: Self.percentDecoded(field("HGVSp")),
                    isCanonical: field("CANONICAL") == "YES", maneSelect: field("MANE_SELECT")))
            case .snpEffLegacy:
                preconditionFailure("EFF values are parsed by parseLegacy, before this loop")
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

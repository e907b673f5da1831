import FoundationEssentials
import Tables

/// The field layout of a consequence INFO tag, read from its header description: VEP's `CSQ` (or
/// VEP written to `ANN`) with `Format: Allele|Consequence|…`, snpEff's `ANN` with
/// `Functional annotations: 'Allele | Annotation | …'`, and bcftools csq's `BCSQ` with
/// `Format: Consequence|gene|transcript|…`. Fields are located by name, never by fixed position.
public struct ConsequenceFormat: Sendable, Equatable {
    /// Who wrote the annotation; the dialect decides how alleles and protein changes are read.
    public enum Dialect: String, Sendable {
        /// snpEff before 4.1: `EFF=Effect(Impact|Class|Codon|AA change|…)`.
        case vep, snpEff
        case snpEffLegacy = "snpEff-EFF"
        case bcftools
    }

    /// The INFO tags consequence annotations are read from.
    public static let tags = ["CSQ", "ANN", "BCSQ", "EFF"]

    /// The INFO tag the annotation lives in.
    public let tag: String
    public let dialect: Dialect
    public let fields: [String]
    /// Field positions by hemimatch's name for them (VEP's names: `Allele`, `Consequence`, `SYMBOL`, `Feature`, …).
    private let index: [String: Int]

    /// snpEff's and bcftools' field names, in VEP's terms.
    private static let canonicalNames: [String: String] = [
        "Annotation": "Consequence", "Gene_Name": "SYMBOL", "Feature_ID": "Feature", "Transcript_BioType": "BIOTYPE",
        "HGVS.c": "HGVSc", "HGVS.p": "HGVSp", "Rank": "RANK",
        "gene": "SYMBOL", "transcript": "Feature", "biotype": "BIOTYPE", "amino_acid_change": "AMINO_ACID_CHANGE",
        "dna_change": "DNA_CHANGE",
        "Amino_Acid_change": "HGVSp", "Amino_Acid_Change": "HGVSp", "Gene_BioType": "BIOTYPE", "Transcript": "Feature",
        "Transcript_ID": "Feature", "Exon": "EXON", "Exon_Rank": "EXON", "Genotype_Number": "ALLELE_NUM",
    ]

    /// Parses the header description of `tag`. Returns `nil` when it names no field list or lacks the
    /// fields hemimatch needs.
    public init?(tag: String = "CSQ", headerDescription: String) {
        let list: Substring
        if let effect = headerDescription.firstRange(of: "Effect ("), let close = headerDescription.lastIndex(of: ")"), effect.upperBound < close {
            // snpEff's old EFF: `Effect ( Effect_Impact | … [ | ERRORS | WARNINGS ] )`; the effect name
            // stands before the parenthesis of each entry, the listed fields inside it.
            let inner = headerDescription[effect.upperBound..<close].replacing("[", with: "").replacing("]", with: "")
            let fields = inner.split(separator: "|").map { $0.trimmed() }
            var index: [String: Int] = [:]
            for (i, name) in fields.enumerated() { index[Self.canonicalNames[name] ?? name] = index[Self.canonicalNames[name] ?? name] ?? i }
            guard index["SYMBOL"] != nil, index["HGVSp"] != nil else { return nil }
            self.tag = tag
            self.dialect = .snpEffLegacy
            self.fields = fields
            self.index = index
            return
        }
        if let end = Self.endOfFormatWord(in: headerDescription) {
            list = headerDescription[end...]
        } else if let open = headerDescription.firstIndex(of: "'"), let close = headerDescription.lastIndex(of: "'"), open < close {
            list = headerDescription[headerDescription.index(after: open)..<close]
        } else {
            return nil
        }
        let fields = list.trimmed(where: { $0 == "\"" || $0 == "'" || $0 == " " })
            .split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmed() }
        var index: [String: Int] = [:]
        for (i, name) in fields.enumerated() {
            let canonical = Self.canonicalNames[name] ?? name
            if index[canonical] == nil { index[canonical] = i }
        }
        let dialect: Dialect
        if index["AMINO_ACID_CHANGE"] != nil, index["Consequence"] != nil, index["SYMBOL"] != nil {
            dialect = .bcftools
        } else if index["Allele"] != nil, index["Consequence"] != nil, index["SYMBOL"] != nil,
            index["HGVSp"] != nil || (index["Protein_position"] != nil && index["Amino_acids"] != nil)
        {
            // VEP without `--hgvs` may leave HGVSp out: its protein fields still name the change.
            dialect = fields.contains("Annotation") ? .snpEff : .vep
        } else {
            return nil
        }
        self.tag = tag
        self.dialect = dialect
        self.fields = fields
        self.index = index
    }

    /// Position of a field by hemimatch's (VEP's) name for it, if the format has it.
    public func position(of field: String) -> Int? { index[field] }

    /// Where the first `Format:` of `description` ends, in any letter case (ASCII: the word is, and no
    /// other letter folds to its letters).
    private static func endOfFormatWord(in description: String) -> String.Index? {
        let lowered = description.utf8.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 | 0x20 : $0 }
        guard let found = lowered.firstRange(of: Array("format:".utf8)) else { return nil }
        return description.utf8.index(description.utf8.startIndex, offsetBy: found.upperBound)
    }
}

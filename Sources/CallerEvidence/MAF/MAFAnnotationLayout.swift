import Tables

/// How a MAF's annotation columns become one VEP `CSQ` entry per row. vcf2maf writes VEP's own
/// fields (`Consequence`, `HGVSp`, `Protein_position`, `Amino_acids`, `EXON`, `CANONICAL`, frequencies);
/// GDC and older MAFs have only `Hugo_Symbol`, `HGVSp_Short`/`HGVSp`, `Variant_Classification` and
/// `Transcript_ID`/`RefSeq`. A MAF 2.x from WashU (TCGA LAML) has neither but its own columns,
/// read by `WashUAnnotation` when no protein column is there. Minimal MAFs (maftools, cBioPortal,
/// Oncotator) have only a protein change (`amino_acid_change`, `Protein_Change`, `i_protein_change`),
/// often without `p.` and without a transcript. A MAF with none of these is unannotated.
struct MAFAnnotationLayout {
    /// The CSQ fields, and for each the MAF columns read for it, first filled one wins.
    private let fields: [(name: String, columns: [String])]
    /// Whether the protein change, c. change and consequence come from WashU's columns.
    private let washU: Bool

    init(columns: [String]) {
        let present = Set(columns)
        let hgvs =
            ["HGVSp_Short", "HGVSp"].contains(where: present.contains)
            || (present.contains("Protein_position") && present.contains("Amino_acids"))
        washU = !hgvs && WashUAnnotation.columns.allSatisfy(present.contains)
        let protein = hgvs || (!washU && Self.proteinColumns.contains(where: present.contains))
        guard protein || washU else {
            fields = []
            return
        }
        var fields: [(String, [String])] = [
            ("Allele", ["Tumor_Seq_Allele2"]), ("Consequence", ["Consequence"]), ("SYMBOL", ["Hugo_Symbol", "SYMBOL", "gene_name"]),
            ("Feature", ["Transcript_ID", "Feature", "RefSeq", "transcript_name"]), ("BIOTYPE", ["BIOTYPE"]), ("HGVSc", ["HGVSc"]),
            ("HGVSp", ["HGVSp_Short", "HGVSp"] + Self.proteinColumns), ("EXON", ["EXON", "Exon_Number"]), ("INTRON", ["INTRON"]),
            ("CANONICAL", ["CANONICAL"]), ("MANE_SELECT", ["MANE_SELECT"]), ("Protein_position", ["Protein_position"]),
            ("Amino_acids", ["Amino_acids"]), ("Codons", ["Codons"]),
        ]
        // Population frequencies keep their names, so the frequency screen finds them as in a VEP CSQ.
        fields += columns.filter { name in
            name == "AF" || name.hasSuffix("_AF") || name.hasPrefix("ExAC_AF") || name.hasSuffix("_MAF")
        }.map { ($0, [$0]) }
        self.fields = fields.map { (name: $0.0, columns: $0.1) }
    }

    /// Protein-change columns of minimal and portal MAFs (maftools, cBioPortal, Oncotator), read
    /// when no HGVSp column is there.
    static let proteinColumns = ["Protein_Change", "amino_acid_change", "i_protein_change"]

    /// The CSQ header description; nil when the MAF is unannotated.
    var headerDescription: String? {
        fields.isEmpty ? nil : "Consequence annotations from the MAF's columns. Format: " + fields.map(\.name).joined(separator: "|")
    }

    /// The row's `CSQ`, or nothing when the MAF is unannotated or the row names neither gene nor change.
    func info(_ row: TableRow) -> [String: String] {
        guard !fields.isEmpty else { return [:] }
        var cells = fields.map { field in field.columns.lazy.map { row[$0] }.first { !$0.isEmpty } ?? "" }
        let consequence = fields.firstIndex { $0.name == "Consequence" }!
        if washU {
            cells[consequence] = WashUAnnotation.consequence(row)
            cells[fields.firstIndex { $0.name == "HGVSc" }!] = WashUAnnotation.codingChange(row)
            cells[fields.firstIndex { $0.name == "HGVSp" }!] = WashUAnnotation.protein(row)
        } else if cells[consequence].isEmpty {
            cells[consequence] = Self.terms[row["Variant_Classification"]] ?? ""
        }
        // A minimal MAF's protein change comes without `p.` (`N841I`): the matcher checks it against
        // the MANE codon at the row's position before it counts (no transcript is named).
        let hgvsp = fields.firstIndex { $0.name == "HGVSp" }!
        if !cells[hgvsp].isEmpty, !cells[hgvsp].hasPrefix("p."), !cells[hgvsp].contains(":"), cells[hgvsp].first?.isLetter == true {
            cells[hgvsp] = "p." + cells[hgvsp]
        }
        // vcf2maf joins consequence terms with commas, VEP with `&`.
        cells[consequence] = cells[consequence].replacing(",", with: "&")
        guard cells[2...].contains(where: { !$0.isEmpty && $0 != "-" }) else { return [:] }
        return ["CSQ": cells.map(Self.escaped).joined(separator: "|")]
    }

    /// `,` and `|` separate CSQ entries and fields: percent-encoded, as VEP does with `;` and `=`.
    private static func escaped(_ value: String) -> String {
        value.replacing(",", with: "%2C")
            .replacing("|", with: "%7C")
    }

    /// `Variant_Classification` in Sequence Ontology terms, for MAFs without `Consequence`. A
    /// `Splice_Site` says neither donor nor acceptor: left to the consequence engine.
    private static let terms: [String: String] = [
        "Missense_Mutation": "missense_variant", "Nonsense_Mutation": "stop_gained", "Nonstop_Mutation": "stop_lost",
        "Frame_Shift_Del": "frameshift_variant", "Frame_Shift_Ins": "frameshift_variant",
        "In_Frame_Del": "inframe_deletion", "In_Frame_Ins": "inframe_insertion",
        "Translation_Start_Site": "start_lost", "Silent": "synonymous_variant",
    ]
}

import Tables

/// The annotation Washington University's MAF 2.x files (TCGA LAML and others) carry in their own
/// columns: `transcript_name` (`NM_002834.3`), `trv_type` (`missense`, `in_frame_ins`, `splice_site`),
/// `c_position` (`c.181`, `c.1096-1`) and `amino_acid_change` (`p.D61N`; in-frame insertions in WashU's
/// own `p.601in_frame_insSSD…`, which is not HGVS and is left to the consequence engine).
enum WashUAnnotation {
    /// The columns that mark a WashU MAF.
    static let columns = ["transcript_name", "trv_type", "amino_acid_change"]

    /// The protein change when the row writes one as `p.…`; empty otherwise (`NULL`, `e7+3`, `in_frame_ins`).
    static func protein(_ row: TableRow) -> String {
        let text = row["amino_acid_change"]
        return text.hasPrefix("p.") ? text : ""
    }

    /// `transcript:c_position` when both are filled and the position is a c. one.
    static func codingChange(_ row: TableRow) -> String {
        let transcript = row["transcript_name"], position = row["c_position"]
        guard !transcript.isEmpty, position.hasPrefix("c."), position != "c.NULL" else { return "" }
        return transcript + ":" + position
    }

    /// `trv_type` in Sequence Ontology terms; empty when unknown, so the protein change and the engine decide.
    /// A canonical splice site (`splice_site`, `_del`, `_ins`) is a donor or an acceptor by the sign of its
    /// intronic offsets in `c_position` (`c.1055+1`, `c.140-2_140-1`), else left empty.
    static func consequence(_ row: TableRow) -> String {
        let type = row["trv_type"]
        if let term = terms[type] { return term }
        guard type.hasPrefix("splice_site") else { return "" }
        let offsets = row["c_position"].split(separator: "_").compactMap { part -> Int? in
            guard let sign = part.lastIndex(where: { $0 == "+" || $0 == "-" }), sign != part.startIndex else { return nil }
            return Int(part[sign...])
        }
        if offsets.contains(where: { (1...2).contains($0) }) { return "splice_donor_variant" }
        if offsets.contains(where: { (-2 ... -1).contains($0) }) { return "splice_acceptor_variant" }
        return ""
    }

    private static let terms = [
        "missense": "missense_variant", "nonsense": "stop_gained", "nonstop": "stop_lost", "silent": "synonymous_variant",
        "frame_shift_del": "frameshift_variant", "frame_shift_ins": "frameshift_variant",
        "in_frame_del": "inframe_deletion", "in_frame_ins": "inframe_insertion", "splice_region": "splice_region_variant",
        "3_prime_untranslated_region": "3_prime_UTR_variant", "5_prime_untranslated_region": "5_prime_UTR_variant",
        "5_prime_flanking_region": "upstream_gene_variant", "3_prime_flanking_region": "downstream_gene_variant",
        "intronic": "intron_variant", "rna": "non_coding_transcript_exon_variant",
    ]
}

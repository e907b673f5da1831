import FoundationEssentials

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

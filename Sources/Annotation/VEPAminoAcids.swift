/// VEP run without `--hgvs` (its default) leaves `HGVSp` empty and writes the protein change only as
/// `Protein_position` (`61`, `597-598`) and `Amino_acids` (`D/N`, `G`, `EL/-`, `-/KL`, `Q/X`). This
/// spells such a change in HGVS p. notation so that one parser (`ProteinChange`) reads both.
enum VEPAminoAcids {
    /// The HGVS p. spelling of a change, or `""` when the fields do not describe one (empty, `?`
    /// positions, residues that are not one-letter codes).
    static func hgvsp(position: String, aminoAcids: String, consequences: [String]) -> String {
        guard !position.isEmpty else { return "" } // non-coding entries: most of them
        let bounds = position.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...2).contains(bounds.count), let start = bounds[0], let end = bounds.last ?? nil, end >= start else { return "" }
        let sides = aminoAcids.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard (1...2).contains(sides.count), sides.allSatisfy(isResidues) else { return "" }
        let reference = sides[0]
        // Residues VEP cannot name (the flanks of an insertion) are Xaa, as HGVS writes an unknown residue.
        let first = reference == "-" ? "X" : String(reference.prefix(1))
        let last = reference == "-" ? "X" : String(reference.suffix(1))
        let range = start == end ? "\(first)\(start)" : "\(first)\(start)_\(last)\(end)"
        if consequences.contains("frameshift_variant") { return "p.\(first)\(start)fs" }
        guard sides.count == 2 else { return reference.count == 1 ? "p.\(reference)\(start)=" : "" }
        let alternate = sides[1]
        switch (reference, alternate) {
        case ("-", "-"):
            return ""
        case ("-", _):
            return "p.X\(start)_X\(start == end ? end + 1 : end)ins\(alternate)"
        case (_, "-"):
            return "p.\(range)del"
        case ("M", _) where start == 1 && alternate.first != "M":
            return "p.M1?"
        case ("*", _) where alternate.count == 1 && alternate != "*":
            return "p.*\(start)\(alternate)ext*?"
        case (_, _) where reference.count == 1 && alternate.count == 1:
            return "p.\(reference)\(start)\(alternate)"
        default:
            return "p.\(range)delins\(alternate)"
        }
    }

    /// One-letter residues, `*` for a stop, `X` for one VEP cannot name, or `-` for none.
    private static func isResidues(_ text: String) -> Bool {
        text == "-" || (!text.isEmpty && text.utf8.allSatisfy { (65...90).contains($0) || $0 == UInt8(ascii: "*") })
    }
}

/// Checks a hotspot allele against its transcript model: the codon its protein change names must
/// hold its genomic position, and its HGVS c. reference base must be the genomic REF read on the
/// transcript's strand.
public enum HotspotCheck {
    /// What is wrong, or `nil` when the allele agrees with the model.
    public static func problem(protein: String, hgvsc: String, ref: String, position: Int, model: TranscriptModel) -> String? {
        guard let codon = codonNumber(protein) else { return "no codon number in \(protein)" }
        guard let coding = model.codingPosition(ofGenomic: position) else {
            return "\(model.build.rawValue) \(model.contig):\(position) is outside the coding sequence of \(model.transcript)"
        }
        let found = (coding + 2) / 3
        guard found == codon else {
            return
                "\(protein) names codon \(codon), but \(model.build.rawValue) \(model.contig):\(position) is c.\(coding), codon \(found), of \(model.transcript)"
        }
        // `NM_…:c.35G>A`: the base before `>` is the reference on the transcript's strand (`>` found
        // among the bytes of ASCII text: each is a character, and searching characters costs a
        // grapheme-cluster scan per allele, on every run).
        let isASCII = hgvsc.utf8.allSatisfy { $0 < 0x80 }
        if let arrow = isASCII ? hgvsc.utf8.firstIndex(of: UInt8(ascii: ">")) : hgvsc.firstIndex(of: ">"), arrow > hgvsc.startIndex {
            let transcriptBase = hgvsc[hgvsc.index(before: arrow)]
            let expected = model.strand == "-" ? Nucleotide.complement(transcriptBase) : transcriptBase
            guard String(expected) == ref.uppercased() else {
                return "\(hgvsc) has reference \(transcriptBase) on the \(model.strand) strand, but REF is \(ref)"
            }
        }
        return nil
    }

    /// The first run of digits in `protein` (`p.G12D` → 12); ASCII text is read byte by byte (its only
    /// numeric characters are 0-9), other text by `Character.isNumber`, as before.
    private static func codonNumber(_ protein: String) -> Int? {
        guard protein.utf8.allSatisfy({ $0 < 0x80 }) else {
            return Int(protein.drop { !$0.isNumber }.prefix { $0.isNumber })
        }
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        let digits = protein.utf8.drop { !isDigit($0) }.prefix(while: isDigit)
        return Int(Substring(digits))
    }
}

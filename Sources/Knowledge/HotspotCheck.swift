/// Checks a hotspot allele against its transcript model: the codon its protein change names must
/// hold its genomic position, and its HGVS c. reference base must be the genomic REF read on the
/// transcript's strand.
public enum HotspotCheck {
    /// What is wrong, or `nil` when the allele agrees with the model.
    public static func problem(protein: String, hgvsc: String, ref: String, position: Int, model: TranscriptModel) -> String? {
        let digits = protein.drop { !$0.isNumber }.prefix { $0.isNumber }
        guard let codon = Int(digits) else { return "no codon number in \(protein)" }
        guard let coding = model.codingPosition(ofGenomic: position) else {
            return "\(model.build.rawValue) \(model.contig):\(position) is outside the coding sequence of \(model.transcript)"
        }
        let found = (coding + 2) / 3
        guard found == codon else {
            return
                "\(protein) names codon \(codon), but \(model.build.rawValue) \(model.contig):\(position) is c.\(coding), codon \(found), of \(model.transcript)"
        }
        // `NM_…:c.35G>A`: the base before `>` is the reference on the transcript's strand.
        if let arrow = hgvsc.firstIndex(of: ">"), arrow > hgvsc.startIndex {
            let transcriptBase = hgvsc[hgvsc.index(before: arrow)]
            let expected = model.strand == "-" ? Nucleotide.complement(transcriptBase) : transcriptBase
            guard String(expected) == ref.uppercased() else {
                return "\(hgvsc) has reference \(transcriptBase) on the \(model.strand) strand, but REF is \(ref)"
            }
        }
        return nil
    }
}

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
        // `NM_…:c.35G>A`: the base before `>` is the reference on the transcript's strand. ASCII text
        // (all of it in practice) is read on its bytes: each is a character, and Character-wise searching
        // and upper-casing cost more than the rest of the check, for every allele on every run.
        let asciiBase = hgvsc.withASCIIBytes { bytes -> UInt8? in
            guard let arrow = bytes.firstIndex(of: UInt8(ascii: ">")), arrow > 0 else { return nil }
            return bytes[arrow - 1]
        }
        if let asciiBase {
            guard let transcriptBase = asciiBase else { return nil }
            let expected = model.strand == "-" ? Nucleotide.complement(transcriptBase) : transcriptBase
            guard agrees(expected, ref) else {
                return "\(hgvsc) has reference \(Character(Unicode.Scalar(transcriptBase))) on the \(model.strand) strand, but REF is \(ref)"
            }
        } else if let arrow = hgvsc.firstIndex(of: ">"), arrow > hgvsc.startIndex {
            let transcriptBase = hgvsc[hgvsc.index(before: arrow)]
            let expected = model.strand == "-" ? Nucleotide.complement(transcriptBase) : transcriptBase
            guard String(expected) == ref.uppercased() else {
                return "\(hgvsc) has reference \(transcriptBase) on the \(model.strand) strand, but REF is \(ref)"
            }
        }
        return nil
    }

    /// Whether `ref`, upper-cased, is the one ASCII character `expected` (`String(expected) == ref.uppercased()`),
    /// decided on the bytes when `ref` is ASCII (where upper-casing maps only a-z).
    private static func agrees(_ expected: UInt8, _ ref: String) -> Bool {
        ref.withASCIIBytes { bytes in
            guard bytes.count == 1, let byte = bytes.first else { return false }
            return expected == ((UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) ? byte - 0x20 : byte)
        } ?? (String(Character(Unicode.Scalar(expected))) == ref.uppercased())
    }

    /// The first run of digits in `protein` (`p.G12D` → 12); ASCII text is read byte by byte (its only
    /// numeric characters are 0-9), other text by `Character.isNumber`, as before.
    private static func codonNumber(_ protein: String) -> Int? {
        let ascii = protein.withASCIIBytes { bytes -> Int? in
            let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
            guard let first = bytes.firstIndex(where: isDigit) else { return nil }
            // `Int` of the run of digits: nil on overflow.
            var value = 0
            for byte in bytes[first...] {
                guard isDigit(byte) else { break }
                let (shifted, overflowed) = value.multipliedReportingOverflow(by: 10)
                let (next, overflowedToo) = shifted.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
                guard !overflowed, !overflowedToo else { return nil }
                value = next
            }
            return value
        }
        if let ascii { return ascii }
        return Int(protein.drop { !$0.isNumber }.prefix { $0.isNumber })
    }
}

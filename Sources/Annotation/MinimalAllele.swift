/// An allele with the bases REF and ALT share trimmed off both ends.
struct MinimalAllele {
    let position: Int
    let ref: [Character]
    let alt: [Character]

    init?(position: Int, ref: String, alt: String) {
        guard var ref = Self.bases(ref), var alt = Self.bases(alt), !ref.isEmpty, !alt.isEmpty, ref != alt else { return nil }
        var position = position
        while let r = ref.last, let a = alt.last, r == a, ref.count > 0, alt.count > 0 { ref.removeLast(); alt.removeLast() }
        while let r = ref.first, let a = alt.first, r == a { ref.removeFirst(); alt.removeFirst(); position += 1 }
        self.position = position
        self.ref = ref
        self.alt = alt
    }

    /// The upper-case bases of an allele, or nil when it holds anything but A, C, G, T and N (either
    /// case): read on the bytes, since every kept record's alleles pass through here.
    private static func bases(_ allele: String) -> [Character]? {
        var bases: [Character] = []
        bases.reserveCapacity(allele.utf8.count)
        for byte in allele.utf8 {
            switch byte | 0x20 { // ASCII letters in lower case; no other byte becomes one of these
            case UInt8(ascii: "a"): bases.append("A")
            case UInt8(ascii: "c"): bases.append("C")
            case UInt8(ascii: "g"): bases.append("G")
            case UInt8(ascii: "t"): bases.append("T")
            case UInt8(ascii: "n"): bases.append("N")
            default: return nil
            }
        }
        return bases
    }

    /// Genomic positions the allele changes: the replaced bases, or the two bases an insertion lies between.
    var touched: [Int] {
        ref.isEmpty ? [position - 1, position] : Array(position..<(position + ref.count))
    }

    /// `touched` as one span (its positions are consecutive), without an array.
    var touchedSpan: ClosedRange<Int> {
        ref.isEmpty ? position - 1...position : position...position + ref.count - 1
    }
}

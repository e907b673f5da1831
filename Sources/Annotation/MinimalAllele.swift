/// An allele with the bases REF and ALT share trimmed off both ends.
struct MinimalAllele {
    let position: Int
    let ref: [Character]
    let alt: [Character]

    init?(position: Int, ref: String, alt: String) {
        var ref = Array(ref.uppercased()), alt = Array(alt.uppercased())
        guard !ref.isEmpty, !alt.isEmpty, (ref + alt).allSatisfy({ "ACGTN".contains($0) }), ref != alt else { return nil }
        var position = position
        while let r = ref.last, let a = alt.last, r == a, ref.count > 0, alt.count > 0 { ref.removeLast(); alt.removeLast() }
        while let r = ref.first, let a = alt.first, r == a { ref.removeFirst(); alt.removeFirst(); position += 1 }
        self.position = position
        self.ref = ref
        self.alt = alt
    }

    /// Genomic positions the allele changes: the replaced bases, or the two bases an insertion lies between.
    var touched: [Int] {
        ref.isEmpty ? [position - 1, position] : Array(position..<(position + ref.count))
    }
}

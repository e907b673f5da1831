/// How annotators spell an ALT allele: VEP drops a first base that REF and every ALT share and
/// writes `-` for nothing left.
public enum AlleleSpelling {
    /// The VEP spelling of each ALT allele of a record, in ALT order.
    public static func vep(ref: String, alts: [String]) -> [String] {
        // VEP trims only indels (some ALT differs in length from REF), and leaves the spanning
        // deletion `*` out of the shared-base test.
        let considered = alts.filter { $0 != "*" }
        let first = ref.first
        let symbolic = considered.contains { $0.hasPrefix("<") || $0.utf8.contains { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") } }
        let isIndel = considered.contains { $0.count != ref.count }
        let trims = !symbolic && isIndel && considered.allSatisfy { $0.first == first }
        return alts.map { alt in
            guard trims, alt != "*" else { return alt }
            let rest = alt.dropFirst()
            return rest.isEmpty ? "-" : String(rest)
        }
    }
}

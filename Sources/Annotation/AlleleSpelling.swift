/// How annotators spell an ALT allele: VEP drops a first base that REF and every ALT share and
/// writes `-` for nothing left.
public enum AlleleSpelling {
    /// The VEP spelling of each ALT allele of a record, in ALT order.
    public static func vep(ref: String, alts: [String]) -> [String] {
        let alleles = [ref] + alts
        let first = ref.first
        let symbolic = alts.contains { $0.hasPrefix("<") || $0.contains("[") || $0.contains("]") }
        let trims = !symbolic && alleles.allSatisfy { $0.first == first } && alleles.contains { $0.count > 1 }
        return alts.map { alt in
            guard trims else { return alt }
            let rest = alt.dropFirst()
            return rest.isEmpty ? "-" : String(rest)
        }
    }
}

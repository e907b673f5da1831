/// What kind of ALT allele a VCF record writes, decided in one place for the reader (on raw bytes,
/// before htslib parses the line) and for the matcher (on decoded alleles).
public enum AlleleKind {
    /// A symbolic allele (`<DEL>`), a breakend (`N[1:100[`) or a single breakend (`.A`, `A.`).
    public static func isStructural(_ allele: UnsafeRawBufferPointer) -> Bool {
        guard let first = allele.first, let last = allele.last else { return false }
        if first == UInt8(ascii: "<") { return true }
        if allele.count > 1, first == UInt8(ascii: ".") || last == UInt8(ascii: ".") { return true }
        return allele.contains(UInt8(ascii: "[")) || allele.contains(UInt8(ascii: "]"))
    }

    /// The same test for a decoded allele.
    public static func isStructural(_ allele: String) -> Bool {
        var allele = allele
        return allele.withUTF8 { isStructural(UnsafeRawBufferPointer($0)) }
    }
}

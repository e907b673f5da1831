/// DNA bases, as the knowledge base's transcript models and the consequence engine read them.
public enum Nucleotide {
    /// The complementary base of an upper-case `A`, `C`, `G` or `T` (ASCII); `N` for anything else.
    public static func complement(_ base: UInt8) -> UInt8 {
        switch base {
        case UInt8(ascii: "A"): return UInt8(ascii: "T")
        case UInt8(ascii: "C"): return UInt8(ascii: "G")
        case UInt8(ascii: "G"): return UInt8(ascii: "C")
        case UInt8(ascii: "T"): return UInt8(ascii: "A")
        default: return UInt8(ascii: "N")
        }
    }

    /// The same, for a `Character`.
    public static func complement(_ base: Character) -> Character {
        base.asciiValue.map { Character(UnicodeScalar(complement($0))) } ?? "N"
    }
}

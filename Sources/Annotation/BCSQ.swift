import FoundationEssentials

/// bcftools csq's own spellings, in the terms the rules use.
enum BCSQ {
    /// `missense` → `missense_variant`; a leading `*` (a consequence on a haplotype past a stop) is dropped.
    static func term(_ name: String) -> String {
        let bare = name.hasPrefix("*") ? String(name.dropFirst()) : name
        switch bare {
        case "missense", "synonymous", "frameshift", "splice_acceptor", "splice_donor", "splice_region", "intron", "stop_retained":
            return bare + "_variant"
        default:
            return bare
        }
    }

    /// `113F>113C` → `p.F113C`; `61Q>61*` → `p.Q61*`; `60S` → `p.S60=`. Longer changes are left to
    /// the consequence terms (`nil`).
    static func hgvsp(_ change: String) -> String? {
        if let match = change.wholeMatch(of: #/(\d+)([A-Z*])>(\d+)([A-Z*])/#), match.1 == match.3 {
            return "p.\(match.2)\(match.1)\(match.4)"
        }
        if let match = change.wholeMatch(of: #/(\d+)([A-Z*])/#) {
            return "p.\(match.2)\(match.1)="
        }
        return nil
    }
}

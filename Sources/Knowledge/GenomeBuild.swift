/// A human reference genome build.
public enum GenomeBuild: String, Sendable, Codable, CaseIterable {
    case grch37 = "GRCh37"
    case grch38 = "GRCh38"

    /// Accepts the usual names: `GRCh37`, `hg19`, `b37`, `GRCh38`, `hg38`, `b38` (any case).
    public init?(name: String) {
        switch name.lowercased() {
        case "grch37", "hg19", "b37", "37": self = .grch37
        case "grch38", "hg38", "b38", "38": self = .grch38
        default: return nil
        }
    }
}

/// Contig names compared across naming styles: `chr12` and `12`, `chrM` and `MT` are one contig.
public enum ContigName {
    public static func normalized(_ name: String) -> String {
        var core = Substring(name)
        if core.count > 3, core.prefix(3).lowercased() == "chr" { core = core.dropFirst(3) }
        switch core.uppercased() {
        case "M", "MT": return "MT"
        case "X", "Y": return core.uppercased()
        default: return String(core)
        }
    }
}

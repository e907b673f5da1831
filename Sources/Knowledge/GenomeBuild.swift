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

    /// Hashed by its case. A `String` enum is otherwise hashed through its raw value's text, and builds
    /// key the gene spans, transcript models and hotspot loci looked up while the knowledge base loads
    /// and for every kept record.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .grch37: hasher.combine(0 as UInt8)
        case .grch38: hasher.combine(1 as UInt8)
        }
    }
}

/// Contig names compared across naming styles: `chr12` and `12`, `chrM` and `MT` are one contig.
public enum ContigName {
    public static func normalized(_ name: String) -> String {
        // Every record is placed by its contig: plain ASCII names (all real ones) are read on the bytes,
        // in place.
        var contiguous = name
        if let ascii = contiguous.withUTF8({ asciiNormalized(name, $0) }) { return ascii }
        // A name with other characters is never M, MT, X or Y; only a `chr` prefix of three whole
        // characters comes off it.
        guard name.count > 3, name.prefix(3).lowercased() == "chr" else { return name }
        return String(name.dropFirst(3))
    }

    /// `normalized` of a plain ASCII name from its bytes; nil for a name with other characters.
    private static func asciiNormalized(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        let lowered = { (byte: UInt8) in byte | 0x20 }
        let hasPrefix =
            bytes.count > 3 && lowered(bytes[0]) == UInt8(ascii: "c") && lowered(bytes[1]) == UInt8(ascii: "h")
            && lowered(bytes[2]) == UInt8(ascii: "r")
        let core = hasPrefix ? UnsafeBufferPointer(rebasing: bytes[3...]) : bytes
        switch (core.count, core.first.map(lowered), core.dropFirst().first.map(lowered)) {
        case (1, UInt8(ascii: "m"), _), (2, UInt8(ascii: "m"), UInt8(ascii: "t")?): return "MT"
        case (1, UInt8(ascii: "x"), _): return "X"
        case (1, UInt8(ascii: "y"), _): return "Y"
        default: return hasPrefix ? String(decoding: core, as: UTF8.self) : name
        }
    }
}

import VariantIO

/// Whether one sample carries one ALT allele, and how strongly, from whatever FORMAT fields the caller wrote.
public struct SampleSupport: Sendable, Equatable {
    /// `true`/`false` when GT or read counts tell; `nil` when the file says nothing per sample.
    public let carries: Bool?
    public let vaf: Double?
    public let depth: Int?
    /// Where `vaf` came from (`FORMAT/AF`, `FORMAT/AD`, `INFO/TVAF`…), for the report; nil without a VAF.
    public let vafSource: String?
    /// Reads supporting the ALT allele, when the caller's counts give them (AD, Strelka's tiers, Manta's PR/SR).
    public let altReads: Int?

    /// FORMAT fields read for evidence: GT and these integer and float tags.
    public static let integerTags = ["AD", "DP", "AU", "CU", "GU", "TU", "TAR", "TIR", "PR", "SR"]
    public static let floatTags = ["AF", "FA"]

    /// - Parameters:
    ///   - altIndex: 1-based index of the ALT allele in the record.
    ///   - ref, alt: the record's REF and this ALT, for caller-specific per-base counts (Strelka).
    public init(call: SampleCall, altIndex: Int, ref: String, alt: String) {
        var altReads: Int?
        var totalReads: Int?
        var countSource: String?
        // Counts that cover neither REF nor ALT (no coverage, or a caller's counts of other bases)
        // say nothing about the allele: they are passed over rather than read as absence.
        if let ad = call.integers["AD"], ad.count > altIndex, ad.reduce(0, +) > 0 {
            altReads = ad[altIndex]
            totalReads = ad.reduce(0, +)
            countSource = "FORMAT/AD"
        } else if ref.count == 1, alt.count == 1, let counts = Self.strelkaBaseCounts(call), let altCount = counts[alt],
            altCount + (counts[ref] ?? 0) > 0
        {
            altReads = altCount
            totalReads = counts.values.reduce(0, +)
            countSource = "FORMAT/AU,CU,GU,TU"
        } else if let tir = call.integers["TIR"]?.first, let tar = call.integers["TAR"]?.first {
            altReads = tir
            totalReads = tir + tar
            countSource = "FORMAT/TIR,TAR"
        } else if let pairs = call.integers["PR"], pairs.count == 2 {
            // Manta: reference and alternate read pairs (PR) and split reads (SR).
            let split = call.integers["SR"].flatMap { $0.count == 2 ? $0 : nil } ?? [0, 0]
            altReads = pairs[1] + split[1]
            totalReads = pairs[0] + pairs[1] + split[0] + split[1]
            countSource = "FORMAT/PR,SR"
        }
        let fractionTag = call.floats["AF"] != nil ? "AF" : "FA"
        let fraction = call.floats[fractionTag].flatMap { $0.count >= altIndex ? $0[altIndex - 1] : nil }
        if let fraction {
            vaf = fraction
            vafSource = "FORMAT/\(fractionTag)"
        } else if let altReads, let totalReads, totalReads > 0 {
            vaf = Double(altReads) / Double(totalReads)
            vafSource = countSource
        } else {
            vaf = nil
            vafSource = nil
        }
        depth = call.integers["DP"]?.first ?? totalReads
        self.altReads = altReads
        let calledAlleles = call.genotype.compactMap { $0 }
        if !calledAlleles.isEmpty {
            carries = calledAlleles.contains(altIndex)
        } else if let altReads {
            carries = altReads > 0
        } else if let fraction {
            carries = fraction > 0
        } else {
            carries = nil
        }
    }

    /// Strelka's tier-1 counts of each base (`AU`, `CU`, `GU`, `TU`), keyed by base.
    private static func strelkaBaseCounts(_ call: SampleCall) -> [String: Int]? {
        var counts: [String: Int] = [:]
        for base in ["A", "C", "G", "T"] {
            guard let tier1 = call.integers["\(base)U"]?.first else { return nil }
            counts[base] = tier1
        }
        return counts
    }
}

extension SampleSupport {
    /// Support worked out by a caller's own fields (see `StructuralSupport`, `InfoAlleleFraction`).
    public init(carries: Bool?, vaf: Double?, depth: Int?, altReads: Int? = nil, vafSource: String? = nil) {
        self.carries = carries
        self.vaf = vaf
        self.depth = depth
        self.altReads = altReads
        self.vafSource = vaf == nil ? nil : vafSource
    }
}

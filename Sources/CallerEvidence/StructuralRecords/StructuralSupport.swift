import VariantIO

/// How a structural-variant caller writes each sample's support for a rearrangement, recognised from
/// the FORMAT fields the header declares (never from the file name): the same tag means different
/// things to different callers (`DR` counts reference pairs for DELLY and Sniffles, variant pairs for
/// SvABA; `SR` is one count for LUMPY and GRIDSS, a reference/alternate pair for Manta).
///
/// A sample whose variant count is 0 does not carry the rearrangement, whatever its genotype says;
/// without counts the genotype decides; without either nothing is known (`carries == nil`).
public struct StructuralSupport: Sendable, Equatable {
    /// The callers whose per-sample fields are read, by the FORMAT fields that identify them.
    public enum Caller: String, Sendable, CaseIterable {
        /// `PR`/`SR` as reference,alternate pairs (Number=.).
        case manta = "Manta"
        /// `VF` (breakpoint) and `BVF` (single breakend) variant fragments; `REF` reads and `REFPAIR` pairs for the reference.
        case gridss = "GRIDSS/GRIPSS/PURPLE"
        /// `DV`/`RV` variant pairs and junction reads, `DR`/`RR` reference pairs and junction reads.
        case delly = "DELLY"
        /// `DV` variant reads, `DR` reference reads.
        case longRead = "Sniffles/cuteSV"
        /// `VR` variant-supporting reads of `TR` reads around the breakpoints.
        case nanomonsv
        /// `AD` (Number=1: variant reads only), `DR` discordant and `SR` spanning variant reads, `DP` depth.
        case svaba = "SvABA"
        /// `SU` (`SUP` in older LUMPY) pieces of evidence, `PE`/`SR` variant pairs and split reads; SVTyper's `AO`/`RO` when present.
        case lumpy = "LUMPY/smoove"
        /// The genotype (`GT`) with its evidence classes (`EV`, `PE_GT`, `SR_GT`, `RD_CN`).
        case gatkSV = "GATK-SV"
        /// Any other caller: `GT`, `AD` (Number=R), `AF`.
        case generic
    }

    public let caller: Caller
    /// The FORMAT fields read for this caller that the header declares.
    public let fields: [String]

    /// Every FORMAT integer tag any caller's support is read from (beyond `SampleSupport.integerTags`).
    public static let integerTags = ["VF", "BVF", "REF", "REFPAIR", "DV", "RV", "DR", "RR", "VR", "TR", "SU", "SUP", "PE", "AO", "RO"]

    /// The generic reading (GT, AD, AF, Manta's PR/SR, Strelka's counts), for files without a header at hand.
    public init() {
        caller = .generic
        fields = []
    }

    public init(header: VariantHeader) {
        func has(_ id: String) -> Bool { header.formatDefinition(id) != nil }
        let declared: (Caller, [String])
        if has("VF"), has("BVF") || has("REFPAIR") {
            declared = (.gridss, ["VF", "BVF", "REF", "REFPAIR"])
        } else if has("PR"), header.formatDefinition("PR")?.number != "1" {
            declared = (.manta, ["PR", "SR"])
        } else if has("DV"), has("RV") {
            declared = (.delly, ["DV", "RV", "DR", "RR"])
        } else if has("DV"), has("DR") {
            declared = (.longRead, ["DV", "DR"])
        } else if has("VR"), has("TR") {
            declared = (.nanomonsv, ["VR", "TR"])
        } else if header.formatDefinition("AD")?.number == "1", has("DR") || has("SR") {
            declared = (.svaba, ["AD", "DR", "SR", "DP"])
        } else if has("SU") || has("SUP") {
            declared = (.lumpy, ["SU", "SUP", "PE", "SR", "AO", "RO"])
        } else if has("EV") || has("PE_GT") || has("SR_GT") || has("RD_CN") {
            declared = (.gatkSV, ["GT", "EV"])
        } else {
            declared = (.generic, ["GT", "AD", "AF"])
        }
        caller = declared.0
        fields = declared.1.filter(has)
    }

    /// True when a record of a file with several samples gave none of them any support: it can only be
    /// given to all of them, and that must be said.
    public static func lacksPerSampleSupport(_ support: [SampleSupport]) -> Bool {
        support.count >= 2 && support.allSatisfy { $0.carries == nil }
    }

    /// One sample's support for the ALT allele `altIndex` (1-based) of a structural record.
    /// - Parameter singleBreakend: the ALT is a single breakend (`.A`, `A.`): GRIDSS counts it in `BVF`.
    public func support(_ call: SampleCall, altIndex: Int, ref: String, alt: String, singleBreakend: Bool = false) -> SampleSupport {
        func count(_ tag: String) -> Int? { call.integers[tag]?.first }
        /// Reference counts written per breakpoint (older DELLY: `Number=2`) are not added up twice.
        func referenceCount(_ tag: String) -> Int? { call.integers[tag]?.max() }
        let altReads: Int?
        var refReads: Int?
        var depth: Int?
        switch caller {
        case .manta, .generic, .gatkSV:
            return SampleSupport(call: call, altIndex: altIndex, ref: ref, alt: alt)
        case .gridss:
            let breakpoint = count("VF"), breakend = count("BVF")
            altReads = singleBreakend ? [breakend, breakpoint].compactMap { $0 }.max() : breakpoint
            let reference = [count("REF"), count("REFPAIR")].compactMap { $0 }
            refReads = reference.isEmpty ? nil : reference.reduce(0, +)
        case .delly:
            let variant = [count("DV"), count("RV")].compactMap { $0 }
            altReads = variant.isEmpty ? nil : variant.reduce(0, +)
            let reference = [referenceCount("DR"), referenceCount("RR")].compactMap { $0 }
            refReads = reference.isEmpty ? nil : reference.reduce(0, +)
        case .longRead:
            altReads = count("DV")
            refReads = referenceCount("DR")
        case .nanomonsv:
            altReads = count("VR")
            if let total = count("TR"), let variant = altReads { refReads = max(0, total - variant) }
        case .svaba:
            let split = [count("DR"), count("SR")].compactMap { $0 }
            altReads = count("AD") ?? (split.isEmpty ? nil : split.reduce(0, +))
            depth = count("DP")
        case .lumpy:
            let pieces = [count("PE"), count("SR")].compactMap { $0 }
            altReads = count("AO") ?? count("SU") ?? count("SUP") ?? (pieces.isEmpty ? nil : pieces.reduce(0, +))
            refReads = count("RO")
        }
        if depth == nil, let altReads, let refReads { depth = altReads + refReads }
        let vaf = altReads.flatMap { variant in depth.flatMap { $0 > 0 ? Double(variant) / Double($0) : nil } }
        let calledAlleles = call.genotype.compactMap { $0 }
        let carries: Bool? = if let altReads { altReads > 0 } else if !calledAlleles.isEmpty { calledAlleles.contains(altIndex) } else { nil }
        return SampleSupport(
            carries: carries, vaf: vaf.map { min($0, 1) }, depth: depth, altReads: altReads,
            vafSource: "\(caller.rawValue) read counts")
    }
}

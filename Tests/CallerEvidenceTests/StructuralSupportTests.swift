import CallerEvidence
import Foundation
import Testing
import VariantIO

/// Which caller a header's FORMAT definitions name, and what its fields say about one sample.
@Suite struct StructuralSupportTests {
    /// The reading for a header with these FORMAT lines, read back through htslib.
    private static func reading(_ formats: [String]) throws -> StructuralSupport {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hemimatch-support-\(UUID().uuidString).vcf")
        defer { try? FileManager.default.removeItem(at: url) }
        let text =
            (["##fileformat=VCFv4.2"] + formats.map { "##FORMAT=<ID=\($0)>" }
            + ["#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1"]).joined(separator: "\n") + "\n"
        try text.write(to: url, atomically: true, encoding: .utf8)
        return StructuralSupport(header: try VariantReader(path: url.path).header)
    }

    private static func call(_ integers: [String: [Int]], genotype: [Int?] = []) -> SampleCall {
        SampleCall(genotype: genotype, integers: FormatValues(integers), floats: [:])
    }

    static let integer = "Number=1,Type=Integer,Description=\"count\""

    @Test("DR is reference pairs for DELLY and variant reads for SvABA: the header decides")
    func drDependsOnTheCaller() throws {
        let delly = try Self.reading(["GT,Number=1,Type=String,Description=\"g\""] + ["DR", "DV", "RR", "RV"].map { "\($0),\(Self.integer)" })
        let svaba = try Self.reading(["GT,Number=1,Type=String,Description=\"g\"", "AD,\(Self.integer)", "DR,\(Self.integer)", "SR,\(Self.integer)"])
        #expect(delly.caller == .delly)
        #expect(svaba.caller == .svaba)
        let counts = Self.call(["DR": [10], "SR": [0], "DV": [0], "RV": [0], "RR": [6]])
        #expect(
            delly.support(counts, altIndex: 1, ref: "N", alt: "<DEL>")
                == SampleSupport(carries: false, vaf: 0, depth: 16, altReads: 0, vafSource: "DELLY read counts"))
        #expect(svaba.support(counts, altIndex: 1, ref: "N", alt: "<DEL>") == SampleSupport(carries: true, vaf: nil, depth: nil, altReads: 10))
    }

    @Test("counts decide over the genotype; without counts the genotype decides")
    func countsBeforeGenotype() throws {
        let delly = try Self.reading(["GT,Number=1,Type=String,Description=\"g\""] + ["DR", "DV", "RR", "RV"].map { "\($0),\(Self.integer)" })
        let subclonal = delly.support(
            Self.call(["DR": [40], "DV": [4], "RR": [30], "RV": [2]], genotype: [0, 0]), altIndex: 1, ref: "N", alt: "<DEL>")
        #expect(subclonal == SampleSupport(carries: true, vaf: 6.0 / 76.0, depth: 76, altReads: 6, vafSource: "DELLY read counts"))
        let unsupported = delly.support(
            Self.call(["DR": [40], "DV": [0], "RR": [30], "RV": [0]], genotype: [0, 1]), altIndex: 1, ref: "N", alt: "<DEL>")
        #expect(unsupported.carries == false)
        let genotypeOnly = delly.support(Self.call([:], genotype: [0, 1]), altIndex: 1, ref: "N", alt: "<DEL>")
        #expect(genotypeOnly == SampleSupport(carries: true, vaf: nil, depth: nil))
        #expect(delly.support(Self.call([:]), altIndex: 1, ref: "N", alt: "<DEL>").carries == nil)
    }

    @Test("GRIDSS: VF for a breakpoint, BVF for a single breakend, REF + REFPAIR for the reference")
    func gridss() throws {
        let gridss = try Self.reading(["VF", "BVF", "REF", "REFPAIR"].map { "\($0),\(Self.integer)" })
        #expect(gridss.caller == .gridss)
        #expect(gridss.fields == ["VF", "BVF", "REF", "REFPAIR"])
        let counts = Self.call(["VF": [0], "BVF": [12], "REF": [30], "REFPAIR": [8]])
        #expect(gridss.support(counts, altIndex: 1, ref: "N", alt: "N[chr9:1[").carries == false)
        #expect(
            gridss.support(counts, altIndex: 1, ref: "N", alt: ".N", singleBreakend: true)
                == SampleSupport(carries: true, vaf: 12.0 / 50.0, depth: 50, altReads: 12, vafSource: "GRIDSS/GRIPSS/PURPLE read counts"))
    }

    @Test("older DELLY writes reference counts per breakpoint (Number=2): not added up twice")
    func dellyReferencePerBreakpoint() throws {
        let delly = try Self.reading([
            "DV,\(Self.integer)", "RV,\(Self.integer)", "DR,Number=2,Type=Integer,Description=\"r\"",
            "RR,Number=2,Type=Integer,Description=\"r\"",
        ])
        let support = delly.support(Self.call(["DV": [10], "RV": [10], "DR": [30, 34], "RR": [20, 26]]), altIndex: 1, ref: "N", alt: "<INV>")
        #expect(support == SampleSupport(carries: true, vaf: 20.0 / 80.0, depth: 80, altReads: 20, vafSource: "DELLY read counts"))
    }

    @Test("nanomonsv: VR of TR reads; Sniffles/cuteSV: DV and DR; LUMPY: SU, SVTyper's AO/RO first")
    func longReadsAndLumpy() throws {
        let nanomonsv = try Self.reading(["TR,\(Self.integer)", "VR,\(Self.integer)"])
        #expect(nanomonsv.caller == .nanomonsv)
        #expect(
            nanomonsv.support(Self.call(["TR": [40], "VR": [10]]), altIndex: 1, ref: "N", alt: "<DEL>")
                == SampleSupport(carries: true, vaf: 0.25, depth: 40, altReads: 10, vafSource: "nanomonsv read counts"))
        let sniffles = try Self.reading(["GT,Number=1,Type=String,Description=\"g\"", "DR,\(Self.integer)", "DV,\(Self.integer)"])
        #expect(sniffles.caller == .longRead)
        #expect(sniffles.support(Self.call(["DR": [25], "DV": [0]], genotype: [0, 1]), altIndex: 1, ref: "N", alt: "<INS>").carries == false)
        let smoove = try Self.reading(["SU", "PE", "SR", "RO", "AO"].map { "\($0),\(Self.integer)" })
        #expect(smoove.caller == .lumpy)
        #expect(
            smoove.support(Self.call(["SU": [5], "AO": [20], "RO": [60]]), altIndex: 1, ref: "N", alt: "<DEL>")
                == SampleSupport(carries: true, vaf: 0.25, depth: 80, altReads: 20, vafSource: "LUMPY/smoove read counts"))
        let lumpy = try Self.reading(["SUP,\(Self.integer)", "PE,\(Self.integer)", "SR,\(Self.integer)"])
        #expect(lumpy.support(Self.call(["SUP": [0], "PE": [0], "SR": [0]]), altIndex: 1, ref: "N", alt: "<DEL>").carries == false)
    }

    @Test("Manta, GATK-SV and unknown callers read as before: GT first, then Manta's PR/SR")
    func genericCallers() throws {
        let manta = try Self.reading(["PR,Number=.,Type=Integer,Description=\"p\"", "SR,Number=.,Type=Integer,Description=\"s\""])
        #expect(manta.caller == .manta)
        let normal = manta.support(Self.call(["PR": [30, 0], "SR": [25, 0]]), altIndex: 1, ref: "N", alt: "N[chr9:1[")
        #expect(normal == SampleSupport(carries: false, vaf: 0, depth: 55, altReads: 0, vafSource: "FORMAT/PR,SR"))
        let gatk = try Self.reading(["GT,Number=1,Type=String,Description=\"g\"", "EV,Number=1,Type=String,Description=\"e\""])
        #expect(gatk.caller == .gatkSV)
        #expect(gatk.support(Self.call([:], genotype: [0, 0]), altIndex: 1, ref: "N", alt: "<BND>").carries == false)
        #expect(try Self.reading(["FT,Number=1,Type=String,Description=\"f\""]).caller == .generic)
    }

    @Test("a file gives its samples no support only when there are several and none says anything")
    func lacksPerSampleSupport() {
        let unknown = SampleSupport(carries: nil, vaf: nil, depth: nil), known = SampleSupport(carries: false, vaf: nil, depth: nil)
        #expect(StructuralSupport.lacksPerSampleSupport([unknown, unknown]))
        #expect(!StructuralSupport.lacksPerSampleSupport([unknown, known]))
        #expect(!StructuralSupport.lacksPerSampleSupport([unknown]))
        #expect(!StructuralSupport.lacksPerSampleSupport([]))
    }
}

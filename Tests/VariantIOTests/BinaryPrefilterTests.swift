import Foundation
import HemimatchTestSupport
import Testing

@testable import VariantIO

/// The BCF raw-record prefilter (`VariantReader+RawBinary.swift`): a BCF read with a selective
/// `keep` gives exactly what its text twin gives, structural records included, across BGZF blocks.
@Suite struct BinaryPrefilterTests {
    /// A VCF of `count` records on chr1 and chr2: SNVs, a long insertion (a typed string with a
    /// length beyond 14), and every few hundred records a symbolic, a breakend and a single-breakend ALT.
    private func writeVCF(_ path: String, count: Int) throws {
        var text =
            "##fileformat=VCFv4.2\n##contig=<ID=chr1,length=10000000>\n##contig=<ID=chr2,length=10000000>\n"
            + "##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"SV type\">\n"
            + "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
            + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
            + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\n"
        for index in 0..<count {
            let contig = index < count / 2 ? "chr1" : "chr2"
            let position = 1_000 + 10 * index
            let alt: String
            switch index % 250 {
            case 17: alt = "<DEL>"
            case 91: alt = "A,G[chr1:500["
            case 133: alt = ".G"
            case 201: alt = "GACGTACGTACGTACGTACGTACGT"
            default: alt = index % 2 == 0 ? "A" : "C,T"
            }
            text += "\(contig)\t\(position)\trs\(index)\tG\t\(alt)\t50\tPASS\tDP=\(index % 90)\tGT\t0/1\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// What a read with `keep` delivers, what `keep` was asked about structural records, and the count read.
    private func read(_ path: String, threads: Int) throws -> (kept: [String], structural: [Int], read: Int) {
        let reader = try VariantReader(path: path, threads: threads)
        var structural: [Int] = []
        var kept: [String] = []
        while let record = try reader.next(where: { contig, position, isStructural in
            if isStructural { structural.append(position) }
            return isStructural || (contig == "chr2" && (31_000...31_600).contains(position)) || position % 997 == 0
        }) {
            kept.append("\(record.ordinal) \(record.contig):\(record.position) \(record.ref)>\(record.alts.joined(separator: ",")) \(record.id)")
        }
        return (kept, structural, reader.recordsRead)
    }

    @Test func aBCFGivesWhatItsTextTwinGives() throws {
        let folder = try TemporaryDirectory()
        let vcf = folder.path("many.vcf")
        try writeVCF(vcf, count: 6_000)
        let text = try bcftoolsCopy(of: vcf, format: "z", to: folder.path("many.vcf.gz"))
        let expected = try read(text, threads: 1)
        #expect(expected.read == 6_000)
        // 24 of each structural kind, every one handed to `keep` as structural.
        #expect(expected.structural.count == 72)
        #expect(expected.kept.count > 100)
        for format in ["b", "u"] {
            let bcf = try bcftoolsCopy(of: vcf, format: format, to: folder.path("many.\(format).bcf"))
            for threads in [1, 2] {
                let found = try read(bcf, threads: threads)
                #expect(found.kept == expected.kept, "\(format) threads \(threads)")
                #expect(found.structural == expected.structural, "\(format) threads \(threads)")
                #expect(found.read == expected.read, "\(format) threads \(threads)")
            }
        }
    }

    @Test func aLongAlleleLengthIsReadFromItsTypedInteger() {
        // An allele of 20 bytes: descriptor 0xF7, then an int8 typed length (0x11, 20).
        var bytes: [UInt8] = [0x17, UInt8(ascii: "."), 0x17, UInt8(ascii: "A"), 0xF7, 0x11, 20]
        bytes += Array("<DUP:TANDEM>AAAAAAAA".utf8)
        let structural = bytes.withUnsafeBytes { VariantReader.hasStructuralAllele($0, alleles: 2) }
        #expect(structural == true)
        let plain = [UInt8]([0x17, UInt8(ascii: "."), 0x17, UInt8(ascii: "A"), 0x27, UInt8(ascii: "C"), 0])
        #expect(plain.withUnsafeBytes { VariantReader.hasStructuralAllele($0, alleles: 2) } == false)
        // An integer-typed allele is not what htslib writes: htslib reads such a record itself.
        let odd = [UInt8]([0x17, UInt8(ascii: "."), 0x11, 5, 0x17, UInt8(ascii: "C")])
        #expect(odd.withUnsafeBytes { VariantReader.hasStructuralAllele($0, alleles: 2) } == nil)
        // Cut short: left to htslib as well.
        #expect(bytes.dropLast(3).withUnsafeBytes { VariantReader.hasStructuralAllele($0, alleles: 2) } == nil)
    }
}

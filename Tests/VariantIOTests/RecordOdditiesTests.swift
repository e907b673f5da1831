import Foundation
import HemimatchTestSupport
import Testing
import VariantIO

/// Records htslib reads though they are unusual or off the specification: read, counted, the first
/// few named in one warning per kind, in VCF text and in BCF.
@Suite struct RecordOdditiesTests {
    private static func record(_ position: Int, extra: [String] = []) -> [String] {
        ["chr1", String(position), ".", "A", "C", ".", "PASS", ".", "GT", "0/1"] + extra
    }

    @Test("five records at POS 0: read at position 0, the first three named, two more counted")
    func telomeres() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("t.vcf", SyntheticVCF.text(samples: ["S1"], records: (0..<5).map { _ in Self.record(0) } + [Self.record(10)]))
        for input in [path, try bcftoolsCopy(of: path, format: "b", to: folder.path("t.bcf"))] {
            let reader = try VariantReader(path: input)
            var positions: [Int] = []
            while let record = try reader.next(where: { _, _, _ in true }) { positions.append(record.position) }
            #expect(positions == [0, 0, 0, 0, 0, 10], "\(input)")
            #expect(
                reader.warnings == [
                    "record 1 (chr1:0), record 2 (chr1:0), record 3 (chr1:0) and 2 more: "
                        + "POS 0, the VCF specification's telomere position: read as htslib and bcftools read it"
                ], "\(input)")
        }
    }

    @Test("lines with columns beyond the header's: read as htslib reads them, the extra cells ignored")
    func extraColumns() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("x.vcf", SyntheticVCF.text(samples: ["S1"], records: [Self.record(10, extra: ["9", "4"]), Self.record(20)]))
        let (_, records) = try readAll(path)
        #expect(records.map(\.position) == [10, 20])
        #expect(records.map { $0.samples.map(\.genotype) } == [[[0, 1]], [[0, 1]]])
        let reader = try VariantReader(path: path)
        while try reader.next(where: { _, _, _ in true }) != nil {}
        #expect(
            reader.warnings == [
                "record 1 (chr1:10, 12 columns, the header 10): more columns than the header names, off the VCF "
                    + "specification: the extra columns are ignored, as htslib and bcftools ignore them"
            ])
    }

    @Test("a file without odd records has no warnings; a POS that is no number is still an error")
    func ordinaryAndBroken() throws {
        let folder = try TemporaryDirectory()
        let reader = try VariantReader(path: try folder.write("o.vcf", SyntheticVCF.text(samples: ["S1"], records: [Self.record(10)])))
        while try reader.next(where: { _, _, _ in true }) != nil {}
        #expect(reader.warnings.isEmpty)
        var broken = Self.record(10)
        broken[1] = "-5"
        try expectFailure(
            reading: try folder.write("b.vcf", SyntheticVCF.text(samples: ["S1"], records: [broken])),
            kind: .malformedRecord, mentions: ["line 13 (after the header) is malformed: POS is not a positive number"])
    }
}

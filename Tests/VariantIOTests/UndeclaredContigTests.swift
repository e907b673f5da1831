import Foundation
import HemimatchTestSupport
import Testing
import VariantIO

/// Records on contigs the header's `##contig` lines leave out: read, counted per contig, one warning
/// each. (Reading a bgzipped file through its tabix index, htslib adds the index's contigs to the header:
/// their records are read, but cannot be told from declared ones.)
@Suite struct UndeclaredContigTests {
    private static func record(_ contig: String, _ position: Int) -> [String] {
        [contig, String(position), ".", "A", "C", ".", "PASS", ".", "GT", "0/1"]
    }

    static let records = [record("chr1", 10), record("chr12", 25245350), record("chr12", 25245351), record("chrUn_KI270742v1", 5)]
    static let expected = [
        "2 records on contig chr12, which the header's ##contig lines do not declare: read and matched like the others, but is the header the file's own?",
        "1 record on contig chrUn_KI270742v1, which the header's ##contig lines do not declare: read and matched like the others, but is the header the file's own?",
    ]

    @Test("streamed: every record read, one warning per undeclared contig with its count")
    func streamed() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("u.vcf", SyntheticVCF.text(samples: ["S1"], records: Self.records))
        let reader = try VariantReader(path: path)
        var loci: [String] = []
        while let record = try reader.next(where: { _, _, _ in true }) { loci.append(record.locus) }
        #expect(loci == ["chr1:10", "chr12:25245350", "chr12:25245351", "chrUn_KI270742v1:5"])
        #expect(reader.warnings == Self.expected)
    }

    @Test("through a tabix index: htslib declares the index's contigs in the header, so their panel regions are read")
    func indexed() throws {
        let folder = try TemporaryDirectory()
        let plain = try folder.write("u.vcf", SyntheticVCF.text(samples: ["S1"], records: Self.records))
        try runTool("bgzip", [plain])
        try runTool("tabix", ["-p", "vcf", plain + ".gz"])
        let reader = try VariantReader(path: plain + ".gz")
        try reader.restrict(to: [GenomicRegion(contig: "chr12", start: 25_245_340, end: 25_245_360)])
        #expect(reader.header.contigs.map(\.name) == ["chr1", "chr12", "chrUn_KI270742v1"])
        var loci: [String] = []
        while let record = try reader.next(where: { _, _, _ in true }) { loci.append(record.locus) }
        #expect(loci == ["chr12:25245350", "chr12:25245351"])
    }

    @Test("streamed with a tabix index beside it: the index's contigs count as declared, at any thread count", arguments: [1, 2])
    func streamedBesideAnIndex(threads: Int) throws {
        let folder = try TemporaryDirectory()
        let plain = try folder.write("u.vcf", SyntheticVCF.text(samples: ["S1"], records: Self.records))
        try runTool("bgzip", [plain])
        try runTool("tabix", ["-p", "vcf", plain + ".gz"])
        let reader = try VariantReader(path: plain + ".gz", threads: threads)
        var loci: [String] = []
        while let record = try reader.next(where: { _, _, _ in true }) { loci.append(record.locus) }
        #expect(loci == ["chr1:10", "chr12:25245350", "chr12:25245351", "chrUn_KI270742v1:5"])
        #expect(reader.header.contigs.map(\.name) == ["chr1", "chr12", "chrUn_KI270742v1"])
        #expect(reader.warnings.isEmpty)
    }

    @Test("a header without any ##contig line counts nothing as undeclared (the build detection speaks for it)")
    func noContigLines() throws {
        let folder = try TemporaryDirectory()
        let text = SyntheticVCF.text(samples: ["S1"], records: Self.records).split(separator: "\n").filter { !$0.hasPrefix("##contig") }
        let reader = try VariantReader(path: try folder.write("n.vcf", text.joined(separator: "\n") + "\n"))
        while try reader.next(where: { _, _, _ in true }) != nil {}
        #expect(reader.warnings.isEmpty)
    }
}

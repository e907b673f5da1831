import Foundation
import HemimatchTestSupport
import Testing

/// Inputs as pipelines write them, through the command line (run in process): an annotated VCF without contig lines whose
/// annotation tells the build (or contradicts itself: exit 67), a CNVkit row without probes, a record
/// on a contig the header does not declare.
@Suite struct InputQuirksEndToEndTests {
    static let csqHeader =
        "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. "
        + "Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp\">\n"
    static func kras(_ chrom: String, _ position: Int) -> String {
        "\(chrom)\t\(position)\t.\tC\tT\t.\tPASS\tCSQ=T|missense_variant|KRAS|ENST00000311936.8|c.35G>A|p.Gly12Asp\tGT\t0/1\n"
    }
    static let columns = "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tT\n"

    @Test("no contig lines: GRCh37 told by the annotation; codons of both builds exit 67 on one line")
    func buildFromAnnotation() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let grch37 = folder.appendingPathComponent("tcga.vcf").path
        try ("##fileformat=VCFv4.1\n" + Self.csqHeader + Self.columns + Self.kras("12", 25_398_284)).write(
            toFile: grch37, atomically: true, encoding: .utf8)
        let result = try Hemimatch.run([grch37, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try ReportJSON.decode(result.stdout).run.genome_build == "GRCh37")
        #expect(String(decoding: result.stdout, as: UTF8.self).contains("\"genome_build_basis\" : \"annotation\""))
        #expect(result.stderr.contains("genome build GRCh37 told by the annotation"))

        let both = folder.appendingPathComponent("both.vcf").path
        try ("##fileformat=VCFv4.1\n" + Self.csqHeader + Self.columns + Self.kras("12", 25_245_350) + Self.kras("12", 25_398_284))
            .write(toFile: both, atomically: true, encoding: .utf8)
        let conflict = try Hemimatch.run([both])
        #expect(conflict.status == 67)
        #expect(conflict.stderr.split(separator: "\n").count == 1)
        #expect(conflict.stderr.contains("the annotation points to both"), "\(conflict.stderr)")
    }

    @Test("a CNVkit row without probes is skipped with a warning naming its line; an undeclared contig is counted")
    func warnings() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cns = folder.appendingPathComponent("t.call.cns").path
        try
            "chromosome\tstart\tend\tgene\tlog2\tcn\tdepth\tprobes\tweight\n9\t133589332\t133763062\tABL1\t1.8\t7\t300\t40\t38\n15\t46657639\t10488\t-\t-0.4\t2\t0\t0\t0\n"
            .write(toFile: cns, atomically: true, encoding: .utf8)
        let vcf = folder.appendingPathComponent("u.vcf").path
        try
            ("##fileformat=VCFv4.2\n##contig=<ID=1,length=249250621>\n##reference=GRCh37\n" + Self.columns
            + "1\t100\t.\tA\tC\t.\tPASS\t.\tGT\t0/1\n12\t25398284\t.\tC\tT\t.\tPASS\t.\tGT\t0/1\n")
            .write(toFile: vcf, atomically: true, encoding: .utf8)
        let result = try Hemimatch.run([vcf, "--build", "GRCh37", "--cnv", cns, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\(cns) line 3: CNVkit segment 15:46657639-10488 with 0 probes skipped"), "\(result.stderr)")
        #expect(result.stderr.contains("1 record on contig 12, which the header's ##contig lines do not declare"), "\(result.stderr)")
        let alterations = try ReportJSON.decode(result.stdout).samples.first?.alterations.map { "\($0.gene) \($0.alteration)" }
        #expect(alterations == ["KRAS p.G12D", "ABL1 amplification"])
    }

    @Test("sites only, no contig lines, no annotation: exit 67 until --build decides; then one sample named after the file")
    func aBuildOnlyTheOptionCanDecide() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("nocontig.vcf").path
        try "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n12\t25398284\t.\tC\tT\t.\tPASS\t.\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let undecided = try Hemimatch.run([path, "--format", "json"])
        #expect(undecided.status == 67)
        #expect(undecided.stdout.isEmpty)
        #expect(undecided.stderr.hasPrefix("hemimatch: \(path): ") && undecided.stderr.contains("--build"), "\(undecided.stderr)")
        let resolved = try Hemimatch.run([path, "--build", "GRCh37", "--format", "json"])
        #expect(resolved.status == 0, "\(resolved.stderr)")
        let report = try ReportJSON.decode(resolved.stdout)
        #expect(report.samples.map(\.sample) == ["nocontig.vcf"], "a sites-only file is profiled as one sample named after the file")
        #expect(report.samples.first?.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == ["KRAS p.G12D D-KRAS-HOTSPOT"])
        #expect(report.samples.first?.suggested_group == "D")
    }
}

import Foundation
import HemimatchTestSupport
import Knowledge
import Profile
import Run
import Testing

/// The genome build checked against the calls when the header gives no contig lengths (issue 25 item 5):
/// a GRCh37 file run as GRCh38 is refused with the evidence, the right build passes, and calls too few
/// to tell are said.
@Suite struct CalledBuildTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
    }

    /// A VCF without contig lines holding `records` (CHROM POS REF ALT), one sample carrying each.
    func vcf(_ records: [(String, Int, String, String)], meta: [String] = []) throws -> String {
        try folder.write(
            "calls.vcf",
            ["##fileformat=VCFv4.2"] + meta + [
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
                "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tPATIENT",
            ] + records.map { "\($0.0)\t\($0.1)\t.\t\($0.2)\t\($0.3)\t.\tPASS\t.\tGT\t0/1" })
    }

    func run(_ input: String, build: GenomeBuild?) throws(RunError) -> MatchReport {
        var options = RunOptions()
        options.requestedBuild = build
        return try FileRun(knowledgeBase: shippedKnowledgeBase, options: options).report(input: input, threads: 1)
    }

    /// NRAS p.Q61R, KRAS p.G12D and BRAF p.V600E at their GRCh37 positions and reference bases.
    static let grch37Hotspots = [("1", 115256529, "T", "C"), ("12", 25398284, "C", "T"), ("7", 140453136, "A", "T")]

    @Test("three GRCh37 hotspots run as GRCh38: exit 67 naming the exons, the hotspot base and --build GRCh37")
    func wrongBuildRefused() throws {
        let input = try vcf(Self.grch37Hotspots)
        do {
            _ = try run(input, build: .grch38)
            Issue.record("a GRCh37 file ran as GRCh38")
        } catch {
            #expect(error.kind == .buildMismatch)
            #expect(
                error.message == "\(input): genome build GRCh38 (option) does not fit the calls: 3 of 3 panel-gene records sit in "
                    + "GRCh37 coding exons, 0 in GRCh38's; NRAS p.Q61R's reference base T matches GRCh37: is the file on GRCh37? "
                    + "Pass --build GRCh37, or give the file's contig lengths")
        }
    }

    @Test("the same calls on the build they fit: no build warning, all three hotspots qualify for D")
    func rightBuildPasses() throws {
        let report = try run(try vcf(Self.grch37Hotspots), build: .grch37)
        #expect(!report.run.warnings.contains { $0.contains("genome build") })
        #expect(report.samples.first?.alterations.map(\.gene).sorted() == ["BRAF", "KRAS", "NRAS"])
        #expect(report.samples.first?.suggestedGroup == "D")
    }

    @Test("the ##reference line's build is checked too: a GRCh38 line over GRCh37 calls is refused")
    func referenceLineChecked() throws {
        let input = try vcf(Self.grch37Hotspots, meta: ["##reference=GRCh38"])
        do {
            _ = try run(input, build: nil)
            Issue.record("GRCh37 calls ran as the ##reference line's GRCh38")
        } catch {
            #expect(error.kind == .buildMismatch)
            #expect(error.message.hasPrefix("\(input): genome build GRCh38 (reference line) does not fit the calls"))
        }
    }

    @Test("one call outside every coding exon: too few to tell, said in the report")
    func thinEvidenceSaid() throws {
        let input = try vcf([("1", 1_000_000, "G", "A")])
        let report = try run(input, build: .grch38)
        #expect(
            report.run.warnings.contains(
                "no contig lengths, and too few calls to check genome build GRCh38 (option) against them: "
                    + "0 of 0 panel-gene records sit in GRCh38 coding exons, 0 in GRCh37's; 0 hotspot reference bases match GRCh38, 0 GRCh37"),
            "\(report.run.warnings)")
    }

    @Test(
        "real file: vcf2maf's Strelka test VCF (GRCh37, no contig lines, BRAF V600E) run as GRCh38 is refused",
        .enabled(if: Repository.hasSharedTestData, "../shared/testdata is absent"))
    func realStrelka() throws {
        let input = Repository.shared("vcf2maf/test_strelka.vcf")
        do {
            _ = try run(input, build: .grch38)
            Issue.record("ran as GRCh38")
        } catch {
            #expect(error.kind == .buildMismatch)
            #expect(
                error.message == "\(input): genome build GRCh38 (option) does not fit the calls: 2 of 3 panel-gene records sit in "
                    + "GRCh37 coding exons, 1 in GRCh38's; BRAF p.V600E's reference base A matches GRCh37: is the file on GRCh37? "
                    + "Pass --build GRCh37, or give the file's contig lengths")
        }
        #expect(try run(input, build: .grch37).samples.first?.suggestedGroup == "D")
    }

    /// A consolidated-free STAR-Fusion table with one BCR::ABL1 row at these breakpoints.
    func starFusion(bcr: String, abl1: String) throws -> String {
        try folder.write(
            "star-fusion.tsv",
            [
                "#FusionName\tJunctionReadCount\tSpanningFragCount\tSpliceType\tLeftGene\tLeftBreakpoint\tRightGene\tRightBreakpoint",
                "BCR--ABL1\t26\t18\tONLY_REF_SPLICE\tBCR^ENSG00000186716\t\(bcr):+\tABL1^ENSG00000097007\t\(abl1):+",
            ])
    }

    func grch38Pair() throws -> String {
        try folder.write(
            "grch38.vcf",
            [
                "##fileformat=VCFv4.2", "##contig=<ID=chr9,length=138394717>", "##contig=<ID=chr22,length=50818468>",
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
                "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tPATIENT",
                "chr22\t30000000\t.\tA\tC\t.\tPASS\t.\tGT\t0/1",
            ])
    }

    @Test("a fusion table whose breakpoints lie in BCR and ABL1 on GRCh37 only, beside a GRCh38 file: said once in the report")
    func fusionTableOnTheOtherBuild() throws {
        var options = RunOptions()
        options.fusionTables = [try starFusion(bcr: "chr22:23632600", abl1: "chr9:133729451")]
        let input = try grch38Pair()
        let report = try FileRun(knowledgeBase: shippedKnowledgeBase, options: options).report(input: input, threads: 1)
        #expect(
            report.run.warnings.contains(
                "star-fusion.tsv: the fusion table fits genome build GRCh37 better than GRCh38: 2 of its 2 "
                    + "breakpoints lie in their genes on GRCh37, 0 on GRCh38: is the table on GRCh37? Its fusions are matched by gene; "
                    + "give a table called on the variant file's build for the breakpoint checks"), "\(report.run.warnings)")
        #expect(report.samples.first?.alterations.map(\.ruleID) == ["B-BCR-ABL1"], "matched by gene, not dropped")
        options.fusionTables = [try starFusion(bcr: "chr22:23290413", abl1: "chr9:130854064")]
        let right = try FileRun(knowledgeBase: shippedKnowledgeBase, options: options).report(input: input, threads: 1)
        #expect(right.samples.first?.alterations.map(\.ruleID) == ["B-BCR-ABL1"])
        #expect(!right.run.warnings.contains { $0.contains("fits genome build") })
    }
}

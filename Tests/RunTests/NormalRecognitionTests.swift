import Foundation
import HemimatchTestSupport
import Profile
import Run
import Testing

/// Normals recognised from what callers write (issue 25 item 4): MuTect 1's `normal_sample_name` in
/// `##GATKCommandLine`, Strelka's and VarScan 2's `NORMAL`/`TUMOR` columns, megSAP's `##SAMPLE` lines;
/// and a file of two samples naming no normal, which is said in the warnings and a flag on every sample.
@Suite struct NormalRecognitionTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
    }

    /// A GRCh38 file with these samples and header lines; KRAS G12D (VEP CSQ) carried by the first
    /// sample at VAF 0.3, and an allele no rule names carried by both at 0.5.
    func vcf(_ samples: [String], meta: [String] = []) throws -> String {
        try folder.write(
            "pair.vcf",
            [
                "##fileformat=VCFv4.2", "##contig=<ID=chr12,length=133275309>",
            ] + meta + [
                "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp|CANONICAL\">",
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
                "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">",
                (["#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO", "FORMAT"] + samples).joined(separator: "\t"),
                "chr12\t25245350\t.\tC\tT\t60\tPASS\tCSQ=T|missense_variant|KRAS|ENST00000311936.8|c.35G>A|p.Gly12Asp|YES\tGT:AD\t0/1:70,30\t0/0:60,0",
                "chr12\t112489000\t.\tG\tA\t60\tPASS\t.\tGT:AD\t0/1:50,50\t0/1:48,52",
            ])
    }

    func report(_ input: String, _ configure: (inout RunOptions) -> Void = { _ in }) throws -> MatchReport {
        var options = RunOptions()
        configure(&options)
        return try FileRun(knowledgeBase: shippedKnowledgeBase, options: options).report(input: input, threads: 1)
    }

    @Test("MuTect 1: normal_sample_name in ##GATKCommandLine names the normal, which is not profiled")
    func mutect1() throws {
        let command =
            "##GATKCommandLine=<ID=MuTect,Version=2.7-1-g42d771f,Date=\"Fri Oct 02 10:00:00 CEST 2015\","
            + "Epoch=1443772800000,CommandLineOptions=\"analysis_type=MuTect input_file=[T2.bam, G1.bam] "
            + "tumor_sample_name=EMN-T2 bam_tumor_sample_name=null normal_sample_name=EMN-G1 force_output=false\">"
        let result = try report(try vcf(["EMN-T2", "EMN-G1"], meta: [command]))
        #expect(result.samples.map(\.sample) == ["EMN-T2"])
        #expect(result.run.normalSamples == ["EMN-G1"])
        #expect(result.run.mode == .tumorNormal)
        #expect(!result.samples[0].flags.map(\.code).contains(.normalNotNamed))
    }

    @Test(
        "Strelka and VarScan 2 write NORMAL and TUMOR; a TUMOR column beside one other names that one the normal",
        arguments: [(["NORMAL", "TUMOR"], "NORMAL", "TUMOR"), (["TUMOR", "PT07-GL"], "PT07-GL", "TUMOR")])
    func columnNames(samples: [String], normal: String, tumor: String) throws {
        let ordered = samples.first == tumor ? samples : [tumor, normal]
        let result = try report(try vcf(ordered))
        #expect(result.samples.map(\.sample) == [tumor])
        #expect(result.run.normalSamples == [normal])
    }

    @Test("megSAP: ##SAMPLE=<…,IsTumor=no> names the normal")
    func megSAP() throws {
        let meta = ["##SAMPLE=<ID=GS110168_03,Gender=n/a,IsTumor=yes,IsFFPE=no>", "##SAMPLE=<ID=GS110169_03,Gender=n/a,IsTumor=no,IsFFPE=no>"]
        let result = try report(try vcf(["GS110168_03", "GS110169_03"], meta: meta))
        #expect(result.samples.map(\.sample) == ["GS110168_03"])
        #expect(result.run.normalSamples == ["GS110169_03"])
    }

    @Test("two samples and no normal named: a warning and a flag on each sample name the one that looks germline and --normal")
    func unnamedNormal() throws {
        let input = try vcf(["T1", "X2"])
        let result = try report(input)
        let notice =
            "\(input) holds 2 samples (T1, X2) and names no normal (no ##normal_sample, ##tumor_sample, MuTect "
            + "normal_sample_name, NORMAL or TUMOR column): each was profiled as a tumor; X2 looks germline (it carries none of "
            + "the 1 qualifying alleles found in the other samples). "
            + "If one is the matched normal, pass --normal X2"
        #expect(result.run.warnings.contains(notice), "\(result.run.warnings)")
        #expect(result.samples.map(\.sample) == ["T1", "X2"])
        for sample in result.samples {
            #expect(sample.flags.filter { $0.code == .normalNotNamed }.map(\.message) == [notice])
        }
        #expect(result.samples.map(\.suggestedGroup) == ["D", "incomplete"])
        let named = try report(input) { $0.normals = ["X2"] }
        #expect(named.samples.map(\.sample) == ["T1"])
        #expect(!named.run.warnings.contains { $0.contains("names no normal") })
    }

    @Test(
        "real files: MuTect 1 and Strelka on the same myeloma pair name EMN-3661-G1 and NORMAL the normal",
        .enabled(if: Repository.hasSharedTestData, "../shared/testdata is absent"),
        arguments: [
            ("pcgr/EMN-3661-G1_EMN-3661-T2_MuTect_SNVs.vcf.gz", "EMN-3661-T2", "EMN-3661-G1"),
            ("pcgr/EMN-3661-G1_EMN-3661-T2.strelka.snv.vcf.gz", "TUMOR", "NORMAL"),
            ("megsap/vcf2gsvar_somatic_in1.vcf", "GS110168_03", "GS110169_03"),
        ])
    func realFiles(file: String, tumor: String, normal: String) throws {
        let result = try report(Repository.shared(file)) { $0.hashesInput = false }
        #expect(result.samples.map(\.sample) == [tumor])
        #expect(result.run.normalSamples == [normal])
    }
}

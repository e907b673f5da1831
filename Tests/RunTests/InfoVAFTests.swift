import Foundation
import HemimatchTestSupport
import Profile
import Run
import Testing

/// VAF and depth kept in INFO (TCGA's and PCGR's TVAF/TDP, a single-sample caller's AF/DP, a tag
/// named with --tumor-af-tag), used where FORMAT has none; every record says where its VAF came from.
@Suite struct InfoVAFTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
    }

    /// A GRCh38 file with KRAS G12D (a hotspot allele) and the given INFO definitions, INFO and samples.
    func report(
        info definitions: [String], info: String, format: String = "GT", samples: [String] = ["0/1"],
        names: [String] = ["TUMOR"], _ configure: (inout RunOptions) -> Void = { _ in }
    ) throws -> MatchReport {
        let path = try folder.write(
            "calls.vcf",
            [
                "##fileformat=VCFv4.2", "##contig=<ID=chr12,length=133275309>",
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
                "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">",
            ] + definitions + [
                (["#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO", "FORMAT"] + names).joined(separator: "\t"),
                (["chr12", "25245350", ".", "C", "T", ".", "PASS", info, format] + samples).joined(separator: "\t"),
            ])
        var options = RunOptions()
        configure(&options)
        return try FileRun(knowledgeBase: shippedKnowledgeBase, options: options).report(input: path, threads: 1)
    }

    func record(_ report: MatchReport) throws -> SupportingRecord {
        try #require(report.samples.first?.alterations.first?.records.first)
    }

    static let tvaf = [
        "##INFO=<ID=TVAF,Number=.,Type=Float,Description=\"Allelic fraction of alternative allele in tumor\">",
        "##INFO=<ID=TDP,Number=.,Type=Integer,Description=\"Read depth across variant site in tumor\">",
    ]

    @Test func tcgaTVAFAndTDPAreTheTumorSWithoutAnOption() throws {
        let found = try record(report(info: Self.tvaf, info: "TVAF=0.3;TDP=54"))
        #expect(found.vaf == 0.3 && found.depth == 54 && found.vafSource == "INFO/TVAF")
    }

    @Test func formatWinsOverInfo() throws {
        let found = try record(report(info: Self.tvaf, info: "TVAF=0.3;TDP=54", format: "GT:AD", samples: ["0/1:60,40"]))
        #expect(found.vaf == 0.4 && found.depth == 100 && found.vafSource == "FORMAT/AD")
    }

    @Test func aLowInfoVAFMakesTheVAFRuleBite() throws {
        let sample = try #require(try report(info: Self.tvaf, info: "TVAF=0.01;TDP=300").samples.first)
        #expect(sample.alterations.isEmpty)
        #expect(sample.nearMisses.map { "\($0.gene) \($0.alteration) \($0.records[0].vafSource ?? "")" } == ["KRAS p.G12D INFO/TVAF"])
    }

    @Test func namedTagsAreReadAndAnUndeclaredOneIsAUsageError() throws {
        let custom = [
            "##INFO=<ID=VAF_T,Number=A,Type=Float,Description=\"tumor\">", "##INFO=<ID=DEPTH_T,Number=1,Type=Integer,Description=\"tumor\">",
        ]
        let found = try record(
            report(info: custom, info: "VAF_T=0.25;DEPTH_T=80") {
                $0.tumorAFTag = "VAF_T"; $0.tumorDPTag = "DEPTH_T"
            })
        #expect(found.vaf == 0.25 && found.depth == 80 && found.vafSource == "INFO/VAF_T")
        #expect(try record(report(info: custom, info: "VAF_T=0.25;DEPTH_T=80")).vaf == nil, "an unknown tag is not guessed")
        do {
            _ = try report(info: custom, info: ".") { $0.tumorAFTag = "TVAF" }
            Issue.record("an undeclared --tumor-af-tag was accepted")
        } catch let error as RunError {
            #expect(error.kind == .usage && error.message == "--tumor-af-tag TVAF: the header declares no INFO/TVAF")
        }
    }

    @Test func aSingleSampleAFIsReadOnlyWhenDescribedAsAReadFraction() throws {
        let lofreq = [
            "##INFO=<ID=AF,Number=A,Type=Float,Description=\"Variant allele frequency (fraction of reads)\">",
            "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Raw read depth\">",
        ]
        let found = try record(report(info: lofreq, info: "AF=0.2;DP=40"))
        #expect(found.vaf == 0.2 && found.depth == 40 && found.vafSource == "INFO/AF")
        // GATK's INFO/AF counts alleles in the called genotypes (0.5 for a heterozygote): not a VAF.
        let gatk = ["##INFO=<ID=AF,Number=A,Type=Float,Description=\"Allele Frequency, for each ALT allele, in the same order as listed\">"]
        #expect(try record(report(info: gatk, info: "AF=0.5")).vaf == nil)
    }

    @Test func infoIsNotGivenToOneOfSeveralTumors() throws {
        let found = try record(report(info: Self.tvaf, info: "TVAF=0.3;TDP=54", samples: ["0/1", "0/1"], names: ["T1", "T2"]))
        #expect(found.vaf == nil && found.vafSource == nil)
    }
}

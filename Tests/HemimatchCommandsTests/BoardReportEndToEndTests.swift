import Foundation
import HemimatchTestSupport
import Testing

/// Issue 20 through the command line (run in process), on files the tests write in both builds: why a sample is left with
/// group A, the extent of a copy-number loss, clonality cues, exclusions listed and cited as
/// exclusions, and the normal's VAF in a germline flag.
@Suite struct BoardReportEndToEndTests {
    struct Build: Sendable, CustomTestStringConvertible {
        let name: String
        let contigs: [String: Int]
        let kras: Int, ptpn11: Int, nf1: ClosedRange<Int>
        let jak2R683G = 5_078_360, jak2Y931C = 5_090_476
        let bcl2G101V: Int
        var testDescription: String { name }
        var chr: String { name == "GRCh38" ? "chr" : "" }

        func header(samples: [String] = ["TUMOR"], normal: String? = nil) -> String {
            var text = "##fileformat=VCFv4.2\n"
            for (contig, length) in contigs.sorted(by: { $0.key < $1.key }) { text += "##contig=<ID=\(chr)\(contig),length=\(length)>\n" }
            if let normal { text += "##normal_sample=\(normal)\n" }
            text += "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
            text += "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
            return text + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t" + samples.joined(separator: "\t") + "\n"
        }

        /// One unannotated SNV row: (contig, position, ref, alt, filter, AD per sample).
        func row(_ contig: String, _ position: Int, _ ref: String, _ alt: String, filter: String = "PASS", ad: [String] = ["55,45"]) -> String {
            "\(chr)\(contig)\t\(position)\t.\t\(ref)\t\(alt)\t.\t\(filter)\t.\tGT:AD\t" + ad.map { "0/1:\($0)" }.joined(separator: "\t") + "\n"
        }
    }

    static let grch38 = Build(
        name: "GRCh38", contigs: ["7": 159_345_973, "9": 138_394_717, "12": 133_275_309, "17": 83_257_441, "18": 80_373_285],
        kras: 25_245_350, ptpn11: 112_450_406, nf1: 31_150_000...31_250_000, bcl2G101V: 63_318_365)
    static let grch37 = Build(
        name: "GRCh37", contigs: ["7": 159_138_663, "9": 141_213_431, "12": 133_851_895, "17": 81_195_210, "18": 78_077_248],
        kras: 25_398_284, ptpn11: 112_888_210, nf1: 29_500_000...29_600_000, bcl2G101V: 60_985_598)
    static let builds = [grch38, grch37]

    private func profile(_ vcf: String, cnv: String? = nil) throws -> ReportJSON.Sample {
        try Hemimatch.profile(vcf, cnv: cnv)
    }

    private func flags(_ sample: ReportJSON.Sample, _ code: String) -> [String] {
        sample.flags.filter { $0.code == code }.map(\.message)
    }

    // MARK: group A's reason

    @Test(arguments: builds)
    func nothingTargetableIsNoTargetWithGroupADrugs(build: Build) throws {
        let sample = try profile(build.header())
        #expect(sample.suggested_group == "incomplete")
        #expect(sample.generic?.reason == "no-target")
        #expect(sample.generic?.drugs == "decitabine, venetoclax, navitoclax")
    }

    @Test(arguments: builds)
    func onlyAFilteredHitIsOnlyNearMisses(build: Build) throws {
        let sample = try profile(build.header() + build.row("12", build.kras, "C", "T", filter: "LowQual"))
        #expect(sample.suggested_group == "incomplete")
        #expect(sample.generic?.reason == "only-near-misses")
        #expect(sample.generic?.detail == "KRAS p.G12D (D-KRAS-HOTSPOT) for D: LowQual")
    }

    // MARK: exclusions

    @Test(arguments: builds)
    func jak2Y931CIsListedOnlyAsTheExclusionAndCitesExclusion11(build: Build) throws {
        let sample = try profile(build.header() + build.row("9", build.jak2R683G, "A", "G") + build.row("9", build.jak2Y931C, "A", "G"))
        #expect(sample.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == ["JAK2 p.R683G C-JAK2-DOMAINS"])
        #expect(sample.exclusions.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == ["JAK2 p.Y931C X-JAK2-Y931C"])
        #expect(sample.exclusions.flatMap { $0.sources.map(\.id) } == ["NCT05745714-EXCL11"])
        #expect(sample.exclusions.allSatisfy { $0.sources.allSatisfy { $0.citation.contains("exclusion criterion 11") } })
        #expect(sample.generic?.reason == "all-excluded")
        #expect(sample.generic?.detail == "C barred by JAK2 p.Y931C (X-JAK2-Y931C; NCT05745714-EXCL11)")
    }

    @Test(arguments: builds)
    func bcl2G101VCitesTheExclusionCriteriaOfBAndC(build: Build) throws {
        let sample = try profile(build.header() + build.row("9", build.jak2R683G, "A", "G") + build.row("18", build.bcl2G101V, "C", "A"))
        let sources = try #require(sample.exclusions.first?.sources)
        #expect(sources.map(\.id) == ["NCT05751044-EXCL5", "NCT05745714-EXCL12"])
        #expect(sources[0].citation.contains("sub-protocol B (dasatinib), ClinicalTrials.gov registry record, exclusion criterion 5"))
        #expect(sources[1].citation.contains("exclusion criterion 12"))
        #expect(!sources.contains { $0.citation.contains("inclusion criterion") })
    }

    // MARK: copy-number extent

    @Test(arguments: builds)
    func aWholeChromosome17LossIsNoNF1DeletionAndNoGroupD(build: Build) throws {
        let length = build.contigs["17"]!
        let sample = try profile(build.header(), cnv: "chromosome\tstart\tend\tgene\tlog2\n\(build.chr)17\t0\t\(length)\t-\t-1.0\n")
        #expect(sample.alterations.isEmpty)
        #expect(sample.suggested_group == "incomplete")
        #expect(sample.generic?.reason == "only-near-misses")
        let miss = try #require(sample.near_misses.first)
        #expect(
            "\(miss.gene) \(miss.alteration) \(miss.rule_id) \(miss.near_miss_reason ?? "")"
                == "NF1 deletion (single-copy) D-NF1-DELETION broad-copy-loss")
        #expect(miss.segment?.length == length)
        #expect(miss.segment?.extent == "whole-chromosome")
        #expect(miss.segment?.arm == "17q")
        #expect(miss.segment?.arm_fraction == 1)
        let size = build.name == "GRCh38" ? "83.3 Mb" : "81.2 Mb"
        #expect(
            flags(sample, "broad-copy-loss") == [
                "NF1 deletion (single-copy) (D-NF1-DELETION) lies in a \(size) whole-chromosome, 100% of 17q, log2 -1.0 (\(build.chr)17:1-\(length)): more than half of the arm, not a focal NF1 deletion; not counted for D, for the board to weigh"
            ])
        #expect(flags(sample, "filtered-near-miss").isEmpty)
    }

    @Test(arguments: builds)
    func aFocalNF1LossStaysAGroupDDeletionWithItsSegment(build: Build) throws {
        let sample = try profile(
            build.header(), cnv: "chromosome\tstart\tend\tgene\tlog2\n\(build.chr)17\t\(build.nf1.lowerBound)\t\(build.nf1.upperBound)\tNF1\t-0.8\n")
        #expect(sample.suggested_group == "D")
        let segment = try #require(sample.alterations.first?.segment)
        #expect(segment.extent == "focal")
        #expect(segment.length == 100_000, "a .cns start is 0-based")
        #expect(sample.candidates.first?.basis == ["NF1 deletion (single-copy) (D-NF1-DELETION) [100 kb focal, <1% of 17q, log2 -0.8]"])
    }

    @Test(arguments: builds)
    func monosomy7IsNoIKZF1Deletion(build: Build) throws {
        let length = build.contigs["7"]!
        let sample = try profile(build.header(), cnv: "chromosome\tstart\tend\tgene\tlog2\n\(build.chr)7\t0\t\(length)\t-\t-1.0\n")
        #expect(sample.other_findings == ["IKZF1 within a whole-chromosome loss (100% of 7p; not a focal IKZF1 deletion)"])
    }

    // MARK: clonality

    @Test(arguments: builds)
    func aKRASSubcloneBesideAClonalJAK2DriverIsMarked(build: Build) throws {
        let sample = try profile(
            build.header() + build.row("9", build.jak2R683G, "A", "G", ad: ["55,45"])
                + build.row("12", build.kras, "C", "T", ad: ["92,8"]))
        let kras = try #require(sample.alterations.first { $0.gene == "KRAS" }?.clonality)
        #expect(kras.subclonal)
        #expect(kras.relative_cell_fraction == 0.18)
        #expect(kras.cell_fraction == 0.16)
        #expect(sample.alterations.first { $0.gene == "JAK2" }?.clonality?.subclonal == false)
        #expect(
            flags(sample, "subclonal") == [
                "KRAS p.G12D (D-KRAS-HOTSPOT) looks subclonal: VAF 0.08 (~16% of cells), 0.18 of the sample's largest clone (JAK2 p.R683G VAF 0.45); weigh it before acting on group D"
            ])
        #expect(sample.candidates.first { $0.group == "D" }?.basis == ["KRAS p.G12D (D-KRAS-HOTSPOT) [subclonal, VAF 0.08]"])
    }

    @Test(arguments: builds)
    func aLonePTPN11AtVAF003IsSubclonal(build: Build) throws {
        let sample = try profile(build.header() + build.row("12", build.ptpn11, "G", "A", ad: ["97,3"]))
        #expect(sample.suggested_group == "D")
        #expect(
            flags(sample, "subclonal") == [
                "PTPN11 p.E76K (D-PTPN11-ACTIVATING) looks subclonal: VAF 0.03 (~6% of cells), 1.0 of the sample's largest clone (PTPN11 p.E76K VAF 0.03); weigh it before acting on group D"
            ])
    }

    // MARK: germline

    @Test(arguments: builds)
    func anExclusionInTheNormalShowsTheNormalsVAF(build: Build) throws {
        let vcf =
            build.header(samples: ["TUMOR", "NORMAL"], normal: "NORMAL") + build.row("9", build.jak2R683G, "A", "G", ad: ["55,45", "100,0"])
            + build.row("18", build.bcl2G101V, "C", "A", ad: ["50,50", "52,48"])
        let sample = try profile(vcf)
        #expect(flags(sample, "germline-suspected") == ["BCL2 p.G101V is also in the normal sample (VAF 0.48 in the normal NORMAL)"])
    }
}

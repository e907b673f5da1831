import Foundation
import HemimatchTestSupport
import Testing

/// Issue 15 through the command line (run in process), on files the tests write in both builds: exclusions without
/// annotation, untranslatable exclusion codons, resistance flags, named gene pairs that are no
/// read-through, chrY PAR1, out-of-frame enhancer and truncating fusions, loss levels, and the
/// routes no variant call can show.
@Suite struct RegistryCoverageEndToEndTests {
    struct Build: Sendable, CustomTestStringConvertible {
        let name: String
        let contigs: [String: Int]
        /// Positions of the alleles and breakpoints the tests use.
        let jak2R683G = 5_078_360, jak2Y931C = 5_090_476
        let bcl2G101V: Int, jak1F958V: Int, jak1Codon958ThirdBase: Int, abl1T315I: Int
        let usp9x: Int, ddx3x: Int, crlf2OnY: Int, igh: Int, nf1: ClosedRange<Int>
        var testDescription: String { name }
        var chr: String { name == "GRCh38" ? "chr" : "" }

        func header(info: [String] = []) -> String {
            var text = "##fileformat=VCFv4.2\n"
            for (contig, length) in contigs.sorted(by: { $0.key < $1.key }) { text += "##contig=<ID=\(chr)\(contig),length=\(length)>\n" }
            text += info.map { $0 + "\n" }.joined()
            text += "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
            text += "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
            return text + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\n"
        }
    }

    static let grch38 = Build(
        name: "GRCh38",
        contigs: [
            "1": 248_956_422, "9": 138_394_717, "12": 133_275_309, "14": 107_043_718, "17": 83_257_441, "18": 80_373_285,
            "X": 156_040_895, "Y": 57_227_415,
        ],
        bcl2G101V: 63_318_365, jak1F958V: 64_838_560, jak1Codon958ThirdBase: 64_838_558, abl1T315I: 130_872_896,
        usp9x: 41_200_000, ddx3x: 41_340_000, crlf2OnY: 1_200_000, igh: 105_700_000, nf1: 31_150_000...31_250_000)
    static let grch37 = Build(
        name: "GRCh37",
        contigs: [
            "1": 249_250_621, "9": 141_213_431, "12": 133_851_895, "14": 107_349_540, "17": 81_195_210, "18": 78_077_248,
            "X": 155_270_560, "Y": 59_373_566,
        ],
        bcl2G101V: 60_985_598, jak1F958V: 65_304_243, jak1Codon958ThirdBase: 65_304_241, abl1T315I: 133_748_283,
        usp9x: 41_050_000, ddx3x: 41_200_000, crlf2OnY: 1_270_000, igh: 106_500_000, nf1: 29_500_000...29_600_000)
    static let builds = [grch38, grch37]
    static let csq =
        "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp|CANONICAL\">"

    /// An unannotated VCF of SNVs: (contig, position, ref, alt).
    private func snvs(_ build: Build, _ rows: [(String, Int, String, String)]) -> String {
        build.header() + rows.map { "\(build.chr)\($0.0)\t\($0.1)\t.\t\($0.2)\t\($0.3)\t.\tPASS\t.\tGT:AD\t0/1:60,40\n" }.joined()
    }

    private func profile(_ vcf: String, fusions: String? = nil, cnv: String? = nil, extra: [String] = []) throws -> ReportJSON.Sample {
        try Hemimatch.profile(vcf, fusions: fusions, cnv: cnv, extra: extra)
    }

    private func codes(_ sample: ReportJSON.Sample) -> [String] { sample.flags.map(\.code) }

    // MARK: exclusions on unannotated input, no --fasta

    @Test(arguments: builds)
    func bcl2G101VExcludesCWithoutAnnotationAndFlagsGroupA(build: Build) throws {
        let sample = try profile(snvs(build, [("9", build.jak2R683G, "A", "G"), ("18", build.bcl2G101V, "C", "A")]))
        #expect(sample.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == ["JAK2 p.R683G C-JAK2-DOMAINS"])
        #expect(sample.exclusions.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == ["BCL2 p.G101V X-BCL2-VENETOCLAX"])
        #expect(sample.excluded_groups == ["C"])
        // Group A's venetoclax is undermined too: never a bare letter (issue 27).
        #expect(sample.suggested_group == "review")
        // The resistance-change flag's wording is pinned once, in AssessmentTests/RegistryFlagsTests.
        #expect(
            codes(sample) == [
                "all-groups-excluded", "arm-not-recruiting", "resistance-change", "routes-not-assessable", "rules-not-evaluated", "screen-incomplete",
            ])
    }

    @Test(arguments: builds)
    func jak2Y931CAndJak1F958VExcludeC(build: Build) throws {
        for (contig, position, ref, alt, expected) in [
            ("9", build.jak2Y931C, "A", "G", "JAK2 p.Y931C X-JAK2-Y931C"),
            ("1", build.jak1F958V, "A", "C", "JAK1 p.F958V X-JAK1-F958-P960"),
        ] {
            let sample = try profile(snvs(build, [("9", build.jak2R683G, "A", "G"), (contig, position, ref, alt)]))
            #expect(sample.exclusions.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == [expected])
            #expect(sample.excluded_groups == ["C"])
            #expect(sample.suggested_group == "incomplete")
        }
    }

    @Test(arguments: builds)
    func anUntranslatableExclusionCodonMakesTheSuggestionReview(build: Build) throws {
        // c.2874 is the third base of JAK1 codon 958 (Phe, TTY): T>A gives Leu or nothing known without --fasta, and no table
        // allele holds it. (T>C, genomic A>G on the minus strand, is Phe whatever the codon: synonymous, not unevaluated; issue 27.)
        let synonymous = try profile(snvs(build, [("9", build.jak2R683G, "A", "G"), ("1", build.jak1Codon958ThirdBase, "A", "G")]))
        #expect(synonymous.flags.filter { $0.code == "exclusion-not-evaluated" }.isEmpty)
        #expect(synonymous.candidate_groups == ["C"])
        let sample = try profile(snvs(build, [("9", build.jak2R683G, "A", "G"), ("1", build.jak1Codon958ThirdBase, "A", "T")]))
        #expect(sample.alterations.map(\.rule_id) == ["C-JAK2-DOMAINS"])
        #expect(sample.exclusions.isEmpty)
        #expect(sample.candidate_groups == ["C"])
        #expect(sample.suggested_group == "review")
        let flag = try #require(sample.flags.first { $0.code == "exclusion-not-evaluated" })
        #expect(
            flag.message
                == "JAK1 codon 958 untranslated (c.2874_2874) touches a codon X-JAK1-F958-P960 names (it would exclude C), but the residue is unknown: annotate the file or give --fasta; suggestion is review"
        )
    }

    @Test func anInFrameDeletionOfAnExclusionCodonIsNamedAndReviewed() throws {
        // JAK1 c.2872-2874 (codon 958) deleted in frame, GRCh38 minus strand: it qualifies as a JAK1 in-frame indel,
        // but whether it is one of the excluded "Phe958 mutations" is for a person to say.
        let build = Self.grch38
        let vcf = build.header() + "chr1\t64838557\t.\tGAAA\tG\t.\tPASS\t.\tGT:AD\t0/1:60,40\n"
        let sample = try profile(vcf)
        #expect(sample.alterations.map(\.rule_id) == ["C-JAK1-DOMAINS-INDEL"])
        #expect(sample.candidate_groups == ["C"])
        #expect(sample.suggested_group == "review")
        #expect(sample.flags.filter { $0.code == "exclusion-not-evaluated" }.count == 1)
    }

    @Test func anAnnotationWithoutAProteinChangeAtAnExclusionCodonIsReviewed() throws {
        // GRCh37, VEP-annotated, but the JAK1 entry carries no HGVSp: the engine places it on codon 958 and cannot translate it.
        let build = Self.grch37
        let vcf =
            build.header(info: [Self.csq])
            + "1\t65304241\t.\tA\tT\t.\tPASS\tCSQ=T|coding_sequence_variant|JAK1|ENST00000342505.5|c.2874T>A||YES\tGT:AD\t0/1:60,40\n"
            + "9\t5078360\t.\tA\tG\t.\tPASS\tCSQ=G|missense_variant|JAK2|ENST00000381652.4|c.2047A>G|p.Arg683Gly|YES\tGT:AD\t0/1:70,30\n"
        let sample = try profile(vcf)
        #expect(sample.alterations.map { "\($0.gene) \($0.alteration)" } == ["JAK2 p.R683G"])
        #expect(sample.suggested_group == "review")
        #expect(sample.flags.first { $0.code == "exclusion-not-evaluated" }?.message.hasPrefix("JAK1 codon 958 untranslated (c.2874_2874)") == true)
    }

    // MARK: resistance changes the registry does not exclude

    @Test(arguments: builds)
    func abl1T315IBesideAnAbl1FusionIsFlaggedForDasatinib(build: Build) throws {
        let sample = try profile(snvs(build, [("9", build.abl1T315I, "C", "T")]), fusions: "NUP214::ABL1\n")
        #expect(sample.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == ["ABL1 NUP214::ABL1 B-ABL1-FUSION"])
        // Dasatinib resistance on the dasatinib arm: the board's call, never a bare B (issue 27).
        #expect(sample.candidate_groups == ["B"])
        #expect(sample.suggested_group == "review")
        #expect(
            sample.flags.filter { $0.code == "resistance-change" }.map(\.message)
                == [
                    "ABL1 p.T315I (X-ABL1-DASATINIB-RESISTANCE) is a resistance change for dasatinib, which group B gives: confirm with the sponsor or iLTB"
                ])
        // Without the fusion there is no dasatinib arm to warn about.
        let alone = try profile(snvs(build, [("9", build.abl1T315I, "C", "T")]))
        #expect(alone.suggested_group == "incomplete")
        #expect(!codes(alone).contains("resistance-change"))
    }

    @Test func anAnnotatedBcl2D103YIsFlaggedBesideGroupC() throws {
        let build = Self.grch38
        let vcf =
            build.header(info: [Self.csq])
            + "chr9\t5078360\t.\tA\tG\t.\tPASS\tCSQ=G|missense_variant|JAK2|ENST00000381652.4|c.2047A>G|p.Arg683Gly|YES\tGT:AD\t0/1:70,30\n"
            + "chr18\t63318360\t.\tC\tA\t.\tPASS\tCSQ=A|missense_variant|BCL2|ENST00000333681.5|c.307G>T|p.Asp103Tyr|YES\tGT:AD\t0/1:70,30\n"
        let sample = try profile(vcf)
        #expect(sample.exclusions.isEmpty, "D103Y is flagged, not excluded")
        // C gives venetoclax: a resistance change against it makes the suggestion review (issue 27).
        #expect(sample.candidate_groups == ["C"])
        #expect(sample.suggested_group == "review")
        #expect(
            sample.flags.filter { $0.code == "resistance-change" }.map(\.message)
                == [
                    "BCL2 p.D103Y (X-BCL2-VENETOCLAX-OTHER) is a resistance change for venetoclax, which group C gives: confirm with the sponsor or iLTB"
                ])
    }

    // MARK: rearrangements that could never fire

    @Test(arguments: builds)
    func usp9xDdx3xFromADeletionIsNoReadThrough(build: Build) throws {
        let info = [
            "##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"Type\">", "##INFO=<ID=END,Number=1,Type=Integer,Description=\"End\">",
            "##ALT=<ID=DEL,Description=\"Deletion\">",
        ]
        let vcf =
            build.header(info: info) + "\(build.chr)X\t\(build.usp9x)\tdel1\tN\t<DEL>\t.\tPASS\tSVTYPE=DEL;END=\(build.ddx3x)\tGT:AD\t0/1:20,10\n"
        let sample = try profile(vcf)
        #expect(sample.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == ["USP9X USP9X::DDX3X C-USP9X-DDX3X"])
        #expect(sample.suggested_group == "C")
    }

    @Test(arguments: builds)
    func ighCrlf2WithTheCrlf2BreakendOnChrYPAR1IsNamedCRLF2(build: Build) throws {
        let info = ["##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"Type\">", "##INFO=<ID=MATEID,Number=.,Type=String,Description=\"Mate\">"]
        let vcf =
            build.header(info: info)
            + "\(build.chr)14\t\(build.igh)\tbnd_1\tN\t]\(build.chr)Y:\(build.crlf2OnY)]N\t.\tPASS\tSVTYPE=BND;MATEID=bnd_2\tGT:AD\t0/1:20,10\n"
            + "\(build.chr)Y\t\(build.crlf2OnY)\tbnd_2\tN\tN[\(build.chr)14:\(build.igh)[\t.\tPASS\tSVTYPE=BND;MATEID=bnd_1\tGT:AD\t0/1:20,10\n"
        let sample = try profile(vcf)
        #expect(sample.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == ["CRLF2 IGH::CRLF2 C-CRLF2-REARRANGEMENT"])
        // Both mates, once each. On GRCh37 each record is listed five times (one per IGH gene span at the
        // breakpoint, each giving the same IGH@::CRLF2 pair): a known defect, reported, not pinned.
        withKnownIssue("GRCh37: each mate's record repeated once per IGH segment gene at the breakpoint") {
            #expect(
                sample.alterations.first?.records.map(\.variant)
                    == ["\(build.chr)14:\(build.igh):bnd_1", "\(build.chr)Y:\(build.crlf2OnY):bnd_2"], "both mates")
        } when: {
            build.chr.isEmpty
        }
        #expect(sample.suggested_group == "C")
    }

    @Test(arguments: builds)
    func crlf2F232COnChrYPAR1IsFoundWithoutAnnotation(build: Build) throws {
        // CRLF2 c.695T>G is X:1196852 on GRCh38 (Y the same) and X:1314966 on GRCh37 (Y = X - 50,000).
        let onY = build.name == "GRCh38" ? 1_196_852 : 1_264_966
        let sample = try profile(snvs(build, [("Y", onY, "A", "C")]))
        #expect(sample.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == ["CRLF2 p.F232C C-CRLF2-F232C"])
        #expect(sample.alterations.first?.records.map(\.variant) == ["\(build.chr)Y:\(onY):A:C"])
        #expect(sample.candidate_groups == ["C"])
        #expect(codes(sample).contains("crlf2-on-grch37") == (build.name == "GRCh37"))
    }

    @Test func aCallerTableBreakpointOnChrYPAR1IsInsideCRLF2() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let vcf = folder.appendingPathComponent("tumor.vcf"), table = folder.appendingPathComponent("fusions.tsv")
        try Self.grch38.header().write(to: vcf, atomically: true, encoding: .utf8)
        try
            ([
                Self.arribaHeader,
                ["IGHM", "CRLF2", "-/-", "-/-", "14:105851000", "Y:1200000", "5", "5", "2", "high", ".", "upstream", "downstream"]
                    .joined(separator: "\t"),
            ].joined(separator: "\n") + "\n").write(to: table, atomically: true, encoding: .utf8)
        let result = try Hemimatch.run([vcf.path, "--fusions", table.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("lies outside CRLF2"), "\(result.stderr)")
        let sample = try #require(try ReportJSON.decode(result.stdout).samples.first)
        #expect(sample.alterations.map(\.rule_id) == ["C-CRLF2-REARRANGEMENT"])
        #expect(sample.suggested_group == "C")
    }

    private static let starFusionHeader = [
        "#FusionName", "JunctionReadCount", "SpanningFragCount", "LeftGene", "LeftBreakpoint",
        "RightGene", "RightBreakpoint", "FFPM", "PROT_FUSION_TYPE",
    ].joined(separator: "\t")
    private static let arribaHeader = [
        "#gene1", "gene2", "strand1(gene/fusion)", "strand2(gene/fusion)", "breakpoint1", "breakpoint2",
        "split_reads1", "split_reads2", "discordant_mates", "confidence", "reading_frame",
        "direction1", "direction2",
    ].joined(separator: "\t")

    @Test func outOfFrameEnhancerAndTruncatingFusionsStillQualifyButKinaseFusionsDoNot() throws {
        let empty = Self.grch38.header()
        let star =
            [
                Self.starFusionHeader,
                "IGH--EPOR\t10\t5\tIGHM^ENSG00000211899.10\tchr14:105851000:-\tEPOR^ENSG00000187266.14\tchr19:11378000:-\t1.0\tFRAMESHIFT",
                "ETV6--ABL1\t10\t5\tETV6^ENSG00000139083.11\tchr12:11869969:+\tABL1^ENSG00000097007.19\tchr9:130854064:+\t1.0\tFRAMESHIFT",
            ]
            .joined(separator: "\n") + "\n"
        let sample = try profile(empty, fusions: star)
        #expect(sample.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == ["EPOR IGH::EPOR C-EPOR-FUSION"])
        #expect(sample.other_findings.contains("ETV6::ABL1"), "an out-of-frame kinase fusion is not a B match")
        #expect(sample.suggested_group == "C")
        let arriba =
            [
                Self.arribaHeader,
                ["IGKC", "CRLF2", "-/-", "-/-", "2:88857500", "X:1200000", "5", "5", "2", "high", "out-of-frame", "downstream", "upstream"]
                    .joined(separator: "\t"),
            ].joined(separator: "\n") + "\n"
        let other = try profile(empty, fusions: arriba)
        #expect(other.alterations.map { "\($0.gene) \($0.rule_id)" } == ["CRLF2 C-CRLF2-OTHER-PARTNER"])
        #expect(other.alterations.first.map { Set($0.alteration.components(separatedBy: "::")) } == ["IGK", "CRLF2"])
        #expect(codes(other).contains("confirm-with-board"))
        let fusionCatcher =
            [
                [
                    "Gene_1_symbol(5end_fusion_partner)", "Gene_2_symbol(3end_fusion_partner)", "Spanning_pairs",
                    "Spanning_unique_reads", "Fusion_point_for_gene_1(5end_fusion_partner)",
                    "Fusion_point_for_gene_2(3end_fusion_partner)", "Predicted_effect",
                ].joined(separator: "\t"),
                ["IGH@", "EPOR", "4", "6", "14:105851000:-", "19:11378000:-", "out-of-frame"].joined(separator: "\t"),
            ]
            .joined(separator: "\n") + "\n"
        let epor = try profile(empty, fusions: fusionCatcher)
        #expect(epor.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == ["EPOR IGH::EPOR C-EPOR-FUSION"])
        #expect(epor.suggested_group == "C")
    }

    @Test func jakFamilyFusionsQualifyForCAndTyk2IsFlagged() throws {
        let empty = Self.grch38.header()
        let jak1 = try profile(empty, fusions: "SMU1::JAK1\n")
        #expect(jak1.alterations.map { "\($0.alteration) \($0.rule_id)" } == ["SMU1::JAK1 C-JAK1-FUSION"])
        #expect(jak1.suggested_group == "C")
        let jak3 = try profile(empty, fusions: "ETV6::JAK3\n")
        #expect(jak3.alterations.map { "\($0.alteration) \($0.rule_id)" } == ["ETV6::JAK3 C-JAK3-FUSION"])
        let tyk2 = try profile(empty, fusions: "MYB::TYK2\n")
        #expect(tyk2.alterations.map { "\($0.alteration) \($0.rule_id)" } == ["MYB::TYK2 C-TYK2-FUSION"])
        #expect(tyk2.flags.filter { $0.code == "confirm-with-board" }.count == 1)
        let abl2 = try profile(empty, fusions: "PAG1::ABL2\n")
        #expect(abl2.alterations.map { "\($0.alteration) \($0.rule_id)" } == ["PAG1::ABL2 B-ABL2-FUSION"])
        #expect(abl2.flags.filter { $0.code == "confirm-with-board" }.count == 1, "ABL2 is not in the B registry text")
    }

    // MARK: copy number

    @Test(arguments: builds)
    func aLossSaysWhetherItIsSingleCopyOrHomozygous(build: Build) throws {
        let empty = build.header()
        func cns(_ log2: Double) -> String {
            "chromosome\tstart\tend\tgene\tlog2\n\(build.chr)17\t\(build.nf1.lowerBound)\t\(build.nf1.upperBound)\tNF1\t\(log2)\n"
        }
        #expect(
            try profile(empty, cnv: cns(-2.3)).alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" }
                == ["NF1 deletion (homozygous) D-NF1-DELETION"])
        #expect(try profile(empty, cnv: cns(-0.8)).alterations.map { "\($0.gene) \($0.alteration)" } == ["NF1 deletion (single-copy)"])
    }

    // MARK: evidence levels

    @Test func stat5bCountsActivatingChangesAndPtpn11T73IsAHotspot() throws {
        let build = Self.grch38
        func one(_ locus: String, _ ref: String, _ alt: String, _ entry: String) throws -> ReportJSON.Sample {
            try profile(build.header(info: [Self.csq]) + "\(locus)\t.\t\(ref)\t\(alt)\t.\tPASS\tCSQ=\(alt)|\(entry)\tGT:AD\t0/1:70,30\n")
        }
        #expect(
            try one("chr17\t42207711", "T", "G", "missense_variant|STAT5B|ENST00000293328.8|c.1924A>C|p.Asn642His|YES")
                .alterations.map(\.rule_id) == ["C-STAT5B-MISSENSE"])
        #expect(
            try one("chr17\t42232028", "G", "A", "stop_gained|STAT5B|ENST00000293328.8|c.100C>T|p.Gln34Ter|YES").alterations.isEmpty,
            "truncating STAT5B does not activate")
        let t73 = try one("chr12\t112450398", "C", "T", "missense_variant|PTPN11|ENST00000351677.7|c.218C>T|p.Thr73Ile|YES")
        #expect(t73.alterations.map { "\($0.alteration) \($0.rule_id)" } == ["p.T73I D-PTPN11-ACTIVATING"])
        // T73I is a known constitutional allele (germline_classes.tsv): in a file without a normal, D for the board (issue 27).
        #expect(t73.candidate_groups == ["D"])
        #expect(t73.suggested_group == "review")
        #expect(t73.flags.contains { $0.code == "germline-rasopathy" })
        let a461 = try one("chr12\t112488444", "G", "A", "missense_variant|PTPN11|ENST00000351677.7|c.1381G>A|p.Ala461Thr|YES")
        #expect(a461.alterations.map { "\($0.alteration) \($0.rule_id)" } == ["p.A461T D-PTPN11-NSML-CODONS"])
        #expect(a461.flags.filter { $0.code == "confirm-with-board" }.count == 1)
    }

    @Test(arguments: builds)
    func everyProfileStatesTheRoutesNoVariantCallCanShowOnce(build: Build) throws {
        let sample = try profile(snvs(build, []))
        #expect(
            sample.flags.filter { $0.code == "routes-not-assessable" }.map(\.message)
                == [
                    "not assessed without a clinical sheet row (--clinical): group B's ex-vivo dasatinib IC50 < 10 nM route and group C's CRLF2-overexpression route (a sample suggested another group may still be B- or C-eligible); age and weight (A: 4 to 18 years at first diagnosis, < 21 years at inclusion, at least 20 kg; B, C, D: >= 12 months and <= 18 years at first diagnosis, < 21 years at inclusion; D: at least 7 kg under 6 years, 10 kg over); prior therapy (B exclusion 10: dasatinib with venetoclax; C exclusion 17: ruxolitinib with venetoclax; D exclusion 15: any trametinib)"
                ])
        #expect(sample.suggested_group == "incomplete")
    }
}

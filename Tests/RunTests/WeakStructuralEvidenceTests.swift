import HemimatchTestSupport
import Knowledge
import Profile
import Run
import Testing

/// Issue 27 items 6 and 7, in process: rearrangements and copy-number calls that fail FILTER, and
/// fusion calls below their caller's own confidence or the read floor, are near-misses the report
/// shows, never silently dropped and never a bare qualifying alteration.
@Suite struct WeakStructuralEvidenceTests {
    typealias Files = ProtectiveEvidenceTests

    /// BCR::ABL1 as a breakend pair whose records carry `filter`.
    static func bcrABL1(_ filter: String, reads: String = "0,10") -> [[String]] {
        [
            ["9", "130844794", "N", "]chr22:23290000]N", filter, "SVTYPE=BND;MATEID=b", reads],
            ["22", "23290000", "N", "N[chr9:130844794[", filter, "SVTYPE=BND;MATEID=a", reads],
        ]
    }

    @Test("a PASS BCR::ABL1 breakend pair on one read is a near-miss flagged for confirmation; --min-fusion-reads 0 makes it act")
    func oneReadBreakendPair() throws {
        let sample = try #require(try Files.report(Self.bcrABL1("PASS", reads: "30,1")).samples.first)
        #expect(sample.candidateGroups == ["A"])
        let reason = "1 supporting read < --min-fusion-reads 2 (FORMAT/AD)"
        #expect(
            sample.nearMisses.map { "\($0.alteration) \($0.ruleID) \($0.records.map(\.filter))" }
                == ["BCR::ABL1 B-BCR-ABL1 [\"\(reason)\", \"\(reason)\"]"])
        #expect(
            Files.flags(sample, .filteredNearMiss) == [
                "ABL1 BCR::ABL1 (B-BCR-ABL1) would qualify for B but its record failed (\(reason), \(reason)); confirm the fusion (RT-PCR, FISH) before ruling out group B"
            ])
        let floorOff = try #require(try Files.report(Self.bcrABL1("PASS", reads: "30,1")) { $0.minimumFusionReads = 0 }.samples.first)
        #expect(floorOff.candidateGroups == ["B"])
        let twoReads = try #require(try Files.report(Self.bcrABL1("PASS", reads: "30,2")).samples.first)
        #expect(twoReads.candidateGroups == ["B"])
    }

    /// BCR::ABL1 as a PASS breakend pair whose sample column is `sample` under `format`, the FORMAT fields declared by `formats`.
    static func bcrABL1(format: String, formats: [String], sample: String) throws -> SampleProfile {
        let lengths = shippedKnowledgeBase.buildDetector.lengths[.grch38]!
        let folder = try TemporaryDirectory()
        let path = try folder.write(
            "sv.vcf",
            [
                "##fileformat=VCFv4.2", "##contig=<ID=chr9,length=\(lengths["9"]!)>", "##contig=<ID=chr22,length=\(lengths["22"]!)>",
                "##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"Type of structural variant\">",
                "##INFO=<ID=MATEID,Number=.,Type=String,Description=\"ID of mate breakend\">",
            ] + formats.map { "##FORMAT=<ID=\($0)>" } + [
                "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR",
                "chr9\t130844794\ta\tN\t]chr22:23290000]N\t.\tPASS\tSVTYPE=BND;MATEID=b\t\(format)\t\(sample)",
                "chr22\t23290000\tb\tN\tN[chr9:130844794[\t.\tPASS\tSVTYPE=BND;MATEID=a\t\(format)\t\(sample)",
            ])
        return try #require(try FileRun(knowledgeBase: shippedKnowledgeBase, options: RunOptions()).report(input: path, threads: 1).samples.first)
    }

    /// BCR::ABL1 as DELLY writes a breakend pair: the sample's pairs and junction reads in DV and RV.
    static func dellyBCRABL1(variantPairs: Int) throws -> SampleProfile {
        try bcrABL1(
            format: "GT:DR:DV:RR:RV",
            formats: ["GT,Number=1,Type=String,Description=\"Genotype\""]
                + ["DR", "DV", "RR", "RV"].map { "\($0),Number=1,Type=Integer,Description=\"DELLY count\"" },
            sample: "0/1:20:\(variantPairs):20:0")
    }

    @Test("Manta: a PASS BCR::ABL1 with one alternate split read and no pair (PR/SR) is a near-miss; with 2 + 3 it is B")
    func mantaReadFloor() throws {
        let formats = [
            "PR,Number=.,Type=Integer,Description=\"Spanning paired-read support for the ref and alt alleles\"",
            "SR,Number=.,Type=Integer,Description=\"Split reads for the ref and alt alleles\"",
        ]
        let weak = try Self.bcrABL1(format: "PR:SR", formats: formats, sample: "10,0:10,1")
        #expect(weak.candidateGroups == ["A"])
        #expect(
            weak.nearMisses.map { "\($0.alteration) \($0.records.map(\.filter))" }
                == [
                    "BCR::ABL1 [\"1 supporting read < --min-fusion-reads 2 (FORMAT/PR,SR)\", \"1 supporting read < --min-fusion-reads 2 (FORMAT/PR,SR)\"]"
                ])
        #expect(try Self.bcrABL1(format: "PR:SR", formats: formats, sample: "10,2:10,3").candidateGroups == ["B"])
    }

    @Test("DELLY: a PASS BCR::ABL1 with one variant pair (DV+RV) is a near-miss; with three it is B")
    func dellyReadFloor() throws {
        let weak = try Self.dellyBCRABL1(variantPairs: 1)
        #expect(weak.candidateGroups == ["A"])
        #expect(
            weak.nearMisses.map { "\($0.alteration) \($0.records.map(\.filter))" }
                == [
                    "BCR::ABL1 [\"1 supporting read < --min-fusion-reads 2 (DELLY read counts)\", \"1 supporting read < --min-fusion-reads 2 (DELLY read counts)\"]"
                ])
        #expect(try Self.dellyBCRABL1(variantPairs: 3).candidateGroups == ["B"])
    }

    static let fusionCatcherHeader = [
        "Gene_1_symbol(5end_fusion_partner)", "Gene_2_symbol(3end_fusion_partner)", "Fusion_description",
        "Spanning_pairs", "Spanning_unique_reads", "Fusion_point_for_gene_1(5end_fusion_partner)",
        "Fusion_point_for_gene_2(3end_fusion_partner)", "Predicted_effect",
    ].joined(separator: "\t")

    @Test(
        "FusionCatcher: a call its manual gives a very high chance of a false positive ('banned', 'matched-normal') is a near-miss; 'short_distance' is shown and acts",
        arguments: [
            ("known,banned", "FusionCatcher label banned", ["D"]), ("known,matched-normal", "FusionCatcher label matched-normal", ["D"]),
            ("known,short_distance", "FusionCatcher labels short_distance", ["B", "D"]),
        ])
    func fusionCatcherLabels(labels: String, filter: String, groups: [String]) throws {
        let row = ["ETV6", "ABL1", labels, "12", "8", "12:11877207:+", "9:130844794:+", "in-frame"].joined(separator: "\t")
        let sample = try Self.withFusions([row], header: Self.fusionCatcherHeader)
        #expect(sample.candidateGroups == groups)
        let calls = groups == ["D"] ? sample.nearMisses : sample.alterations.filter { $0.gene == "ABL1" }
        #expect(calls.map { "\($0.alteration) \($0.records.map(\.filter))" } == ["ETV6::ABL1 [\"\(filter)\"]"])
    }

    @Test("a LowQual BCR::ABL1 breakend pair is a near-miss the report shows; --include-filtered makes it act")
    func filteredBreakendPair() throws {
        let sample = try #require(try Files.report(Self.bcrABL1("LowQual")).samples.first)
        #expect(sample.candidateGroups == ["A"])
        #expect(
            sample.nearMisses.map { "\($0.gene) \($0.alteration) \($0.ruleID) \($0.records.map(\.filter))" }
                == ["ABL1 BCR::ABL1 B-BCR-ABL1 [\"LowQual\", \"LowQual\"]"])
        #expect(
            Files.flags(sample, .filteredNearMiss).contains {
                $0.hasPrefix("ABL1 BCR::ABL1 (B-BCR-ABL1) would qualify for B but its record failed (LowQual")
            })
        #expect(sample.generic?.reason == .onlyNearMisses)
        let included = try #require(try Files.report(Self.bcrABL1("LowQual")) { $0.includeFiltered = true }.samples.first)
        #expect(included.candidateGroups == ["B"])
        #expect(included.nearMisses.isEmpty)
    }

    @Test("an NF1 <DEL> with FILTER LowQual is a near-miss, not a D and not nothing")
    func filteredSymbolicDeletion() throws {
        let sample = try #require(try Files.report([["17", "31200537", "N", "<DEL>", "LowQual", "SVTYPE=DEL;END=31229965", "0,10"]]).samples.first)
        #expect(sample.candidateGroups == ["A"])
        #expect(sample.nearMisses.map { "\($0.gene) \($0.ruleID) \($0.records.map(\.filter))" } == ["NF1 D-NF1-DELETION [\"LowQual\"]"])
        #expect(Files.flags(sample, .filteredNearMiss).count == 1)
    }

    @Test("a segment file's filter column: a failed NF1 loss is a near-miss; PASS acts")
    func segmentFilterColumn() throws {
        let folder = try TemporaryDirectory()
        func segments(_ filter: String) throws -> String {
            try folder.write("\(filter).cns", ["chromosome\tstart\tend\tlog2\tfilter", "chr17\t31200537\t31229965\t-1.2\t\(filter)"])
        }
        let failed = try #require(
            try Files.report([Files.krasG12D + ["PASS", ".", "60,40"]]) { $0.copyNumberFiles = [try! segments("LowQual")] }.samples.first)
        #expect(failed.candidateGroups == ["D"])
        #expect(failed.alterations.map(\.gene) == ["KRAS"])
        #expect(failed.nearMisses.map { "\($0.gene) \($0.ruleID) \($0.records.map(\.filter))" } == ["NF1 D-NF1-DELETION [\"LowQual\"]"])
        let passed = try #require(
            try Files.report([Files.krasG12D + ["PASS", ".", "60,40"]]) { $0.copyNumberFiles = [try! segments("PASS")] }.samples.first)
        #expect(passed.alterations.map(\.gene).sorted() == ["KRAS", "NF1"])
    }

    static let arribaHeader = [
        "#gene1", "gene2", "strand1(gene/fusion)", "strand2(gene/fusion)", "breakpoint1", "breakpoint2",
        "split_reads1", "split_reads2", "discordant_mates", "confidence", "reading_frame", "direction1", "direction2",
    ]
    .joined(separator: "\t")

    /// A report for a file with KRAS G12D and the fusion table `rows`.
    static func withFusions(_ rows: [String], header: String = arribaHeader, _ configure: (inout RunOptions) -> Void = { _ in }) throws
        -> SampleProfile
    {
        let folder = try TemporaryDirectory()
        let table = try folder.write("fusions.tsv", [header] + rows)
        return try #require(
            try Files.report([Files.krasG12D + ["PASS", ".", "60,40"]]) {
                $0.fusionTables = [table]
                configure(&$0)
            }.samples.first)
    }

    /// ETV6::ABL1 with `split` split reads and Arriba confidence `confidence`.
    static func etv6ABL1(split: Int, confidence: String) -> String {
        ["ETV6", "ABL1", "+/+", "+/+", "12:11877207", "9:130844794", "\(split)", "0", "0", confidence, "in-frame", "downstream", "upstream"]
            .joined(separator: "\t")
    }

    @Test("a one-read, low-confidence Arriba ETV6::ABL1 is not a bare B: a near-miss flagged for confirmation")
    func weakArribaFusion() throws {
        let sample = try Self.withFusions([Self.etv6ABL1(split: 1, confidence: "low")])
        #expect(sample.candidateGroups == ["D"])
        #expect(sample.nearMisses.map { "\($0.alteration) \($0.records.map(\.filter))" } == ["ETV6::ABL1 [\"Arriba confidence low\"]"])
        #expect(
            Files.flags(sample, .filteredNearMiss).contains {
                $0.hasPrefix("ABL1 ETV6::ABL1 (B-ABL1-FUSION) would qualify for B but its record failed (Arriba confidence low)")
                    && $0.hasSuffix("confirm the fusion (RT-PCR, FISH) before ruling out group B")
            })
        // A high-confidence call on one read is below --min-fusion-reads 2; at 0 it acts.
        let oneRead = try Self.withFusions([Self.etv6ABL1(split: 1, confidence: "high")])
        #expect(oneRead.nearMisses.map { $0.records.map(\.filter) } == [["1 supporting read < --min-fusion-reads 2"]])
        let floorOff = try Self.withFusions([Self.etv6ABL1(split: 1, confidence: "high")]) { $0.minimumFusionReads = 0 }
        #expect(floorOff.candidateGroups == ["B", "D"])
        let strong = try Self.withFusions([Self.etv6ABL1(split: 12, confidence: "high")])
        #expect(strong.candidateGroups == ["B", "D"])
    }

    @Test("a STAR-Fusion call below its own FFPM floor is a near-miss")
    func lowFFPMStarFusion() throws {
        let header = [
            "#FusionName", "JunctionReadCount", "SpanningFragCount", "LeftGene", "LeftBreakpoint", "RightGene", "RightBreakpoint",
            "FFPM", "PROT_FUSION_TYPE",
        ].joined(separator: "\t")
        let row = [
            "ETV6--ABL1", "6", "4", "ETV6^ENSG00000139083.11", "chr12:11877207:+", "ABL1^ENSG00000097007.19", "chr9:130844794:+",
            "0.05", "INFRAME",
        ].joined(separator: "\t")
        let sample = try Self.withFusions([row], header: header)
        #expect(sample.nearMisses.map { "\($0.alteration) \($0.records.map(\.filter))" } == ["ETV6::ABL1 [\"STAR-Fusion FFPM 0.05 < 0.1\"]"])
        #expect(sample.candidateGroups == ["D"])
    }

    @Test("the board flag says what is true: ABL2 is not named by B's text, BCR::ABL1 only literally (issue 27 item 9)")
    func boardFlagTexts() throws {
        let abl2 = try Self.withFusions([], header: "ETV6::ABL2")
        #expect(
            Files.flags(abl2, .confirmWithBoard) == [
                "ETV6::ABL2 (B-ABL2-FUSION) is not named by group B's registry text (a candidate from the literature): confirm with the sponsor or iLTB"
            ])
        let bcr = try Self.withFusions([], header: "BCR::ABL1")
        #expect(
            Files.flags(bcr, .confirmWithBoard) == [
                "BCR::ABL1 (B-BCR-ABL1) meets group B only by the literal inclusion text: confirm with the sponsor or iLTB"
            ])
    }
}

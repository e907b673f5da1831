import HemimatchTestSupport
import Knowledge
import Profile
import Run
import Testing

/// Issue 27, in process on hand-written GRCh38 files: evidence that protects a child (a resistance
/// allele, a normal that can testify, a polymorphism) acts whatever the qualifying thresholds say.
@Suite struct ProtectiveEvidenceTests {
    /// A GRCh38 VCF with samples TUMOR (and NORMAL, named by `##normal_sample`) and `records`, each
    /// `CHROM POS REF ALT FILTER INFO TUMOR [NORMAL]` with FORMAT GT:AD.
    static func report(
        _ records: [[String]], normal: Bool = false, extraHeader: [String] = [],
        _ configure: (inout RunOptions) -> Void = { _ in }
    ) throws -> MatchReport {
        let lengths = shippedKnowledgeBase.buildDetector.lengths[.grch38]!
        var lines = ["##fileformat=VCFv4.2"] + ["5", "9", "12", "17", "18", "19", "22"].map { "##contig=<ID=chr\($0),length=\(lengths[$0]!)>" }
        if normal { lines += ["##tumor_sample=TUMOR", "##normal_sample=NORMAL"] }
        lines +=
            [
                "##FILTER=<ID=LowQual,Description=\"Low quality\">",
                "##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"Type of structural variant\">",
                "##INFO=<ID=MATEID,Number=.,Type=String,Description=\"ID of mate breakend\">",
                "##INFO=<ID=END,Number=1,Type=Integer,Description=\"End position\">",
                "##INFO=<ID=CN,Number=1,Type=Integer,Description=\"Copy number\">",
                "##ALT=<ID=DEL,Description=\"Deletion\">",
                "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp|CANONICAL\">",
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
                "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">",
            ] + extraHeader
        lines.append(
            (["#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO", "FORMAT", "TUMOR"] + (normal ? ["NORMAL"] : []))
                .joined(separator: "\t"))
        for record in records {
            let samples = record.dropFirst(6).map { ad in (ad.split(separator: ",").last == "0" ? "0/0:" : "0/1:") + ad }
            lines.append(
                (["chr" + record[0], record[1], ".", record[2], record[3], ".", record[4], record[5], "GT:AD"] + samples)
                    .joined(separator: "\t"))
        }
        let folder = try TemporaryDirectory()
        let path = try folder.write("calls.vcf", lines)
        var options = RunOptions()
        configure(&options)
        return try FileRun(knowledgeBase: shippedKnowledgeBase, options: options).report(input: path, threads: 1)
    }

    // GRCh38 alleles (positions from Reference/hotspot_alleles.tsv).
    static let bcl2G101V = ["18", "63318365", "C", "A"]
    static let jak2R683G = ["9", "5078360", "A", "G"]
    static let krasG12D = ["12", "25245350", "C", "T"]
    static let abl1T315I = ["9", "130872896", "C", "T"]
    static let jak3V722I = ["19", "17834887", "C", "T"]
    /// NUP214::ABL1 as a breakend pair (TestData/structural.grch38.vcf).
    static let nup214ABL1 = [
        ["9", "130844794", "N", "]chr9:131225545]N", "PASS", "SVTYPE=BND;MATEID=b", "0,10"],
        ["9", "131225545", "N", "N[chr9:130844794[", "PASS", "SVTYPE=BND;MATEID=a", "0,10"],
    ]

    /// A VEP entry on the gene's MANE Ensembl transcript.
    static func csq(_ gene: String, alt: String, hgvsc: String, hgvsp: String) -> String {
        "CSQ=\(alt)|missense_variant|\(gene)|\(shippedKnowledgeBase.genes[gene]!.maneEnsembl)|\(hgvsc)|\(hgvsp)|YES"
    }

    static func flags(_ sample: SampleProfile, _ code: ProfileFlag.Code) -> [String] {
        sample.flags.filter { $0.code == code }.map(\.message)
    }

    // MARK: item 1, resistance at any evidence

    @Test("BCL2 G101V at VAF 0.01 beside JAK2 R683G: not a confident C")
    func subclonalResistanceBesideC() throws {
        let sample = try #require(
            try Self.report([
                Self.jak2R683G + ["PASS", ".", "60,40"],
                Self.bcl2G101V + ["PASS", ".", "198,2"],
            ]).samples.first)
        #expect(sample.candidateGroups == ["C"])
        #expect(sample.suggestedGroup == "review")
        #expect(
            Self.flags(sample, .resistanceChange).contains(
                "BCL2 p.G101V (X-BCL2-VENETOCLAX) would exclude B, C (resistance to venetoclax and navitoclax), seen below the qualifying evidence "
                    + "(VAF 0.01, 2 alt reads of 200; below --min-vaf 0.02 (VAF 0.01)): a subclone can carry it; suggestion is review"))
        // The report stores why: the reason, the allele and what was seen, the rule and its sources.
        #expect(
            sample.reviewReasons == [
                ReviewReason(
                    reason: .resistanceBelowEvidence, gene: "BCL2",
                    evidence: "BCL2 p.G101V: seen below the qualifying evidence (below --min-vaf 0.02 (VAF 0.01))", groups: ["B", "C"],
                    cites: ["X-BCL2-VENETOCLAX", "NCT05751044-EXCL5", "NCT05745714-EXCL12"])
            ])
    }

    @Test("BCL2 G101V failing FILTER or below --min-depth still forces review")
    func filteredAndShallowResistance() throws {
        let filtered = try #require(
            try Self.report([
                Self.jak2R683G + ["PASS", ".", "60,40"],
                Self.bcl2G101V + ["LowQual", ".", "80,20"],
            ]).samples.first)
        #expect(filtered.suggestedGroup == "review")
        #expect(
            Self.flags(filtered, .resistanceChange).contains {
                $0.hasPrefix("BCL2 p.G101V (X-BCL2-VENETOCLAX) would exclude B, C") && $0.contains("VAF 0.2, 20 alt reads of 100; LowQual")
            })
        let shallow = try #require(
            try Self.report([
                Self.jak2R683G + ["PASS", ".", "60,40"],
                Self.bcl2G101V + ["PASS", ".", "3,3"],
            ]).samples.first)
        #expect(shallow.suggestedGroup == "review")
        #expect(Self.flags(shallow, .resistanceChange).contains { $0.contains("VAF 0.5, 3 alt reads of 6; below --min-depth 10 (depth 6)") })
    }

    @Test("an annotated BCL2 F104I or G101A at a registry-named codon beside JAK2 R683G: review, as unannotated")
    func otherChangesAtNamedCodons() throws {
        for (position, ref, alt, hgvsc, hgvsp) in [
            ("63318357", "A", "T", "c.310T>A", "p.Phe104Ile"), ("63318365", "C", "G", "c.302G>C", "p.Gly101Ala"),
        ] {
            let sample = try #require(
                try Self.report([
                    Self.jak2R683G + ["PASS", Self.csq("JAK2", alt: "G", hgvsc: "c.2047A>G", hgvsp: "p.Arg683Gly"), "60,40"],
                    ["18", position, ref, alt, "PASS", Self.csq("BCL2", alt: alt, hgvsc: hgvsc, hgvsp: hgvsp), "60,40"],
                ]).samples.first)
            #expect(sample.suggestedGroup == "review", "\(hgvsp)")
            #expect(
                Self.flags(sample, .resistanceChange).contains {
                    $0.hasPrefix("BCL2 p.") && $0.contains("(X-BCL2-VENETOCLAX-OTHER) is a resistance change for venetoclax, which group C gives")
                }, "\(hgvsp)")
            #expect(sample.reviewReasons?.map(\.reason) == [.resistanceToCandidateDrug], "\(hgvsp)")
            #expect(sample.reviewReasons?.first?.groups == ["C"], "\(hgvsp)")
            #expect(sample.advisories?.map(\.ruleID) == ["X-BCL2-VENETOCLAX-OTHER"], "\(hgvsp)")
        }
    }

    @Test("a third-base change of G101's GGN codon is synonymous: not an exclusion left unevaluated")
    func synonymousAtExclusionCodon() throws {
        // c.303C>T (GGC>GGT) on the minus strand: genomic G>A at 63318364.
        let sample = try #require(
            try Self.report([
                Self.krasG12D + ["PASS", ".", "60,40"],
                ["18", "63318364", "G", "A", "PASS", ".", "60,40"],
            ]).samples.first)
        #expect(Self.flags(sample, .exclusionNotEvaluated).isEmpty)
        #expect(sample.suggestedGroup == "D")
        // A second-base change at the same codon is not provably synonymous: still not evaluated.
        let second = try #require(
            try Self.report([
                Self.krasG12D + ["PASS", ".", "60,40"],
                ["18", "63318365", "C", "G", "PASS", ".", "60,40"],
            ]).samples.first)
        #expect(Self.flags(second, .exclusionNotEvaluated).count == 1)
        #expect(second.suggestedGroup == "review")
        #expect(second.reviewReasons?.map(\.reason) == [.exclusionNotEvaluated])
        #expect(second.reviewReasons?.first?.cites.first == "X-BCL2-VENETOCLAX")
    }

    @Test("ABL1 T315I beside NUP214::ABL1 (dasatinib resistance on B): review, not a bare B")
    func dasatinibResistanceOnB() throws {
        let sample = try #require(try Self.report(Self.nup214ABL1 + [Self.abl1T315I + ["PASS", ".", "60,40"]]).samples.first)
        #expect(sample.candidateGroups == ["B"])
        #expect(sample.suggestedGroup == "review")
        #expect(Self.flags(sample, .resistanceChange).count == 1)
    }

    @Test("ABL1 T315I beside KRAS G12D: D, the resistance change stored for a later decision (a sheet can make B a candidate)")
    func anAdvisoryIsStoredWithoutACandidateItConcerns() throws {
        let sample = try #require(try Self.report([Self.krasG12D + ["PASS", ".", "60,40"], Self.abl1T315I + ["PASS", ".", "60,40"]]).samples.first)
        #expect(sample.suggestedGroup == "D")
        #expect(sample.reviewReasons == [])
        #expect(sample.advisories?.map { "\($0.gene) \($0.alteration) \($0.ruleID)" } == ["ABL1 p.T315I X-ABL1-DASATINIB-RESISTANCE"])
        #expect(Self.flags(sample, .resistanceChange).isEmpty)
    }

    @Test("BCL2 G101V excluding B leaves A, whose venetoclax it resists: review")
    func resistanceOnTheGenericArm() throws {
        let sample = try #require(try Self.report(Self.nup214ABL1 + [Self.bcl2G101V + ["PASS", ".", "60,40"]]).samples.first)
        #expect(sample.candidateGroups == ["A"])
        #expect(sample.excludedGroups == ["B"])
        #expect(sample.suggestedGroup == "review")
    }

    // MARK: item 2, a normal that can testify

    @Test("KRAS G12D with one read in a five-read normal is D, the shallow normal said")
    func shallowNormal() throws {
        let sample = try #require(try Self.report([Self.krasG12D + ["PASS", ".", "60,40", "4,1"]], normal: true).samples.first)
        #expect(sample.suggestedGroup == "D")
        #expect(Self.flags(sample, .germlineInNormal).isEmpty && Self.flags(sample, .germlineRASopathy).isEmpty)
        #expect(
            Self.flags(sample, .normalTooShallow) == [
                "KRAS p.G12D (D-KRAS-HOTSPOT) is in the normal NORMAL with depth 5, 1 alt read: too shallow to tell germline from tumor-in-normal (a germline call needs depth >= 8 and >= 2 alt reads); kept as the tumor's, check the normal"
            ])
    }

    @Test("a somatic-only hotspot in a blast-contaminated normal below the tumor's VAF is kept: tumor-in-normal")
    func contaminatedNormal() throws {
        let sample = try #require(try Self.report([Self.krasG12D + ["PASS", ".", "50,50", "75,25"]], normal: true).samples.first)
        #expect(sample.suggestedGroup == "D")
        #expect(
            Self.flags(sample, .tumorInNormal) == [
                "KRAS p.G12D (D-KRAS-HOTSPOT) has VAF 0.25 in the normal NORMAL, a somatic-only hotspot below the tumor's VAF 0.5: kept as the tumor's; possible tumor-in-normal contamination, check the normal"
            ])
        // At the tumor's own level in a deep normal it is germline, as before.
        let inherited = try #require(try Self.report([Self.krasG12D + ["PASS", ".", "50,50", "50,50"]], normal: true).samples.first)
        #expect(inherited.candidateGroups == ["A"])
        #expect(inherited.nearMisses.map(\.nearMissReason) == [.germline])
    }

    @Test("a Noonan child's germline PTPN11 N308D: a possible D shown to the board, suggestion review")
    func constitutionalAllele() throws {
        let position = try #require(shippedKnowledgeBase.transcripts[.grch38]?["PTPN11"]?.genomicPosition(ofCoding: 922))
        let n308d = ["12", "\(position)", "A", "G", "PASS", Self.csq("PTPN11", alt: "G", hgvsc: "c.922A>G", hgvsp: "p.Asn308Asp")]
        let paired = try #require(try Self.report([n308d + ["50,50", "48,52"]], normal: true).samples.first)
        #expect(paired.candidateGroups == ["A"])
        #expect(paired.suggestedGroup == "review")
        #expect(paired.nearMisses.map { "\($0.gene) \($0.alteration) \($0.nearMissReason?.rawValue ?? "")" } == ["PTPN11 p.N308D germline"])
        #expect(Self.flags(paired, .germlineRASopathy).count == 1)
        let alone = try #require(try Self.report([n308d + ["50,50"]]).samples.first)
        #expect(alone.candidateGroups == ["D"])
        #expect(alone.suggestedGroup == "review")
        #expect(Self.flags(alone, .germlineRASopathy).count == 1)
        // A germline allele the table does not list as constitutional raises no RASopathy flag.
        let kras = try #require(try Self.report([Self.krasG12D + ["PASS", ".", "50,50", "50,50"]], normal: true).samples.first)
        #expect(Self.flags(kras, .germlineRASopathy).isEmpty)
    }

    // MARK: item 3, polymorphisms never qualify

    @Test("JAK3 V722I is never C, whatever --max-population-af says", arguments: [0.001, 0.01, 0.5])
    func polymorphismWhateverTheThreshold(limit: Double) throws {
        let csq = Self.csq("JAK3", alt: "T", hgvsc: "c.2164G>A", hgvsp: "p.Val722Ile")
        let sample = try #require(
            try Self.report([Self.jak3V722I + ["PASS", csq, "50,50"]]) { $0.thresholds.maximumPopulationAF = limit }.samples.first)
        #expect(sample.candidateGroups == ["A"])
        #expect(sample.nearMisses.map(\.nearMissReason) == [.commonPolymorphism])
    }

    @Test("frequencies as gnomAD's grpmax: bottlenecked groups and small allele numbers left out; a hotspot kept and flagged")
    func populationFrequencyAsGnomAD() throws {
        let header =
            ["AF_asj", "AF_nfe"].map { "##INFO=<ID=\($0),Number=A,Type=Float,Description=\"gnomAD frequency\">" }
            + ["##INFO=<ID=AN_nfe,Number=1,Type=Integer,Description=\"gnomAD allele number\">"]
        let l679f = ["9", "5078348", "C", "T", "PASS"]
        let csq = Self.csq("JAK2", alt: "T", hgvsc: "c.2035C>T", hgvsp: "p.Leu679Phe")
        func groups(_ info: String) throws -> [String] {
            try #require(try Self.report([l679f + ["\(csq);\(info)", "50,50"]], extraHeader: header).samples.first).candidateGroups
        }
        #expect(try groups("AF_asj=0.2") == ["C"])
        #expect(try groups("AF_nfe=0.2;AN_nfe=500") == ["C"])
        #expect(try groups("AF_nfe=0.2;AN_nfe=60000") == ["A"])
        let hotspot = try #require(
            try Self.report([Self.krasG12D + ["PASS", "AF_nfe=0.01;AN_nfe=60000", "50,50"]], extraHeader: header).samples.first)
        #expect(hotspot.suggestedGroup == "D")
        #expect(
            Self.flags(hotspot, .commonPolymorphism) == [
                "KRAS p.G12D (D-KRAS-HOTSPOT) is a knowledge-base hotspot allele with AF_nfe 0.01 > --max-population-af 0.001: kept, never dropped on frequency alone; check whether it is inherited (clonal haematopoiesis, a constitutional allele)"
            ])
    }
}

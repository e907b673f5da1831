import Annotation
import Knowledge
import Matching
import Testing

@Suite struct RuleEvaluatorTests {
    let evaluator = RuleEvaluator(rules: Fixtures.knowledgeBase.rules)

    private func names(
        _ gene: String, _ hgvs: String, consequences: Set<String> = [], exon: Int? = nil, intron: Int? = nil,
        hgvsc: String = ""
    ) -> [String] {
        let effect = VariantEffect(
            gene: gene, change: ProteinChange(hgvs: hgvs), consequences: consequences, exon: exon,
            intron: intron, hgvsc: hgvsc)
        return evaluator.matches(effect).map { "\($0.rule.id) \($0.alteration)" }
    }

    @Test func missenseAtAListedCodonMatches() {
        #expect(names("KRAS", "p.Gly12Val") == ["D-KRAS-HOTSPOT p.G12V"])
        #expect(names("NRAS", "p.Q61R") == ["D-NRAS-HOTSPOT p.Q61R"])
        #expect(names("HRAS", "p.G13R") == ["D-HRAS-HOTSPOT p.G13R"])
        #expect(names("FLT3", "p.D835Y") == ["D-FLT3-TKD p.D835Y"])
        #expect(names("BRAF", "p.V600E") == ["D-BRAF-HOTSPOT p.V600E"])
    }

    @Test func wrongResidueSynonymousNonsenseAndOtherCodonsDoNotMatch() {
        #expect(names("KRAS", "p.A12V").isEmpty, "the reference residue must agree (another isoform's numbering)")
        #expect(names("KRAS", "p.G12=").isEmpty)
        #expect(names("KRAS", "p.G12*").isEmpty)
        #expect(names("KRAS", "p.G14V").isEmpty)
        #expect(names("BRAF", "p.V640E").isEmpty, "V600E numbered on another transcript is not a second hotspot")
        #expect(names("TP53", "p.R175H").isEmpty, "not a panel gene")
    }

    @Test func missenseInADomainWindow() {
        #expect(names("JAK2", "p.R683G") == ["C-JAK2-DOMAINS p.R683G"])
        #expect(names("JAK2", "p.V617F") == ["C-JAK2-DOMAINS p.V617F"])
        #expect(names("JAK2", "p.E100K").isEmpty, "the FERM domain is outside the window")
        #expect(names("JAK3", "p.M511I") == ["C-JAK3-DOMAINS p.M511I"])
        #expect(names("IL7R", "p.V253G") == ["C-IL7R-TM-MISSENSE p.V253G"])
        #expect(names("CBL", "p.Y371H") == ["D-CBL-LINKER-RING p.Y371H"])
    }

    @Test func exactProteinChangesAndExclusions() {
        #expect(names("CRLF2", "p.Phe232Cys") == ["C-CRLF2-F232C p.F232C"])
        #expect(names("CRLF2", "p.F232L").isEmpty)
        #expect(names("IL7R", "p.S185C") == ["C-IL7R-S185C p.S185C"])
        // The registry's "e.g.": its own alleles exclude, any other change at G101/F104 is advisory (issue 27).
        #expect(names("BCL2", "p.Gly101Val") == ["X-BCL2-VENETOCLAX p.G101V", "X-BCL2-VENETOCLAX-OTHER p.G101V"])
        #expect(names("BCL2", "p.F104C") == ["X-BCL2-VENETOCLAX p.F104C", "X-BCL2-VENETOCLAX-OTHER p.F104C"])
        #expect(names("BCL2", "p.F104V") == ["X-BCL2-VENETOCLAX-OTHER p.F104V"])
        #expect(names("JAK2", "p.Y931C") == ["C-JAK2-DOMAINS p.Y931C", "X-JAK2-Y931C p.Y931C"], "qualifies and excludes at once")
        #expect(names("JAK1", "p.F958V") == ["C-JAK1-DOMAINS p.F958V", "X-JAK1-F958-P960 p.F958V"])
    }

    @Test func inFrameIndelsInTheirWindow() {
        #expect(names("IL7R", "p.Leu242_Leu243insGlyCysPro") == ["C-IL7R-TM p.L242_L243insGCP"])
        #expect(names("IL7R", "p.Leu200_Leu201insGlyCys").isEmpty)
        #expect(names("FLT3", "p.Ile836del") == ["D-FLT3-TKD-INDEL p.I836del"])
        #expect(names("MAP2K1", "p.Glu102_Ile103del") == ["D-MAP2K1-INFRAME-DEL p.E102_I103del"])
        #expect(names("IL7R", "p.Leu242fs").isEmpty, "a frameshift is not in-frame")
    }

    @Test func flt3InsertionOrDuplicationInTheJuxtamembraneRegionIsAnITD() {
        #expect(names("FLT3", "p.Phe594_Asp600dup") == ["D-FLT3-ITD ITD"])
        #expect(names("FLT3", "p.E604_F605insSPRGGNEYFYVDFREYEYDLKWE") == ["D-FLT3-ITD ITD"])
        #expect(names("FLT3", "p.Tyr597_Glu598delinsAspValAspPheArg") == ["D-FLT3-ITD ITD"])
        #expect(names("FLT3", "p.Tyr597_Glu598del").isEmpty, "a deletion gains nothing")
        #expect(names("FLT3", "p.Ala680_Ala681insGlyGly").isEmpty, "outside the juxtamembrane window")
    }

    @Test func truncatingChanges() {
        #expect(names("NF1", "p.Arg1362Ter", consequences: ["stop_gained"]) == ["D-NF1-TRUNCATING p.R1362*"])
        #expect(names("SH2B3", "p.Ala48GlyfsTer18", consequences: ["frameshift_variant"]) == ["C-SH2B3-TRUNCATING p.A48Gfs*18"])
        #expect(
            names("NF1", "", consequences: ["splice_donor_variant"], intron: 12, hgvsc: "ENST1:c.1527+1G>A")
                == ["D-NF1-TRUNCATING c.1527+1G>A"])
        #expect(names("NF1", "p.R1362Q", consequences: ["missense_variant"]).isEmpty)
        #expect(names("NF1", "", consequences: ["splice_region_variant", "intron_variant"], intron: 12).isEmpty)
    }

    @Test func eporTruncationCountsOnlyInExon8() {
        #expect(names("EPOR", "p.Trp439Ter", consequences: ["stop_gained"], exon: 8) == ["C-EPOR-TRUNCATING p.W439*"])
        #expect(names("EPOR", "p.Trp100Ter", consequences: ["stop_gained"], exon: 3).isEmpty)
        #expect(names("EPOR", "p.Trp439Ter", consequences: ["stop_gained"]).isEmpty, "without an exon number it cannot be placed")
    }

    @Test func cblSpliceSitesNextToExons8And9() {
        #expect(
            names("CBL", "p.?", consequences: ["splice_acceptor_variant"], intron: 7, hgvsc: "c.1096-1G>C")
                == ["D-CBL-EXON8-9-SPLICE c.1096-1G>C"])
        #expect(
            names("CBL", "p.?", consequences: ["splice_donor_variant"], intron: 9, hgvsc: "c.1227+1G>A")
                == ["D-CBL-EXON8-9-SPLICE c.1227+1G>A"])
        #expect(names("CBL", "p.?", consequences: ["splice_donor_variant"], intron: 3).isEmpty)
    }

    @Test func activatingChangesOfSTAT5BAndAnyProteinChangeOfDNM2() {
        #expect(names("STAT5B", "p.Asn642His", consequences: ["missense_variant"]) == ["C-STAT5B-MISSENSE p.N642H"])
        #expect(names("STAT5B", "p.Gln34Ter", consequences: ["stop_gained"]).isEmpty, "truncating STAT5B is not activating")
        #expect(names("STAT5B", "p.Ile704_Lys706del", consequences: ["inframe_deletion"]) == ["C-STAT5B-INFRAME p.I704_K706del"])
        #expect(names("DNM2", "p.Val265Gly", consequences: ["missense_variant"]) == ["C-DNM2-MUTATION p.V265G"])
        #expect(names("STAT5B", "p.Asn642=", consequences: ["synonymous_variant"]).isEmpty)
    }
    /// The matcher builds no effect for an entry `mayMeet` declines: no rule of the knowledge base may
    /// then be met, whatever the exon, intron or c. change.
    @Test func anEntryWithoutAProteinChangeOrAProteinAlteringTermMeetsNoRule() {
        let silent: [[String]] = [
            [], ["intron_variant"], ["synonymous_variant"], ["missense_variant"], ["inframe_insertion"], ["splice_region_variant", "intron_variant"],
            ["5_prime_UTR_variant"], ["upstream_gene_variant"], ["non_coding_transcript_exon_variant"],
        ]
        for gene in evaluator.genes.sorted() {
            for consequences in silent {
                #expect(!RuleEvaluator.mayMeet(change: nil, consequences: consequences))
                for (exon, intron) in [(nil, nil), (1, nil), (2, nil), (nil, 1), (nil, 13)] as [(Int?, Int?)] {
                    let effect = VariantEffect(
                        gene: gene, change: nil, consequences: Set(consequences), exon: exon, intron: intron, hgvsc: "ENST1:c.100+5G>A")
                    #expect(evaluator.matches(effect).isEmpty, "\(gene) \(consequences)")
                }
            }
        }
        #expect(RuleEvaluator.mayMeet(change: nil, consequences: ["intron_variant", "splice_donor_variant"]))
        #expect(RuleEvaluator.mayMeet(change: nil, consequences: ["stop_gained"]))
        #expect(RuleEvaluator.mayMeet(change: ProteinChange(hgvs: "p.G12D"), consequences: []))
        #expect(names("NF1", "", consequences: ["stop_gained"], exon: 10) != [], "a term alone can meet a rule")
    }
}

/// `kb show RULE`'s known alleles: the hotspot alleles of the rule's gene whose change the rule admits.
@Suite struct AdmittedAllelesTests {
    @Test func aRuleAdmitsTheHotspotAllelesItsChangeMeets() throws {
        let kb = Fixtures.fixtureKnowledgeBase
        let codon12 = try #require(kb.rules.first { $0.id == "FIX-D-KRAS-G12" })
        let codon61 = try #require(kb.rules.first { $0.id == "FIX-E-KRAS-Q61" })
        #expect(RuleEvaluator.admittedAlleles(codon12, in: kb).map(\.protein) == ["p.G12D"])
        #expect(RuleEvaluator.admittedAlleles(codon61, in: kb).isEmpty)
    }
}

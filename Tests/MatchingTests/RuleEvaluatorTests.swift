import Annotation
import Knowledge
import Matching
import Testing

@Suite struct RuleEvaluatorTests {
    let evaluator = RuleEvaluator(rules: Fixtures.knowledgeBase.rules)

    private func names(_ gene: String, _ hgvs: String) -> [String] {
        guard let change = ProteinChange(hgvs: hgvs) else { return ["unparsable"] }
        return evaluator.matches(gene: gene, change: change).map { "\($0.rule.id) \($0.alteration)" }
    }

    @Test func missenseAtAListedCodonMatches() {
        #expect(names("KRAS", "p.Gly12Val") == ["D-KRAS-HOTSPOT p.G12V"])
        #expect(names("NRAS", "p.Q61R") == ["D-NRAS-HOTSPOT p.Q61R"])
        #expect(names("FLT3", "p.D835Y") == ["D-FLT3-TKD p.D835Y"])
        #expect(names("JAK2", "p.R683G") == ["C-JAK2-HOTSPOT p.R683G"])
    }

    @Test func wrongResidueSynonymousNonsenseAndOtherCodonsDoNotMatch() {
        #expect(names("KRAS", "p.A12V").isEmpty, "the reference residue must agree (another isoform's numbering)")
        #expect(names("KRAS", "p.G12=").isEmpty)
        #expect(names("KRAS", "p.G12*").isEmpty)
        #expect(names("KRAS", "p.G14V").isEmpty)
        #expect(names("BRAF", "p.V600E").isEmpty, "BRAF has no rule in this knowledge base")
    }

    @Test func exactProteinChangeRules() {
        #expect(names("CRLF2", "p.Phe232Cys") == ["C-CRLF2-F232C p.F232C"])
        #expect(names("CRLF2", "p.F232L").isEmpty)
        #expect(names("IL7R", "p.S185C") == ["C-IL7R-S185C p.S185C"])
    }

    @Test func inFrameIndelsInTheirWindow() {
        #expect(names("IL7R", "p.Leu242_Leu243insGlyCysPro") == ["C-IL7R-TM p.L242_L243insGCP"])
        #expect(names("IL7R", "p.Leu200_Leu201insGlyCys").isEmpty)
        #expect(names("FLT3", "p.Ile836del") == ["D-FLT3-TKD-INDEL p.I836del"])
        #expect(names("IL7R", "p.Leu242fs").isEmpty, "a frameshift is not in-frame")
    }

    @Test func flt3InsertionOrDuplicationInTheJuxtamembraneRegionIsAnITD() {
        #expect(names("FLT3", "p.Phe594_Asp600dup") == ["D-FLT3-ITD ITD"])
        #expect(names("FLT3", "p.E604_F605insSPRGGNEYFYVDFREYEYDLKWE") == ["D-FLT3-ITD ITD"])
        #expect(names("FLT3", "p.Tyr597_Glu598delinsAspValAspPheArg") == ["D-FLT3-ITD ITD"])
        #expect(names("FLT3", "p.Tyr597_Glu598del").isEmpty, "a deletion gains nothing")
        #expect(names("FLT3", "p.Ala680_Ala681insGlyGly").isEmpty, "outside the juxtamembrane window")
    }
}

import Annotation
import Testing

@testable import Assessment

@Suite struct GermlineScreenTests {
    typealias F = AssessmentFixtures
    /// Sample 0 the tumor, sample 1 the normal `N`.
    let screen = GermlineScreen(
        maximumPopulationAF: 0.001, germlineNormalVAF: 0.2, normals: [(1, "N")],
        knowledgeBase: AssessmentFixtures.knowledgeBase)

    @Test func germlineLevelSupportInTheNormalIsGermlineAndANearMiss() {
        let finding = F.finding("D-PTPN11-ACTIVATING", "p.E76K", support: [F.support(ref: 50, alt: 50), F.support(ref: 55, alt: 45)])
        let verdict = screen.verdict(finding)
        #expect(verdict == .germline(normal: "N", vaf: 0.45, constitutional: false))
        #expect(screen.nearMiss(verdict)?.reason == .germline)
        #expect(screen.nearMiss(verdict)?.detail == "germline: VAF 0.45 in the normal N (>= 0.2)")
        #expect(
            screen.flags(verdict, finding: finding).map(\.message) == [
                "PTPN11 p.E76K (D-PTPN11-ACTIVATING) would qualify for D but is germline (VAF 0.45 in the normal N); not an alteration; germline PTPN11 variants are RASopathy or JMML-predisposition (policy.tsv): a finding for genetics"
            ], "germline-rasopathy only for the knowledge base's constitutional alleles (issue 27); the gene's syndrome is still said")
    }

    @Test func aListedConstitutionalAlleleNamesItsSyndromeInItsOwnFlagOnly() {
        let finding = F.finding("D-PTPN11-ACTIVATING", "p.N308D", support: [F.support(ref: 50, alt: 50), F.support(ref: 50, alt: 50)])
        let verdict = screen.verdict(finding)
        #expect(verdict == .germline(normal: "N", vaf: 0.5, constitutional: true))
        let flags = screen.flags(verdict, finding: finding)
        #expect(flags.map(\.code) == [.germlineInNormal, .germlineRASopathy])
        #expect(!flags[0].message.contains("a finding for genetics"))
    }

    @Test func aGermlineAlleleOfAGeneWithoutASyndromeRaisesOneFlag() {
        let finding = F.finding("C-JAK2-DOMAINS", "p.R683G", support: [F.support(ref: 50, alt: 50), F.support(ref: 50, alt: 50)])
        #expect(screen.flags(screen.verdict(finding), finding: finding).map(\.code) == [.germlineInNormal])
    }

    @Test func aNormalGenotypeWithoutCountsIsGermline() {
        let normal = F.genotypeOnly([0, 1])
        let finding = F.finding("D-KRAS-HOTSPOT", "p.G12D", support: [F.support(ref: 60, alt: 40), normal])
        let verdict = screen.verdict(finding)
        #expect(verdict == .germline(normal: "N", vaf: nil, constitutional: false))
        #expect(screen.nearMiss(verdict)?.detail == "germline: genotyped in the normal N")
    }

    @Test func lowSupportInTheNormalIsTumorInNormalAndStaysTheTumors() {
        let finding = F.finding("D-KRAS-HOTSPOT", "p.G12D", support: [F.support(ref: 60, alt: 40), F.support(ref: 95, alt: 5)])
        let verdict = screen.verdict(finding)
        #expect(verdict == .tumorInNormal(normal: "N", vaf: 0.05, tumorVAF: nil, somaticOnly: true))
        #expect(screen.nearMiss(verdict) == nil)
        #expect(
            screen.flags(verdict, finding: finding).map(\.message) == [
                "KRAS p.G12D (D-KRAS-HOTSPOT) has VAF 0.05 in the normal N, below the germline level 0.2: kept as the tumor's; possible tumor-in-normal contamination, check the normal"
            ])
    }

    @Test func aCommonAlleleIsAPolymorphismUnlessTheNormalSaysGermline() {
        let common = PopulationFrequency(value: 0.25, field: "gnomADg_AF")
        let tumorOnly = GermlineScreen(maximumPopulationAF: 0.001, germlineNormalVAF: 0.2, normals: [])
        let finding = F.finding("C-IL7R-TM-MISSENSE", "p.T244I", support: [F.support(ref: 50, alt: 50)], population: common)
        let verdict = tumorOnly.verdict(finding)
        #expect(verdict == .commonPolymorphism(common))
        #expect(tumorOnly.nearMiss(verdict)?.reason == .commonPolymorphism)
        #expect(tumorOnly.nearMiss(verdict)?.detail == "common-polymorphism: gnomADg_AF 0.25 > --max-population-af 0.001")
        #expect(
            tumorOnly.flags(verdict, finding: finding).map(\.message) == [
                "IL7R p.T244I (C-IL7R-TM-MISSENSE) would qualify for C but is a common polymorphism: gnomADg_AF 0.25 > --max-population-af 0.001; not an alteration"
            ])
        let inNormal = F.finding(
            "C-IL7R-TM-MISSENSE", "p.T244I", support: [F.support(ref: 50, alt: 50), F.support(ref: 50, alt: 50)],
            population: common)
        #expect(screen.verdict(inNormal) == .commonPolymorphism(common), "a polymorphism whatever the normal says")
    }

    @Test func aRareAlleleAbsentFromTheNormalIsSomatic() {
        let rare = PopulationFrequency(value: 0.0001, field: "gnomADg_AF")
        let finding = F.finding(
            "D-KRAS-HOTSPOT", "p.G12D", support: [F.support(ref: 60, alt: 40), F.support(gt: [0, 0], ref: 80, alt: 0)],
            population: rare)
        #expect(screen.verdict(finding) == .somatic)
        #expect(screen.flags(.somatic, finding: finding).isEmpty)
    }

    @Test func smallFrequenciesAreWrittenShort() {
        #expect(GermlineScreen.format(0.27) == "0.27")
        #expect(GermlineScreen.format(0.123456) == "0.1235")
        #expect(GermlineScreen.format(0.000023) == "2.3e-05")
    }

    // Boundaries (test audit defect 1): the normal's germline level is inclusive, the population
    // frequency ceiling exclusive. A JAK2 change that is no hotspot allele, so no hotspot exception applies.

    @Test func aNormalVAFExactlyAtTheGermlineLevelIsGermlineJustBelowItTumorInNormal() {
        let at = F.finding("C-JAK2-DOMAINS", "p.A600V", support: [F.support(ref: 60, alt: 40), F.support(ref: 80, alt: 20)])
        #expect(screen.verdict(at) == .germline(normal: "N", vaf: 0.2, constitutional: false))
        let below = F.finding("C-JAK2-DOMAINS", "p.A600V", support: [F.support(ref: 60, alt: 40), F.support(ref: 81, alt: 19)])
        #expect(screen.verdict(below) == .tumorInNormal(normal: "N", vaf: 0.19, tumorVAF: nil, somaticOnly: false))
    }

    @Test func aPopulationFrequencyExactlyAtTheCeilingIsNotCommonJustAboveItIs() {
        let tumorOnly = GermlineScreen(maximumPopulationAF: 0.001, germlineNormalVAF: 0.2, normals: [])
        let at = PopulationFrequency(value: 0.001, field: "gnomADg_AF")
        #expect(tumorOnly.verdict(F.finding("C-JAK2-DOMAINS", "p.A600V", support: [F.support(ref: 50, alt: 50)], population: at)) == .somatic)
        let above = PopulationFrequency(value: 0.0011, field: "gnomADg_AF")
        #expect(
            tumorOnly.verdict(F.finding("C-JAK2-DOMAINS", "p.A600V", support: [F.support(ref: 50, alt: 50)], population: above))
                == .commonPolymorphism(above))
    }

    @Test func germlineInTheNormalAndCommonInThePopulationIsACommonPolymorphism() {
        // The population verdict comes first: the allele is common, whatever the normal adds.
        let common = PopulationFrequency(value: 0.3, field: "gnomADg_AF")
        let finding = F.finding("C-JAK2-DOMAINS", "p.A600V", support: [F.support(ref: 50, alt: 50), F.support(ref: 50, alt: 50)], population: common)
        #expect(screen.verdict(finding) == .commonPolymorphism(common))
    }

    @Test func twoNormalsTheFirstThatTestifiesDecides() {
        let twoNormals = GermlineScreen(
            maximumPopulationAF: 0.001, germlineNormalVAF: 0.2, normals: [(1, "N1"), (2, "N2")],
            knowledgeBase: AssessmentFixtures.knowledgeBase)
        let finding = F.finding(
            "C-JAK2-DOMAINS", "p.A600V",
            support: [
                F.support(ref: 60, alt: 40), F.support(gt: [0, 0], ref: 90, alt: 0),
                F.support(ref: 50, alt: 50),
            ])
        #expect(twoNormals.verdict(finding) == .germline(normal: "N2", vaf: 0.5, constitutional: false), "N1 has no read of it; N2 half")
    }
}

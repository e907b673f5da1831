import CallerEvidence
import Knowledge
import Matching
import Profile
import Testing

@testable import Assessment

@Suite struct ProfileBuilderTests {
    typealias F = AssessmentFixtures

    func builder(normals: [Int] = [], names: [String] = [], annotated: Bool = true) -> ProfileBuilder {
        var context = ProfileBuilder.Context(build: .grch38, annotated: annotated, normalIndices: normals)
        context.normalNames = names
        return ProfileBuilder(knowledgeBase: F.knowledgeBase, context: context)
    }

    @Test func oneAlterationPerRuleAndChangeWithEveryRecordInFileOrder() {
        let g12d = F.finding("D-KRAS-HOTSPOT", "p.G12D", support: [F.support(ref: 60, alt: 40)])
        let again = F.finding(
            "D-KRAS-HOTSPOT", "p.G12D", evidence: .allele(contig: "chr12", position: 25245350, ref: "C", alt: "T"),
            support: [F.support(ref: 70, alt: 30)])
        let r683g = F.finding(
            "C-JAK2-DOMAINS", "p.R683G", evidence: .allele(contig: "chr9", position: 5078360, ref: "A", alt: "G"),
            support: [F.support(ref: 50, alt: 50)])
        let profile = builder().profiles(findings: [g12d, r683g, again], samples: [("T", 0)])[0]
        #expect(profile.alterations.map(\.alteration) == ["p.G12D", "p.R683G"])
        #expect(profile.alterations[0].records.map(\.vaf) == [0.4, 0.3])
        #expect(profile.alterations[0].sources.map(\.id) == ["NCT05658640", "CHANG2018", "DOCM2016", "IRVING2014"])
        #expect(profile.candidateGroups == ["C", "D"])
        #expect(profile.suggestedGroup == "review")
    }

    @Test func weakEvidenceMakesANearMissNamingTheThreshold() {
        let low = F.finding("D-KRAS-HOTSPOT", "p.G12D", support: [F.support(ref: 990, alt: 10)])
        let shallow = F.finding(
            "C-JAK2-DOMAINS", "p.R683G", evidence: .allele(contig: "chr9", position: 5078360, ref: "A", alt: "G"),
            support: [F.support(ref: 3, alt: 2)])
        let profile = builder().profiles(findings: [low, shallow], samples: [("T", 0)])[0]
        #expect(profile.alterations.isEmpty)
        #expect(profile.nearMisses.map { $0.records.map(\.filter) } == [["below --min-vaf 0.02 (VAF 0.01)"], ["below --min-depth 10 (depth 5)"]])
        #expect(profile.suggestedGroup == "A")
        #expect(profile.generic?.reason == .onlyNearMisses)
        #expect(
            profile.flags.filter { $0.code == .filteredNearMiss }.map(\.message) == [
                "JAK2 p.R683G (C-JAK2-DOMAINS) would qualify for C but below --min-depth 10 (depth 5)",
                "KRAS p.G12D (D-KRAS-HOTSPOT) would qualify for D but below --min-vaf 0.02 (VAF 0.01)",
            ])
    }

    @Test func theThresholdsThemselvesQualify() {
        // VAF exactly --min-vaf 0.02 (2 of 100) and depth exactly --min-depth 10 are alterations; depth 9 is a near-miss.
        let atVAF = F.finding("D-KRAS-HOTSPOT", "p.G12D", support: [F.support(ref: 98, alt: 2)])
        let atDepth = F.finding(
            "C-JAK2-DOMAINS", "p.R683G", evidence: .allele(contig: "chr9", position: 5078360, ref: "A", alt: "G"),
            support: [F.support(ref: 6, alt: 4)])
        let profile = builder().profiles(findings: [atVAF, atDepth], samples: [("T", 0)])[0]
        #expect(profile.alterations.map { "\($0.gene) \($0.alteration)" } == ["KRAS p.G12D", "JAK2 p.R683G"])
        #expect(profile.nearMisses.isEmpty)
        let belowDepth = F.finding(
            "C-JAK2-DOMAINS", "p.R683G", evidence: .allele(contig: "chr9", position: 5078360, ref: "A", alt: "G"),
            support: [F.support(ref: 5, alt: 4)])
        let shallow = builder().profiles(findings: [belowDepth], samples: [("T", 0)])[0]
        #expect(shallow.nearMisses.map { $0.records.map(\.filter) } == [["below --min-depth 10 (depth 9)"]])
    }

    @Test func aGermlineAlleleNeverQualifiesAndIsGroupedApartFromTheSomaticOne() {
        let inherited = F.finding("D-PTPN11-ACTIVATING", "p.E76K", support: [F.support(ref: 50, alt: 50), F.support(ref: 50, alt: 50)])
        let profiles = builder(normals: [1], names: ["N"]).profiles(findings: [inherited], samples: [("T", 0)])
        #expect(profiles[0].alterations.isEmpty)
        #expect(profiles[0].nearMisses.map(\.nearMissReason) == [.germline])
        #expect(profiles[0].nearMisses[0].records.map(\.filter) == ["germline: VAF 0.5 in the normal N (>= 0.2)"])
        // E76K is not a constitutional allele of Reference/germline_classes.tsv: no RASopathy flag (issue 27).
        #expect(profiles[0].flags.map(\.code).filter { $0 != .routesNotAssessable && $0 != .armNotRecruiting } == [.germlineInNormal])
        #expect(profiles[0].suggestedGroup == "A")
    }

    @Test func anExclusionMetByAnAlleleHidesTheSameAllelesQualifyingRule() {
        let allele = Evidence.allele(contig: "chr9", position: 5090000, ref: "A", alt: "G")
        let qualifying = F.finding("C-JAK2-DOMAINS", "p.Y931C", evidence: allele, support: [F.support(ref: 60, alt: 40)])
        let excluding = F.finding("X-JAK2-Y931C", "p.Y931C", evidence: allele, support: [F.support(ref: 60, alt: 40)])
        let profile = builder().profiles(findings: [qualifying, excluding], samples: [("T", 0)])[0]
        #expect(profile.alterations.isEmpty)
        #expect(profile.exclusions.map(\.ruleID) == ["X-JAK2-Y931C"])
        #expect(profile.suggestedGroup == "A")
    }

    @Test func aTumorOnlyVAFNearOneIsFlaggedGermlineSuspected() {
        let homozygous = F.finding("D-KRAS-HOTSPOT", "p.G12D", support: [F.support(gt: [1, 1], ref: 4, alt: 96)])
        let profile = builder().profiles(findings: [homozygous], samples: [("T", 0)])[0]
        #expect(profile.alterations.map(\.alteration) == ["p.G12D"], "flagged, still the tumor's")
        #expect(
            profile.flags.filter { $0.code == .germlineSuspected }.map(\.message)
                == ["KRAS p.G12D has VAF 0.96 in a file without a normal sample"])
    }

    @Test func onlyTheSamplesThatCarryAFindingGetIt() {
        let g12d = F.finding("D-KRAS-HOTSPOT", "p.G12D", support: [F.support(ref: 60, alt: 40), F.support(gt: [0, 0], ref: 80, alt: 0)])
        let profiles = builder().profiles(findings: [g12d], samples: [("T1", 0), ("T2", 1)])
        #expect(profiles.map(\.suggestedGroup) == ["D", "A"])
    }

    @Test func withoutAnnotationTheRulesNeedingAminoAcidsAreNamedAndFlagged() {
        let builder = builder(annotated: false)
        let expected = F.knowledgeBase.rules
            .filter { [.missenseCodon, .missenseRange, .proteinChange, .proteinAltering, .truncating].contains($0.kind) }.map(\.id)
        #expect(builder.rulesNotEvaluated == expected)
        #expect(builder.rulesNotEvaluated.contains("D-KRAS-HOTSPOT"))
        #expect(!builder.rulesNotEvaluated.contains("D-FLT3-ITD"))
        let profile = builder.profiles(findings: [], samples: [("T", 0)])[0]
        #expect(
            profile.flags.filter { $0.code == .rulesNotEvaluated }.map(\.message) == [
                "the input has no consequence annotation (VEP CSQ, snpEff ANN or bcftools BCSQ): \(expected.count) rules that need the amino acid (missense, exact changes, stop gains; exclusions included) were met only by known hotspot alleles"
            ])
    }

    @Test func aBCL2ExclusionBesideGroupAFlagsTheGenericArmsDrugs() {
        let bcl2 = F.finding(
            "X-BCL2-VENETOCLAX", "p.G101V", evidence: .allele(contig: "chr18", position: 63126289, ref: "C", alt: "A"),
            support: [F.support(ref: 60, alt: 40)])
        let profile = builder().profiles(findings: [bcl2], samples: [("T", 0)])[0]
        // A resistance change against a drug of the arm left is never a bare letter (issue 27).
        #expect(profile.candidateGroups == ["A"])
        #expect(profile.suggestedGroup == "review")
        #expect(
            profile.flags.filter { $0.code == .resistanceChange }.map(\.message) == [
                "BCL2 p.G101V (X-BCL2-VENETOCLAX) is a resistance change for venetoclax and navitoclax, which group A gives: confirm with the sponsor or iLTB"
            ])
    }
}

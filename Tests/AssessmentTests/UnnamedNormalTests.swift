import Assessment
import Testing

/// A file with several samples and no named normal: the notice names the sample that looks germline.
@Suite struct UnnamedNormalTests {
    @Test func theSampleWithoutTheOthersQualifyingAllelesLooksGermline() {
        let finding = AssessmentFixtures.finding(
            "D-KRAS-HOTSPOT", "G12D",
            support: [AssessmentFixtures.support(ref: 60, alt: 40), AssessmentFixtures.genotypeOnly([0, 0])])
        #expect(
            UnnamedNormal.notice(input: "x.vcf", samples: ["A", "B"], findings: [finding])
                == "x.vcf holds 2 samples (A, B) and names no normal (no ##normal_sample, ##tumor_sample, MuTect normal_sample_name, NORMAL or "
                + "TUMOR column): each was profiled as a tumor; B looks germline (it carries none of the 1 qualifying alleles found in the "
                + "other samples). If one is the matched normal, pass --normal B")
    }

    @Test func withoutFindingsNoSampleLooksGermline() {
        #expect(
            UnnamedNormal.notice(input: "x.vcf", samples: ["A", "B"], findings: []).hasSuffix(
                "each was profiled as a tumor; none of them looks germline from the panel's records. If one is the matched normal, pass --normal NAME"
            ))
    }
}

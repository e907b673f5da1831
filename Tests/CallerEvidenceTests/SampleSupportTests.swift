import CallerEvidence
import Testing
import VariantIO

@Suite struct SampleSupportTests {
    @Test func genotypeDecidesCarrierAndADGivesVAF() {
        let tumor = SampleSupport(
            call: SampleCall(genotype: [0, 1], integers: ["AD": [128, 89], "DP": [217]], floats: [:]),
            altIndex: 1, ref: "T", alt: "C")
        #expect(tumor.carries == true)
        #expect(tumor.vaf == 89.0 / 217.0)
        #expect(tumor.depth == 217)
        #expect(tumor.vafSource == "FORMAT/AD")
        let normal = SampleSupport(call: SampleCall(genotype: [0], integers: ["AD": [68, 0]], floats: [:]), altIndex: 1, ref: "T", alt: "C")
        #expect(normal.carries == false)
    }

    @Test func secondAltOfAMultiAllelicRecord() {
        let call = SampleCall(genotype: [0, 2], integers: ["AD": [10, 0, 30]], floats: [:])
        let first = SampleSupport(call: call, altIndex: 1, ref: "C", alt: "A")
        let second = SampleSupport(call: call, altIndex: 2, ref: "C", alt: "T")
        #expect(first.carries == false)
        #expect(second.carries == true)
        #expect(second.vaf == 0.75)
    }

    @Test func allelicFractionFieldWins() {
        let support = SampleSupport(call: SampleCall(genotype: [], integers: [:], floats: ["AF": [0.3]]), altIndex: 1, ref: "C", alt: "T")
        #expect(support.vaf == 0.3)
        #expect(support.carries == true)
        #expect(support.vafSource == "FORMAT/AF")
    }

    @Test func strelkaTierCountsWithoutGenotype() {
        let call = SampleCall(
            genotype: [], integers: ["AU": [926, 929], "CU": [1122, 1128], "GU": [0, 0], "TU": [0, 1], "DP": [2054]],
            floats: [:])
        let support = SampleSupport(call: call, altIndex: 1, ref: "C", alt: "A")
        #expect(support.carries == true)
        #expect(support.vaf == 926.0 / 2048.0)
        #expect(support.depth == 2054)
        #expect(support.vafSource == "FORMAT/AU,CU,GU,TU")
        let normal = SampleSupport(
            call: SampleCall(
                genotype: [], integers: ["AU": [0, 0], "CU": [792, 795], "GU": [0, 0], "TU": [0, 0]],
                floats: [:]), altIndex: 1, ref: "C", alt: "A")
        #expect(normal.carries == false)
        let indel = SampleSupport(
            call: SampleCall(genotype: [], integers: ["TIR": [30, 31], "TAR": [70, 72]], floats: [:]),
            altIndex: 1, ref: "CCGTG", alt: "C")
        #expect(indel.vaf == 0.3)
        #expect(indel.vafSource == "FORMAT/TIR,TAR")
    }

    @Test func nothingPerSampleMeansUnknown() {
        let support = SampleSupport(call: SampleCall(genotype: [nil, nil], integers: [:], floats: [:]), altIndex: 1, ref: "C", alt: "T")
        #expect(support.carries == nil)
        #expect(support.vaf == nil)
        #expect(support.vafSource == nil)
    }
}

import CallerEvidence
import Matching
import Testing

@testable import Knowledge

/// A change outside the rules kept typed until the report lists it, in the words the report always used.
@Suite struct OtherFindingTests {
    private let support = [SampleSupport(carries: true, vaf: nil, depth: nil)]

    @Test func eachKindIsListedAsTheReportNamesIt() {
        #expect(OtherFinding(.fusion(name: "ETV6::NTRK3"), support: support).description == "ETV6::NTRK3")
        let ploidy = SamplePloidy(ploidy: 4.4, sample: nil, evidence: .summary(.purplePurity, file: "T.purple.purity.tsv", line: 2))
        #expect(
            OtherFinding(.gainBelowPloidy(gene: "ABL1", copies: 5, ploidy: ploidy), support: support).description
                == "ABL1 gain, copy number 5.0, below 3 x ploidy 4.4 (T.purple.purity.tsv line 2): not an amplification")
        let given = SamplePloidy(ploidy: 2, sample: nil, evidence: .option)
        #expect(
            OtherFinding(.gainBelowPloidy(gene: "ABL1", copies: 5, ploidy: given), support: support).description
                == "ABL1 gain, copy number 5.0, below 3 x ploidy 2.0 (--ploidy): not an amplification")
        let broad = ChromosomeArms.Measure(extent: .arm, arm: "9p", armFraction: 0.62)
        #expect(
            OtherFinding(.withinBroadLoss(gene: "CDKN2A", measure: broad), support: support).description
                == "CDKN2A within an arm-level loss (62% of 9p; not a focal CDKN2A deletion)")
        let whole = ChromosomeArms.Measure(extent: .wholeChromosome, arm: "17q", armFraction: 1)
        #expect(
            OtherFinding(.withinBroadLoss(gene: "NF1", measure: whole), support: support).description
                == "NF1 within a whole-chromosome loss (100% of 17q; not a focal NF1 deletion)")
        #expect(OtherFinding(.deletion(gene: "IKZF1"), support: support).description == "IKZF1 deletion")
    }
}

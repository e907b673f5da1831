import CallerEvidence
import Testing

/// Where a tumor's ploidy came from, kept as a value and named in text only where a note or finding says it.
@Suite struct SamplePloidyTests {
    @Test func aSummaryRowIsNamedByItsFileAndLineAndTheOptionByItsName() {
        let purple = SamplePloidy(ploidy: 4.4, sample: nil, evidence: .summary(.purplePurity, file: "TUMOR.purple.purity.tsv", line: 2))
        #expect(purple.evidence.description == "TUMOR.purple.purity.tsv line 2")
        #expect(purple.description == "4.4 (TUMOR.purple.purity.tsv line 2)")
        let given = SamplePloidy(ploidy: 3, sample: nil, evidence: .option)
        #expect(given.evidence.description == "--ploidy")
        #expect(given.description == "3.0 (--ploidy)")
    }

    @Test func twoSummariesAtTheSameLineOfTheSameNameAreTwoSourcesWhenTheirFormatsDiffer() {
        let facets = SamplePloidy.Source.summary(.facetsRun, file: "T.txt", line: 2)
        let ascat = SamplePloidy.Source.summary(.ascatPurityPloidy, file: "T.txt", line: 2)
        #expect(facets.description == ascat.description)
        #expect(facets != ascat)
        #expect(facets == .summary(.facetsRun, file: "T.txt", line: 2))
    }
}

import CallerEvidence
import Profile
import Testing

@testable import Assessment

/// The report's structured locus for each kind of evidence, and the profile's records carrying it.
@Suite struct RecordLocusTests {
    @Test func eachKindOfEvidenceBecomesItsFields() {
        #expect(
            RecordLocus(.allele(contig: "chr12", position: 25245350, ref: "C", alt: "T"))
                == RecordLocus(kind: .allele, contig: "chr12", position: 25245350, ref: "C", alt: "T"))
        #expect(
            RecordLocus(.structuralRecord(contig: "chr22", position: 23290413, id: "bnd_1"))
                == RecordLocus(kind: .structuralRecord, contig: "chr22", position: 23290413, id: "bnd_1"))
        #expect(
            RecordLocus(.singleBreakend(contig: "chr9", position: 7, id: "sb"))
                == RecordLocus(kind: .singleBreakend, contig: "chr9", position: 7, id: "sb"))
        #expect(RecordLocus(.tableRow(file: "arriba.tsv", line: 2)) == RecordLocus(kind: .tableRow, file: "arriba.tsv", line: 2))
        #expect(RecordLocus(.segment(file: "tumor.cns", line: 3)) == RecordLocus(kind: .segment, file: "tumor.cns", line: 3))
        #expect(RecordLocus(.asWritten("BCR::ABL1")) == nil)
    }

    @Test func aProfilesRecordCarriesTheLocusOfItsFinding() {
        let finding = AssessmentFixtures.finding("D-KRAS-HOTSPOT", "p.G12D", support: [AssessmentFixtures.support(ref: 60, alt: 40)])
        let builder = ProfileBuilder(
            knowledgeBase: AssessmentFixtures.knowledgeBase, context: ProfileBuilder.Context(build: .grch38, annotated: true, normalIndices: []))
        let records = builder.profiles(findings: [finding], samples: [("T", 0)])[0].alterations.flatMap(\.records)
        #expect(records.map(\.variant) == ["chr12:25245350:C:T"])
        #expect(records.map(\.locus) == [RecordLocus(kind: .allele, contig: "chr12", position: 25245350, ref: "C", alt: "T")])
    }
}

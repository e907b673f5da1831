import CallerEvidence
import Testing

/// What a finding rests on: each kind named as reports have always named it, told apart by value.
@Suite struct EvidenceTests {
    @Test func eachKindIsNamedAsReportsNameIt() {
        #expect(Evidence.allele(contig: "chr12", position: 25245350, ref: "C", alt: "T").description == "chr12:25245350:C:T")
        #expect(Evidence.structuralRecord(contig: "chr22", position: 23290413, id: "bnd_1").description == "chr22:23290413:bnd_1")
        #expect(Evidence.singleBreakend(contig: "chr9", position: 130854064, id: "sb1").description == "chr9:130854064:sb1")
        #expect(Evidence.tableRow(file: "arriba.tsv", line: 2).description == "arriba.tsv line 2")
        #expect(Evidence.segment(file: "tumor.cns", line: 3).description == "tumor.cns line 3")
        #expect(Evidence.asWritten("BCR::ABL1").description == "BCR::ABL1")
    }

    /// A table row and a segment of the same file and line, or a structural record and a single breakend
    /// of the same key, are different evidence though their text is the same.
    @Test func kindsWithTheSameTextAreDifferentEvidence() {
        #expect(Evidence.tableRow(file: "x.tsv", line: 2) != Evidence.segment(file: "x.tsv", line: 2))
        #expect(Set([Evidence.structuralRecord(contig: "1", position: 5, id: "a"), .singleBreakend(contig: "1", position: 5, id: "a")]).count == 2)
    }
}

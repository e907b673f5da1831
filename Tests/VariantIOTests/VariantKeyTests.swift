import Testing
import VariantIO

/// The key a finding names its record by and the writer finds it again by.
@Suite struct VariantKeyTests {
    @Test func anAlleleAndARecordAreSpelledAsReportsNameThem() {
        #expect(VariantKey.allele(contig: "chr12", position: 25245350, ref: "C", alt: "T").description == "chr12:25245350:C:T")
        #expect(VariantKey.record(contig: "chr22", position: 23290413, id: "bnd_1").description == "chr22:23290413:bnd_1")
    }

    @Test func keysCompareByFieldNotByTheirSpelling() {
        let allele = VariantKey.allele(contig: "chr1", position: 100, ref: "A", alt: "T")
        let record = VariantKey.record(contig: "chr1", position: 100, id: "A:T")
        #expect(allele.description == record.description)
        #expect(allele != record)
        #expect(Set([allele, record]).count == 2)
        #expect(allele == VariantKey.allele(contig: "chr1", position: 100, ref: "A", alt: "T"))
        #expect(allele != VariantKey.allele(contig: "chr1", position: 100, ref: "A", alt: "G"))
    }
}

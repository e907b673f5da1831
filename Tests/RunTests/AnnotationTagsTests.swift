import Profile
import Testing
import VariantIO

@testable import Run

/// `annotate`'s tags found by the record's key, never by the text reports name it with.
@Suite struct AnnotationTagsTests {
    private static func alteration(_ gene: String, _ change: String, rule: String, groups: [String], records: [SupportingRecord])
        -> Alteration
    {
        Alteration(
            gene: gene, alteration: change, groups: groups, pathway: "", ruleID: rule, evidenceLevel: .named, sources: [],
            basis: "", transcript: "", hgvsc: "", hgvsp: "", records: records)
    }

    private static func record(_ variant: String, _ locus: RecordLocus?) -> SupportingRecord {
        SupportingRecord(variant: variant, locus: locus, filter: "PASS", vaf: nil, depth: nil)
    }

    @Test func aLocusBecomesTheKeyTheWriterFindsItsRecordBy() {
        #expect(
            AnnotationTags.key(.allele(contig: "chr12", position: 25245350, ref: "C", alt: "T"))
                == .allele(contig: "chr12", position: 25245350, ref: "C", alt: "T"))
        #expect(
            AnnotationTags.key(.record(.structuralRecord, contig: "chr22", position: 23290413, id: "bnd_1"))
                == .record(contig: "chr22", position: 23290413, id: "bnd_1"))
        #expect(
            AnnotationTags.key(.record(.singleBreakend, contig: "chr9", position: 7, id: "sb"))
                == .record(contig: "chr9", position: 7, id: "sb"))
        #expect(AnnotationTags.key(.row(.tableRow, file: "arriba.tsv", line: 2)) == nil)
        #expect(AnnotationTags.key(.row(.segment, file: "tumor.cns", line: 3)) == nil)
        #expect(AnnotationTags.key(RecordLocus(kind: .allele, contig: "chr1", position: 5)) == nil)
    }

    @Test func eachRecordGetsTheAlterationsOfEverySampleOnceAndRowsGetNone() {
        let kras = RecordLocus.allele(contig: "chr12", position: 25245350, ref: "C", alt: "T")
        let g12d = Self.alteration(
            "KRAS", "p.G12D", rule: "D-KRAS-HOTSPOT", groups: ["D"], records: [Self.record("chr12:25245350:C:T", kras)])
        let fusion = Self.alteration(
            "ABL1", "BCR::ABL1", rule: "B-BCR-ABL1", groups: ["B"],
            records: [
                Self.record("arriba.tsv line 2", .row(.tableRow, file: "arriba.tsv", line: 2)),
                Self.record("chr22:23290413:bnd_1", .record(.structuralRecord, contig: "chr22", position: 23290413, id: "bnd_1")),
            ])
        let written = Self.alteration("NRAS", "p.Q61R", rule: "D-NRAS-HOTSPOT", groups: ["D"], records: [Self.record("chr1:1:A:G", nil)])
        let report = MatchReport(
            run: RunMetadata(),
            samples: [
                SampleProfile(sample: "T1", alterations: [g12d, fusion, written]), SampleProfile(sample: "T2", alterations: [g12d]),
            ])
        let tags = AnnotationTags.tags(report)
        #expect(
            Set(tags.keys) == [
                .allele(contig: "chr12", position: 25245350, ref: "C", alt: "T"), .record(contig: "chr22", position: 23290413, id: "bnd_1"),
            ])
        let onKRAS = tags[.allele(contig: "chr12", position: 25245350, ref: "C", alt: "T")] ?? []
        #expect(onKRAS.map(\.tag) == ["HEMI_RULE", "HEMI_GROUP", "HEMI_ALTERATION"])
        #expect(onKRAS.map(\.value) == ["D-KRAS-HOTSPOT", "D", "KRAS:p.G12D"])
        #expect(tags[.record(contig: "chr22", position: 23290413, id: "bnd_1")]?.map(\.value) == ["B-BCR-ABL1", "B", "ABL1:BCR::ABL1"])
    }
}

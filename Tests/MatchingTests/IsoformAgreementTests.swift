import Annotation
import Knowledge
import Matching
import Testing
import VariantIO

/// VEP `--refseq` annotations: the MANE RefSeq transcript with or without its version, and another
/// isoform (`NM_001330437.2` for PTPN11), whose residue numbers count only where the allele sits at the
/// same codons of the MANE model.
@Suite struct IsoformAgreementTests {
    private func findings(_ record: VariantRecord, policy: TranscriptPolicy = .mane) -> [Finding] {
        var outcome = BatchOutcome()
        RecordMatcher(
            knowledgeBase: Fixtures.knowledgeBase, build: .grch38, annotations: [Fixtures.csqFormat], includeFiltered: false,
            transcriptPolicy: policy
        ).match(record, into: &outcome)
        return outcome.findings
    }

    /// The GRCh38 position of coding base `coding` of `gene`'s MANE model.
    private func position(_ gene: String, coding: Int) throws -> Int {
        try #require(Fixtures.knowledgeBase.transcripts[.grch38]?[gene]?.genomicPosition(ofCoding: coding))
    }

    @Test("the MANE RefSeq transcript is found with or without its version, and named")
    func maneRefSeq() throws {
        let d61 = try position("PTPN11", coding: 181)
        for transcript in ["NM_002834.5", "NM_002834", "NM_002834.4"] {
            let csq =
                "A|missense_variant|PTPN11|NM_001330437.2|c.181G>A|NP_001317366.1:p.Asp61Asn|,"
                + "A|missense_variant|PTPN11|\(transcript)|c.181G>A|NP_002825.3:p.Asp61Asn|"
            let found = findings(Fixtures.record("chr12", d61, "G", ["A"], csq: csq))
            #expect(found.map { "\($0.alteration) \($0.transcript) \($0.basis)" } == ["p.D61N \(transcript) vep CSQ on \(transcript)"])
        }
    }

    @Test("another RefSeq isoform alone: matched when the allele sits at the same MANE codon, and the output says so")
    func otherIsoformAgreeing() throws {
        let d61 = try position("PTPN11", coding: 181)
        let csq = "A|missense_variant|PTPN11|NM_001330437.2|c.181G>A|NP_001317366.1:p.Asp61Asn|"
        let found = findings(Fixtures.record("chr12", d61, "G", ["A"], csq: csq))
        #expect(found.map { "\($0.rule.id) \($0.alteration) \($0.transcript)" } == ["D-PTPN11-ACTIVATING p.D61N NM_001330437.2"])
        #expect(found.first?.basis == "vep CSQ on NM_001330437.2 (not the MANE transcript; the allele sits at codon 61 of MANE NM_002834.5 too)")
    }

    @Test("another isoform's number on a different MANE codon meets no rule by that number (KRAS codon 15 called G12D)")
    func otherIsoformDisagreeing() throws {
        let g15 = try position("KRAS", coding: 44)
        let csq = "T|missense_variant|KRAS|NM_001369786.1|c.35G>A|NP_001356715.1:p.Gly12Asp|YES"
        #expect(findings(Fixtures.record("chr12", g15, "C", ["T"], csq: csq)).isEmpty)
        // The policy that takes every transcript as written still counts it.
        #expect(findings(Fixtures.record("chr12", g15, "C", ["T"], csq: csq), policy: .all).map(\.alteration) == ["p.G12D"])
    }

    @Test("a disagreeing isoform leaves the gene to the hotspot table and engine on MANE: PTPN11 G503V written p.G507V")
    func otherIsoformLeavesTheTable() throws {
        let csq = "T|missense_variant|PTPN11|NM_001330437.2|c.1520G>T|NP_001317366.1:p.Gly507Val|"
        let found = findings(Fixtures.record("chr12", 112_489_084, "G", ["T"], csq: csq))
        #expect(found.map { "\($0.alteration) \($0.basis)" } == ["p.G503V hotspot allele table (NM_002834.5:c.1508G>T)"])
    }

    @Test("an in-frame duplication shifted 3' by the annotator still agrees within its own length")
    func shiftedDuplication() throws {
        let flt3 = try #require(Fixtures.knowledgeBase.transcripts[.grch38]?["FLT3"])
        let anchor = try #require(flt3.genomicPosition(ofCoding: 1800)) - 1
        let alt = "A" + String(repeating: "C", count: 21)
        let csq =
            "\(String(repeating: "C", count: 21))|inframe_insertion|FLT3|NM_001400014.1|c.1800_1801ins21|p.Glu604_Phe605insAspAspAspAspAspAspAsp|"
        let found = findings(Fixtures.record("chr13", anchor, "A", [alt], csq: csq))
        #expect(found.map(\.rule.id) == ["D-FLT3-ITD"])
    }
}

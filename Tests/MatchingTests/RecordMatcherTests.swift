import Annotation
import Knowledge
import Matching
import Testing
import VariantIO

@Suite struct RecordMatcherTests {
    private func findings(_ record: VariantRecord, matcher: RecordMatcher = Fixtures.matcher()) -> [Finding] {
        var outcome = BatchOutcome()
        matcher.match(record, into: &outcome)
        return outcome.findings
    }

    private func summary(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.rule.gene) \($0.alteration) \($0.evidence)" }
    }

    @Test func annotationOnTheManeTranscriptWins() {
        // The same allele numbered differently on another transcript is one alteration, named as on MANE.
        let csq =
            "T|missense_variant|KRAS|ENST00000999999.1|c.155G>A|ENSP1:p.Gly52Asp|YES,"
            + "T|missense_variant|KRAS|ENST00000311936.8|c.35G>A|ENSP2:p.Gly12Asp|"
        // The MANE transcript is the knowledge base's (the fixture's KRAS row), not a list in the engine.
        let found = findings(
            Fixtures.record("chr12", 25_245_350, "C", ["T"], csq: csq),
            matcher: Fixtures.matcher(knowledgeBase: Fixtures.fixtureKnowledgeBase))
        #expect(summary(found) == ["KRAS p.G12D chr12:25245350:C:T"])
        #expect(found.map(\.rule.id) == ["FIX-D-KRAS-G12"])
        #expect(found.first?.basis == "vep CSQ on ENST00000311936.8")
    }

    @Test func anITDTheAnnotationCallsIntronicIsPlacedByTheEngineAndMarked() throws {
        // TCGA-AB-2988's FLT3 ITD (GRCh37): 36 bases after 13:28608214, 4 bp into intron 14; WashU wrote no protein change.
        let bases = "TTACCAAACTCTAAATTTTCTCTTGGAAACTCCCAT"
        let csq = "\(bases)|inframe_insertion|FLT3|NM_004119.2|||"
        let found = findings(Fixtures.record("13", 28_608_214, "N", ["N" + bases], csq: csq), matcher: Fixtures.matcher(build: .grch37))
        #expect(found.map { "\($0.rule.id) \($0.alteration) \($0.hgvsc)" } == ["D-FLT3-ITD ITD NM_004119:c.1806_1837dup"])
        #expect(found.first?.duplication == IntronicDuplication(intron: 14, exon: 14, distance: 4, length: 36))
        // The same insertion written 38 bp into the intron, farther than its length, is not placed: a near-miss, not nothing.
        let unplaced = findings(Fixtures.record("13", 28_608_180, "N", ["N" + bases], csq: csq), matcher: Fixtures.matcher(build: .grch37))
        #expect(unplaced.map { "\($0.rule.id) \($0.alteration) \($0.passedFilter)" } == ["D-FLT3-ITD insertion in intron 14 false"])
        #expect(
            unplaced.first?.filter
                == "not placed: an in-frame insertion of 36 bases in FLT3 intron 14, farther from coding bases than its length, is not read as an ITD; check the call"
        )
    }

    @Test func canonicalIsUsedWithoutManeTranscript() {
        let csq =
            "T|missense_variant|KRAS|ENST00000111111.1|c.35G>A|p.Gly12Asp|YES,"
            + "T|missense_variant|KRAS|ENST00000222222.1|c.35G>A|p.Gly13Asp|"
        #expect(
            summary(
                findings(
                    Fixtures.record("12", 25_398_284, "C", ["T"], csq: csq),
                    matcher: Fixtures.matcher(build: .grch37, knowledgeBase: Fixtures.fixtureKnowledgeBase)))
                == ["KRAS p.G12D 12:25398284:C:T"])
    }

    @Test func multiAllelicRecordMatchesEachAltByItsAnnotation() {
        let csq =
            "A|missense_variant|KRAS|ENST00000311936.8|c.35G>T|p.Gly12Val|,"
            + "T|missense_variant|KRAS|ENST00000311936.8|c.35G>A|p.Gly12Asp|"
        let samples = [Fixtures.call(gt: [1, 2], ad: [5, 40, 50])]
        let found = findings(Fixtures.record("chr12", 25_245_350, "C", ["A", "T"], csq: csq, samples: samples))
        #expect(summary(found) == ["KRAS p.G12V chr12:25245350:C:A", "KRAS p.G12D chr12:25245350:C:T"])
        #expect(found.map { $0.support[0].vaf } == [40.0 / 95.0, 50.0 / 95.0])
    }

    @Test func vepTrimmedIndelAlleleIsFound() {
        let csq = "GGCTGT|inframe_insertion|IL7R|ENST00000303115.8|c.731_732insGGCTGT|p.Leu243_Thr244insAlaVal|YES"
        let found = findings(Fixtures.record("chr5", 35_875_000, "A", ["AGGCTGT", "AG"], csq: csq))
        #expect(summary(found) == ["IL7R p.L243_T244insAV chr5:35875000:A:AGGCTGT"])
    }

    @Test func unannotatedHotspotAllelesByPositionInBothBuilds() {
        let grch37 = findings(Fixtures.record("1", 115_256_529, "T", ["C"]), matcher: Fixtures.matcher(build: .grch37, csq: false))
        #expect(summary(grch37) == ["NRAS p.Q61R 1:115256529:T:C"])
        #expect(grch37.first?.basis == "hotspot allele table (NM_002524.5:c.182A>G)")
        let grch38 = findings(Fixtures.record("chr1", 114_713_908, "T", ["C"]), matcher: Fixtures.matcher(build: .grch38, csq: false))
        #expect(summary(grch38) == ["NRAS p.Q61R chr1:114713908:T:C"])
        // The GRCh37 position means nothing in GRCh38.
        #expect(findings(Fixtures.record("1", 115_256_529, "T", ["C"]), matcher: Fixtures.matcher(build: .grch38, csq: false)).isEmpty)
    }

    /// Audit N10: STAT5B's rule is a missense window, so an unannotated file without `--fasta` met it only through
    /// the table; N642H (AAY, A>C at the first base) and Y665F (TAY, A>T at the second) are certain from the residue.
    @Test func unannotatedSTAT5BHotspotsMeetTheMissenseRuleInBothBuilds() {
        let grch38 = [(42_207_711, "G"), (42_207_641, "A")].flatMap { position, alt in
            findings(Fixtures.record("chr17", position, "T", [alt]), matcher: Fixtures.matcher(build: .grch38, csq: false))
        }
        #expect(
            grch38.map { "\($0.rule.id) \($0.alteration) \($0.basis)" } == [
                "C-STAT5B-MISSENSE p.N642H hotspot allele table (NM_012448.4:c.1924A>C)",
                "C-STAT5B-MISSENSE p.Y665F hotspot allele table (NM_012448.4:c.1994A>T)",
            ])
        let grch37 = [(40_359_729, "G"), (40_359_659, "A")].flatMap { position, alt in
            findings(Fixtures.record("17", position, "T", [alt]), matcher: Fixtures.matcher(build: .grch37, csq: false))
        }
        #expect(summary(grch37) == ["STAT5B p.N642H 17:40359729:T:G", "STAT5B p.Y665F 17:40359659:T:A"])
    }

    @Test func paddedSNVIsStillTheHotspotAllele() {
        let found = findings(Fixtures.record("12", 25_398_283, "AC", ["AT"]), matcher: Fixtures.matcher(build: .grch37, csq: false))
        #expect(summary(found) == ["KRAS p.G12D 12:25398283:AC:AT"])
    }

    @Test func annotationAndTableAgreeingGiveOneFinding() {
        let csq = "C|missense_variant|NRAS|ENST00000369535.5|c.182A>G|p.Gln61Arg|YES"
        let found = findings(Fixtures.record("1", 115_256_529, "T", ["C"], csq: csq), matcher: Fixtures.matcher(build: .grch37))
        #expect(summary(found) == ["NRAS p.Q61R 1:115256529:T:C"])
    }

    @Test func intronicAndSynonymousAnnotationsMatchNothing() {
        let csq = "A|intron_variant|KRAS|ENST00000311936.8|c.112-30G>T||YES,A|synonymous_variant|KRAS|ENST00000311936.8|c.36G>A|p.Gly12%3D|"
        #expect(findings(Fixtures.record("chr12", 25_245_300, "G", ["A"], csq: csq)).isEmpty)
    }

    @Test func filteredRecordsAreCountedAndMatchedAsNearMisses() {
        let record = Fixtures.record("1", 115_256_529, "T", ["C"], filters: ["REJECT"])
        var outcome = BatchOutcome()
        Fixtures.matcher(build: .grch37, csq: false).match(record, into: &outcome)
        #expect(summary(outcome.findings) == ["NRAS p.Q61R 1:115256529:T:C"])
        #expect(outcome.findings.map(\.passedFilter) == [false])
        #expect(outcome.filteredRecords == 1)
        let loose = findings(record, matcher: Fixtures.matcher(build: .grch37, csq: false, includeFiltered: true))
        #expect(loose.map(\.filter) == ["REJECT"])
        #expect(loose.map(\.passedFilter) == [true])
    }

    @Test func csqWithTheWrongFieldCountIsAWarningNotACrash() {
        var outcome = BatchOutcome()
        Fixtures.matcher().match(Fixtures.record("chr12", 25_245_350, "C", ["T"], csq: "T|missense_variant|KRAS"), into: &outcome)
        #expect(outcome.warnings == ["record 1 (chr12:25245350): a CSQ entry has 3 fields, its header lists 7; its CSQ is ignored"])
        // The hotspot table still recognises the allele.
        #expect(summary(outcome.findings) == ["KRAS p.G12D chr12:25245350:C:T"])
    }
}

@Suite struct AnnotationDialectMatchingTests {
    private func findings(_ record: VariantRecord, tag: String, description: String) throws -> [String] {
        let format = try #require(ConsequenceFormat(tag: tag, headerDescription: description))
        var outcome = BatchOutcome()
        RecordMatcher(knowledgeBase: Fixtures.knowledgeBase, build: .grch38, annotations: [format], includeFiltered: false)
            .match(record, into: &outcome)
        #expect(outcome.warnings == [])
        return outcome.findings.map { "\($0.rule.id) \($0.alteration) \($0.basis)" }
    }

    @Test func snpEffANNMatchesLikeVEP() throws {
        let ann = "A|stop_gained|HIGH|SH2B3|ENSG00000111252|transcript|ENST00000341259.7|protein_coding|2/8|c.622C>T|p.Arg208*|||||"
        let record = VariantRecord(
            ordinal: 1, contig: "chr12", position: 111_418_000, id: ".", ref: "C", alts: ["A"], filters: [],
            info: ["ANN": ann], samples: [])
        #expect(
            try findings(record, tag: "ANN", description: Fixtures.snpEffDescription)
                == ["C-SH2B3-TRUNCATING p.R208* snpEff ANN on ENST00000341259.7"])
    }

    @Test func bcftoolsBCSQMatchesTheProteinChange() throws {
        let bcsq = "missense|KRAS|ENST00000311936|protein_coding|-|12G>12D|25245350C>T"
        let record = VariantRecord(
            ordinal: 1, contig: "chr12", position: 25_245_350, id: ".", ref: "C", alts: ["T"], filters: [],
            info: ["BCSQ": bcsq], samples: [])
        #expect(
            try findings(record, tag: "BCSQ", description: Fixtures.bcsqDescription)
                == ["D-KRAS-HOTSPOT p.G12D bcftools BCSQ on ENST00000311936"])
    }
}

@Suite struct TranscriptPolicyTests {
    private func alterations(_ policy: TranscriptPolicy) -> [String] {
        // The MANE transcript says G12D; another transcript, flagged CANONICAL by the annotator, says G13D.
        let csq = "T|missense_variant|KRAS|ENST00000999999.1|c.38G>A|p.Gly13Asp|YES,T|missense_variant|KRAS|ENST00000311936.8|c.35G>A|p.Gly12Asp|"
        let matcher = RecordMatcher(
            knowledgeBase: Fixtures.knowledgeBase, build: .grch38, annotations: [Fixtures.csqFormat],
            includeFiltered: false, transcriptPolicy: policy)
        var outcome = BatchOutcome()
        // A position the hotspot table does not hold, so that only the annotation speaks.
        matcher.match(Fixtures.record("chr12", 25_245_360, "C", ["T"], csq: csq), into: &outcome)
        return outcome.findings.map(\.alteration)
    }

    @Test func eachPolicyReadsItsTranscript() {
        #expect(alterations(.mane) == ["p.G12D"])
        #expect(alterations(.canonical) == ["p.G13D"])
        #expect(alterations(.all) == ["p.G13D", "p.G12D"])
    }
}

@Suite struct EngineBesideAnnotationTests {
    @Test func bcftoolsInFrameInsertionWithoutAProteinChangeStillMakesAnITD() throws {
        let flt3 = try #require(Fixtures.knowledgeBase.transcripts[.grch38]?["FLT3"])
        let anchor = try #require(flt3.genomicPosition(ofCoding: 1800)) - 1
        let alt = "A" + String(repeating: "C", count: 21)
        let bcsq = "inframe_insertion|FLT3|ENST00000241453|protein_coding|-|600E>600EDDDDDDD|\(anchor)A>\(alt)"
        let format = try #require(ConsequenceFormat(tag: "BCSQ", headerDescription: Fixtures.bcsqDescription))
        var outcome = BatchOutcome()
        RecordMatcher(knowledgeBase: Fixtures.knowledgeBase, build: .grch38, annotations: [format], includeFiltered: false)
            .match(
                VariantRecord(
                    ordinal: 1, contig: "chr13", position: anchor, id: ".", ref: "A", alts: [alt], filters: [],
                    info: ["BCSQ": bcsq], samples: []), into: &outcome)
        #expect(outcome.findings.map { "\($0.rule.id) \($0.alteration)" } == ["D-FLT3-ITD ITD"])
    }

    @Test func aSpliceSiteTheAnnotatorNamesIsNotCountedTwice() throws {
        let cbl = try #require(Fixtures.knowledgeBase.transcripts[.grch38]?["CBL"])
        let position = cbl.exonsInTranscriptOrder[7].lowerBound - 1
        let format = try #require(ConsequenceFormat(headerDescription: "Format: Allele|Consequence|SYMBOL|Feature|INTRON|HGVSc|HGVSp|CANONICAL"))
        let record = Fixtures.record(
            "chr11", position, "G", ["A"],
            csq: "A|splice_acceptor_variant|CBL|ENST00000264033.6|7/15|ENST00000264033.6:c.1096-1G>A||YES")
        var outcome = BatchOutcome()
        RecordMatcher(knowledgeBase: Fixtures.knowledgeBase, build: .grch38, annotations: [format], includeFiltered: false)
            .match(record, into: &outcome)
        #expect(outcome.findings.map { "\($0.rule.id) \($0.alteration)" } == ["D-CBL-EXON8-9-SPLICE c.1096-1G>A"])
        // Without the annotation the engine names the same site the same way.
        var unannotated = BatchOutcome()
        Fixtures.matcher(csq: false).match(Fixtures.record("chr11", position, "G", ["A"]), into: &unannotated)
        #expect(unannotated.findings.map { "\($0.rule.id) \($0.alteration)" } == ["D-CBL-EXON8-9-SPLICE c.1096-1G>A"])
    }
}

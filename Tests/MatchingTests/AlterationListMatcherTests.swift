import Annotation
import CallerEvidence
import Knowledge
import Matching
import Testing

/// A lab's reported changes meet the rules the other routes use: protein changes through the rule
/// evaluator on the MANE model (exons placed from it, so exon-bounded rules work), fusions and copy
/// number through the structural matcher, which takes a reported amplification as the lab's call.
@Suite struct AlterationListMatcherTests {
    private static let carrier = [SampleSupport(carries: true, vaf: nil, depth: nil)]

    private static func row(_ gene: String, _ change: ReportedAlteration.Change, line: Int = 2) -> (
        alteration: ReportedAlteration, support: [SampleSupport]
    ) {
        let text = if case .protein(let protein) = change { protein } else { "\(change)" }
        return (
            ReportedAlteration(sample: "S1", gene: gene, change: change, text: text, vaf: 0.4, transcript: nil, path: "/lab/list.tsv", line: line),
            carrier
        )
    }

    @Test func exonBoundedTruncationsFollowTheMANEModel() throws {
        let matcher = AlterationListMatcher(knowledgeBase: Fixtures.knowledgeBase, build: .grch38)
        let late = try matcher.evidence([Self.row("EPOR", .protein("p.Q435*"))])
        #expect(late.findings.map { "\($0.rule.id) \($0.alteration) \($0.evidence)" } == ["C-EPOR-TRUNCATING p.Q435* list.tsv line 2"])
        #expect(late.findings.first?.support.first?.vaf == 0.4)
        let early = try matcher.evidence([Self.row("EPOR", .protein("p.W20*"))])
        #expect(early.findings.isEmpty, "exon 1, not the rule's exon 8")
    }

    @Test func aReportedAmplificationIsTheLabsCallAReportedDeletionHasNoExtent() throws {
        let kb = Fixtures.knowledgeBase
        let matcher = AlterationListMatcher(knowledgeBase: kb, build: .grch38)
        let evidence = try matcher.evidence([Self.row("ABL1", .amplification), Self.row("NF1", .deletion, line: 3)])
        #expect(
            evidence.copyNumberEvents.map { "\($0.direction) \($0.reported) \($0.evidence)" } == [
                "gain true list.tsv line 2", "loss true list.tsv line 3",
            ])
        let structural = StructuralMatcher(
            knowledgeBase: kb, build: .grch38, locator: try kb.geneLocator(build: .grch38), thresholds: CopyNumberThresholds())
        let outcome = structural.match(candidates: [], copyNumberEvents: evidence.copyNumberEvents)
        #expect(
            outcome.findings.map { "\($0.rule.id) \($0.alteration)" } == [
                "B-ABL1-AMPLIFICATION amplification", "D-NF1-DELETION deletion (copy number not given)",
            ])
        #expect(outcome.findings.allSatisfy { $0.extent == nil && $0.copyNumber == nil }, "the gene's span is not the lab's segment")
        #expect(outcome.findings.first?.basis == "list.tsv line 2: ABL1 amplification as the lab reported it (level and extent not given)")
    }

    @Test func aGeneWithoutAMANEModelIsSaidNotDropped() throws {
        let matcher = AlterationListMatcher(knowledgeBase: Fixtures.knowledgeBase, build: .grch38)
        let evidence = try matcher.evidence([Self.row("TP53", .protein("p.R248Q"))])
        #expect(evidence.findings.isEmpty)
        #expect(
            evidence.notes == [
                "alteration list rows naming genes the knowledge base has no MANE model of were neither checked nor matched, as no rule names them: TP53 (list.tsv line 2)"
            ])
    }

    @Test func withTheReferenceSequenceEveryCodonIsChecked() throws {
        let kb = Fixtures.knowledgeBase
        let jak2 = try #require(kb.transcripts[.grch38]?["JAK2"])
        // A genome of A only: every JAK2 codon (+ strand) reads AAA, Lys.
        let polyA = GeneSequences(models: [jak2]) { _, start, end in [UInt8](repeating: UInt8(ascii: "A"), count: end - start + 1) }
        let matcher = AlterationListMatcher(knowledgeBase: kb, build: .grch38, sequences: polyA)
        #expect(
            throws: CallerTableError(
                file: "/lab/list.tsv", line: 2,
                problem: "column alteration 'p.R683G' names R at codon 683, but MANE NM_004972.4 has K there (the reference sequence (--fasta))")
        ) {
            _ = try matcher.evidence([Self.row("JAK2", .protein("p.R683G"))])
        }
        let accepted = try matcher.evidence([Self.row("JAK2", .protein("p.K683G"))])
        #expect(
            accepted.findings.map { "\($0.rule.id) \($0.basis)" }
                == [
                    "C-JAK2-DOMAINS list.tsv line 2: p.K683G as the lab reported it, on MANE NM_004972.4 (reference residue K683 as in the reference sequence (--fasta))"
                ])
    }
}

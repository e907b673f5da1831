import Annotation
import Knowledge
import Matching
import Testing
import VariantIO

/// The engine on `TestData/fixture-kb` (KRAS codon 12 → D, codon 61 → E): what matches is what the
/// knowledge base says, whatever the shipped rules say.
@Suite struct FixtureKnowledgeBaseTests {
    let knowledgeBase = Fixtures.fixtureKnowledgeBase

    private func names(_ gene: String, _ hgvs: String) -> [String] {
        RuleEvaluator(rules: knowledgeBase.rules).matches(VariantEffect(gene: gene, change: ProteinChange(hgvs: hgvs)))
            .map { "\($0.rule.id) \($0.alteration) \($0.rule.groups.joined(separator: ","))" }
    }

    private func findings(_ contig: String, _ position: Int, _ ref: String, _ alt: String, csq: String? = nil) -> [String] {
        var outcome = BatchOutcome()
        Fixtures.matcher(knowledgeBase: knowledgeBase).match(Fixtures.record(contig, position, ref, [alt], csq: csq), into: &outcome)
        return outcome.findings.map { "\($0.rule.id) \($0.alteration) \($0.evidence)" }
    }

    @Test func rulesAreTheKnowledgeBases() {
        #expect(knowledgeBase.version == "fixture-1")
        #expect(names("KRAS", "p.Gly12Asp") == ["FIX-D-KRAS-G12 p.G12D D"])
        #expect(names("KRAS", "p.G13D").isEmpty, "codon 13 qualifies under the shipped rules, not under these")
        #expect(names("KRAS", "p.Q61H") == ["FIX-E-KRAS-Q61 p.Q61H E"], "a group letter the trial does not have")
        #expect(names("NRAS", "p.Q61R").isEmpty, "a gene the knowledge base does not name")
    }

    @Test func annotatedAndUnannotatedRecords() {
        let csq = "T|missense_variant|KRAS|ENST00000311936.8|c.38G>A|p.Gly13Asp|YES"
        #expect(findings("chr12", 25_245_347, "C", "T", csq: csq).isEmpty)
        let q61 = "G|missense_variant|KRAS|ENST00000311936.8|c.183A>C|p.Gln61His|YES"
        #expect(findings("chr12", 25_227_341, "T", "G", csq: q61) == ["FIX-E-KRAS-Q61 p.Q61H chr12:25227341:T:G"])
        // Unannotated: the fixture's one hotspot allele names the change.
        #expect(findings("chr12", 25_245_350, "C", "T") == ["FIX-D-KRAS-G12 p.G12D chr12:25245350:C:T"])
        #expect(findings("chr12", 25_245_351, "C", "A").isEmpty, "G12C is not in the fixture's hotspot table")
    }
}

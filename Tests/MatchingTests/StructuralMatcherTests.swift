import CallerEvidence
import Knowledge
import Matching
import Testing

/// The rearrangement engine in process: gene pairs against fusion and kinase-fusion rules, the
/// reciprocal pair that keeps no kinase, and the pairs no rule names.
@Suite struct StructuralMatcherTests {
    private let matcher: StructuralMatcher = {
        let kb = Fixtures.knowledgeBase
        return StructuralMatcher(knowledgeBase: kb, build: .grch38, locator: try! kb.geneLocator(build: .grch38),
                                 thresholds: CopyNumberThresholds())
    }()

    private func pair(_ five: String, _ three: String, line: Int = 2) -> FusionCandidate {
        FusionCandidate(first: .init(gene: five, contig: nil, position: nil), second: .init(gene: three, contig: nil, position: nil),
                        orientationKnown: true, inFrame: nil, basis: "as written", evidence: .tableRow(file: "table", line: line), filter: ".", support: [])
    }

    @Test func kinaseFusionWithTheKinaseThreePrimeMeetsItsRule() {
        #expect(matcher.fusionRules(for: pair("EBF1", "PDGFRB")).map { "\($0.rule.id) \($0.alteration)" }
                == ["B-PDGFRB-FUSION EBF1::PDGFRB"])
        #expect(matcher.fusionRules(for: pair("BCR", "ABL1")).map(\.rule.id) == ["B-BCR-ABL1"])
    }

    @Test func theReciprocalPairKeepsNoKinaseAndIsAnOtherFinding() {
        #expect(matcher.fusionRules(for: pair("ABL1", "NUP214")).isEmpty)
        let outcome = matcher.match(candidates: [pair("ABL1", "NUP214"), pair("ETV6", "NTRK3", line: 3)], copyNumberEvents: [])
        #expect(outcome.findings.isEmpty)
        #expect(outcome.otherFindings.map(\.name) == ["ABL1::NUP214", "ETV6::NTRK3"])
        #expect(outcome.warnings.isEmpty)
    }

    @Test func immunoglobulinSegmentsAreNamedByTheirLocus() {
        #expect(matcher.fusionRules(for: pair("IGH@", "CRLF2")).map(\.rule.id) == ["C-CRLF2-REARRANGEMENT"])
    }
}

import CallerEvidence
import HemimatchTestSupport
import Knowledge
import Matching
import Testing

/// A MAF's genome build from its NCBI_Build, checked against --build.
@Suite struct BuildDecisionTests {
    let calls = try! MAFReader.read(path: Repository.testData("somatic.grch38.maf"))

    @Test func theMAFsNCBIBuildDecides() throws {
        let decision = try BuildDecision(knowledgeBase: Fixtures.knowledgeBase, requested: nil).ofMAF(calls, input: "x.maf")
        #expect(decision == BuildDetector.Decision(build: .grch38, basis: .ncbiBuild))
    }

    @Test func anOptionThatContradictsItIsAMismatch() {
        do {
            _ = try BuildDecision(knowledgeBase: Fixtures.knowledgeBase, requested: .grch37).ofMAF(calls, input: "x.maf")
            Issue.record("decided")
        } catch {
            guard case .mismatch(let message) = error else { Issue.record("\(error)"); return }
            #expect(message == "x.maf: --build GRCh37 contradicts the MAF's NCBI_Build GRCh38")
        }
    }
}

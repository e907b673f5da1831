import HemimatchTestSupport
import Knowledge
import Profile
import Run

/// The shipped knowledge base, loaded once for the run tests.
let shippedKnowledgeBase = try! KnowledgeBase(directory: Repository.knowledgeBaseFolder)

/// The report `FileRun` gives for a file of `TestData/`, with options changed by `configure`.
func fileReport(_ name: String, _ configure: (inout RunOptions) -> Void = { _ in }) throws(RunError) -> MatchReport {
    var options = RunOptions()
    configure(&options)
    return try FileRun(knowledgeBase: shippedKnowledgeBase, options: options).report(input: Repository.testData(name), threads: 1)
}

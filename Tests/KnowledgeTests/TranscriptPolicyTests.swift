import Knowledge
import Testing

/// The transcript policy's names are what `--transcript-policy` accepts and what the run metadata's
/// `transcript_policy` begins with.
@Suite struct TranscriptPolicyNameTests {
    @Test func namesAreTheOptionValues() {
        #expect(TranscriptPolicy.allCases.map(\.rawValue) == ["mane", "canonical", "all"])
        #expect(TranscriptPolicy(rawValue: "canonical") == .canonical)
        #expect(TranscriptPolicy(rawValue: "MANE") == nil)
    }

    @Test func descriptionStartsWithTheName() {
        for policy in TranscriptPolicy.allCases {
            #expect(policy.description.hasPrefix(policy.rawValue + ": "))
        }
        #expect(TranscriptPolicy.all.description == "all: every transcript")
    }
}

import Knowledge
import Testing

@Suite("TranscriptID.unversioned")
struct TranscriptIDTests {
    @Test(
        "the version after the first dot is dropped; an id without one is unchanged",
        arguments: [
            ("ENST00000311936.8", "ENST00000311936"), ("NM_004985.5", "NM_004985"), ("NM_004985", "NM_004985"),
            ("", ""), (".3", ""), ("A.1.2", "A"),
        ])
    func unversioned(id: String, expected: String) {
        #expect(TranscriptID.unversioned(id) == expected)
    }
}

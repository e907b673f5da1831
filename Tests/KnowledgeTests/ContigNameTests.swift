import Knowledge
import Testing

@Suite("ContigName.normalized")
struct ContigNameTests {
    @Test(
        "UCSC and Ensembl spellings meet on one name",
        arguments: [
            ("chr12", "12"), ("12", "12"), ("chrM", "MT"), ("MT", "MT"), ("chrMT", "MT"), ("M", "MT"),
            ("chrX", "X"), ("x", "X"), ("chrY", "Y"), ("CHR7", "7"), ("Chr7", "7"), ("chrm", "MT"), ("cHrMt", "MT"), ("chry", "Y"),
        ])
    func normalized(name: String, expected: String) {
        #expect(ContigName.normalized(name) == expected)
    }

    @Test(
        "names that are not a chr-prefixed contig are left alone",
        arguments: [
            ("chr", "chr"), ("GL000192.1", "GL000192.1"), ("chrUn_gl000220", "Un_gl000220"), ("chrMTX", "MTX"), ("chré1", "é1"),
            ("chr\u{301}1", "chr\u{301}1"),
        ])
    func unchanged(name: String, expected: String) {
        #expect(ContigName.normalized(name) == expected)
    }
}

import Knowledge
import Testing

@Suite("GenomeBuild")
struct GenomeBuildTests {
    @Test(
        "common build names",
        arguments: [
            ("hg19", GenomeBuild.grch37), ("b37", .grch37), ("GRCh37", .grch37), ("grch37", .grch37), ("37", .grch37),
            ("hg38", .grch38), ("GRCh38", .grch38), ("HG38", .grch38), ("b38", .grch38),
        ])
    func knownNames(name: String, build: GenomeBuild) {
        #expect(GenomeBuild(name: name) == build)
    }

    @Test("unknown names give nil", arguments: ["hg18", "GRCh36", "", "T2T-CHM13", "grch38 "])
    func unknownNames(name: String) {
        #expect(GenomeBuild(name: name) == nil)
    }

    @Test("raw values are the GRC names")
    func rawValues() {
        #expect(GenomeBuild.allCases.map(\.rawValue) == ["GRCh37", "GRCh38"])
    }
}

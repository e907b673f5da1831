import CallerEvidence
import HemimatchTestSupport
import Knowledge
import Testing

/// The caller tables given beside a variant file, read in order with each file's role and format.
@Suite struct CallerTablesTests {
    @Test func eachFileKeepsItsRoleFormatAndRows() throws {
        let tables = try CallerTables.load(
            fusionTables: [Repository.testData("tumor.arriba.tsv")],
            copyNumberFiles: [Repository.testData("tumor.cnvkit.cns")], thresholds: CopyNumberThresholds())
        #expect(tables.files.map(\.role) == [.fusions, .copyNumber])
        #expect(tables.files.map(\.format) == ["arriba", "cnvkit"])
        #expect(tables.files[0].fusions.map(\.name) == ["EBF1::PDGFRB"])
        // IKZF1 -1.1 and NF1 -1.3 are losses; KRAS -0.05 is neither.
        #expect(tables.files[1].copyNumberEvents.map(\.direction) == [.loss, .loss])
        #expect(tables.files[1].copyNumberEvents.map(\.log2) == [-1.1, -1.3])
        // Neither table has a sample column: the run decides whose rows they are.
        #expect(tables.files.map(\.samples) == [nil, nil])
        #expect(!tables.isEmpty)
    }

    @Test func aMissingTableIsUnreadableAndNamed() {
        #expect(throws: CallerTableError(file: "/nonexistent/fusions.tsv", problem: "no such readable file", unreadable: true)) {
            try CallerTables.load(fusionTables: ["/nonexistent/fusions.tsv"], copyNumberFiles: [], thresholds: CopyNumberThresholds())
        }
    }
}

/// A fusion table's breakpoints against the run's build: a table that fits the other build is said once.
@Suite struct TableBuildCheckTests {
    let knowledgeBase = try! KnowledgeBase(directory: Repository.knowledgeBaseFolder)

    func warnings(_ build: GenomeBuild) throws -> [String] {
        let tables = try CallerTables.load(
            fusionTables: [Repository.testData("tumor.arriba.tsv")], copyNumberFiles: [],
            thresholds: CopyNumberThresholds())
        return try TableBuildCheck(build: build, knowledgeBase: knowledgeBase).check(tables)
    }

    @Test func aGRCh38TableFitsGRCh38() throws {
        #expect(try warnings(.grch38) == [])
    }

    @Test func aGRCh38TableBesideAGRCh37FileIsWarned() throws {
        #expect(
            try warnings(.grch37) == [
                "tumor.arriba.tsv: the fusion table fits genome build GRCh38 better than GRCh37: 2 of its 2 breakpoints lie in their genes "
                    + "on GRCh38, 0 on GRCh37: is the table on GRCh38? Its fusions are matched by gene; give a table called on the variant "
                    + "file's build for the breakpoint checks"
            ])
    }
}

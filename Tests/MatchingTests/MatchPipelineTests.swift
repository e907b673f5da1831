import Annotation
import Assessment
import CallerEvidence
import HemimatchTestSupport
import Knowledge
import Matching
import Profile
import Testing
import VariantIO

@Suite struct MatchPipelineTests {
    private func run(threads: Int, batchSize: Int) throws -> PipelineOutcome {
        let request = FieldRequest(info: ["CSQ"], formatIntegers: SampleSupport.integerTags, formatFloats: SampleSupport.floatTags)
        let reader = try VariantReader(
            path: Repository.root.appendingPathComponent("TestData/tumor_normal.grch38.vcf").path,
            request: request)
        let format = reader.header.infoDefinition("CSQ").flatMap { ConsequenceFormat(headerDescription: $0.description) }
        let matcher = RecordMatcher(
            knowledgeBase: Fixtures.knowledgeBase, build: .grch38, annotations: format.map { [$0] } ?? [], includeFiltered: false)
        let pipeline = MatchPipeline(
            matcher: matcher, panel: PanelIndex(genes: Fixtures.knowledgeBase.genes.values, build: .grch38),
            threads: threads, batchSize: batchSize)
        return try pipeline.run(reader)
    }

    @Test func findsTheBundledSampleAlterationsInFileOrder() throws {
        let outcome = try run(threads: 1, batchSize: 512)
        #expect(
            outcome.findings.map { "\($0.rule.gene) \($0.alteration) \($0.passedFilter)" }
                == ["NRAS p.Q61K false", "JAK2 p.R683G true", "KRAS p.G12D true", "FLT3 ITD true"])
        #expect(outcome.recordsRead == 6)
        #expect(outcome.recordsKept == 5, "the TP53 record is dropped before decoding")
        #expect(outcome.recordsFiltered == 1)
    }

    @Test(arguments: [(1, 1), (2, 1), (4, 1), (4, 2), (3, 512)])
    func orderAndContentDoNotDependOnThreadsOrBatches(threads: Int, batchSize: Int) throws {
        let reference = try run(threads: 1, batchSize: 512)
        let other = try run(threads: threads, batchSize: batchSize)
        #expect(other.findings == reference.findings)
        #expect(other.recordsFiltered == reference.recordsFiltered)
    }

    @Test func profilesKeepOneAlterationPerChangeAndOnlyCarriers() throws {
        let outcome = try run(threads: 2, batchSize: 1)
        let builder = ProfileBuilder(knowledgeBase: Fixtures.knowledgeBase, context: .init(build: .grch38, annotated: true, normalIndices: [1]))
        let profiles = builder.profiles(findings: outcome.findings + outcome.findings, samples: [("TUMOR", 0), ("NORMAL", 1)])
        #expect(profiles[0].alterations.map(\.alteration) == ["p.R683G", "p.G12D", "ITD"])
        #expect(profiles[0].alterations.map(\.records.count) == [2, 2, 2], "a repeated finding is one alteration with two records")
        #expect(profiles[0].alterations[1].sources.map(\.id) == ["NCT05658640", "CHANG2018", "DOCM2016", "IRVING2014"])
        #expect(profiles[1].alterations.isEmpty, "the normal's genotypes are 0/0")
        #expect(profiles[1].suggestedGroup == "A")
    }
}

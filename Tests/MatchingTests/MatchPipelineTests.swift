import Annotation
import Assessment
import CallerEvidence
import Foundation
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

    /// A kept record's CSQ and AD are views of the htslib buffers it took from the reader, and the reader
    /// parses later records into buffers that matched records gave back: every record's own values must
    /// reach its finding, on whichever matcher thread (run under ThreadSanitizer by `make sanitize-threads`).
    @Test(arguments: [(2, 1), (2, 7), (4, 32)])
    func recordsHandedToMatchersKeepTheirOwnBuffers(threads: Int, batchSize: Int) throws {
        let folder = try TemporaryDirectory()
        let count = 3000
        let header = try String(contentsOfFile: Repository.path("TestData/tumor_normal.grch38.vcf"), encoding: .utf8)
            .split(separator: "\n").filter { $0.hasPrefix("#") }.map(String.init)
        // Each record's transcript version and tumor AD are its own: a buffer read after another record
        // was parsed into it gives another record's values.
        let lines = (1...count).map { index in
            "chr12\t25245350\t.\tC\tT\t.\tPASS\tCSQ=T|missense_variant|MODERATE|KRAS|ENSG00000133703|Transcript|ENST00000311936.\(index)|"
                + "protein_coding|ENST00000311936.\(index):c.35G>A|ENSP00000308495.3:p.Gly12Asp|YES|NM_004985.5\tGT:AD:DP\t0/1:\(index),\(index + 1):\(2 * index + 1)\t0/0:61,0:61"
        }
        let path = try folder.write("many.vcf", header + lines)
        let request = FieldRequest(info: ["CSQ"], formatIntegers: SampleSupport.integerTags, formatFloats: SampleSupport.floatTags)
        let reader = try VariantReader(path: path, request: request)
        let format = try #require(reader.header.infoDefinition("CSQ").flatMap { ConsequenceFormat(headerDescription: $0.description) })
        let pipeline = MatchPipeline(
            matcher: RecordMatcher(knowledgeBase: Fixtures.knowledgeBase, build: .grch38, annotations: [format], includeFiltered: false),
            panel: PanelIndex(genes: Fixtures.knowledgeBase.genes.values, build: .grch38), threads: threads, batchSize: batchSize)
        let outcome = try pipeline.run(reader)
        #expect(outcome.recordsKept == count)
        #expect(outcome.findings.map(\.transcript) == (1...count).map { "ENST00000311936.\($0)" })
        #expect(outcome.findings.map { $0.support.map(\.altReads) } == (1...count).map { [$0 + 1, 0] })
        #expect(outcome.findings.map { $0.support.map(\.depth) } == (1...count).map { [2 * $0 + 1, 61] })
    }
}

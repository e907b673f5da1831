import CallerEvidence
import HemimatchTestSupport
import Knowledge
import Testing
import VariantIO

/// Gene pairs from a file's breakend records: named by the gene spans, 5' partner first.
@Suite struct FusionAssemblerTests {
    let knowledgeBase = try! KnowledgeBase(directory: Repository.knowledgeBaseFolder)

    func record(_ position: Int, _ id: String, _ alt: String, info: [String: String] = [:]) -> VariantRecord {
        VariantRecord(
            ordinal: 1, contig: "chr5", position: position, id: id, ref: "N", alts: [alt], filters: ["PASS"], info: InfoValues(info), samples: [])
    }

    func candidates(_ records: [VariantRecord]) throws -> [FusionCandidate] {
        let assembler = FusionAssembler(knowledgeBase: knowledgeBase, build: .grch38, locator: try knowledgeBase.geneLocator(build: .grch38))
        return assembler.candidates(from: records.flatMap { StructuralRecordParser.parse($0).junctions })
    }

    /// TestData/structural.grch38.vcf's EBF1::PDGFRB pair: both mates give the pair, each its own record.
    @Test func aBreakendPairIsNamedByTheGeneSpansFivePrimeFirst() throws {
        let found = try candidates([record(150130253, "EBF1_PDGFRB_2", "N[chr5:158754285["), record(158754285, "EBF1_PDGFRB_1", "]chr5:150130253]N")])
        #expect(found.map(\.name) == ["EBF1::PDGFRB", "EBF1::PDGFRB"])
        #expect(
            found.map(\.evidence) == [
                .structuralRecord(contig: "chr5", position: 150130253, id: "EBF1_PDGFRB_2"),
                .structuralRecord(contig: "chr5", position: 158754285, id: "EBF1_PDGFRB_1"),
            ])
        #expect(found.map(\.orientationKnown) == [true, true])
        #expect(found.map(\.basis) == ["gene spans at the breakpoints (GRCh38)", "gene spans at the breakpoints (GRCh38)"])
        #expect(found.map(\.first.position) == [158754285, 158754285])
        #expect(found.map(\.second.position) == [150130253, 150130253])
    }

    /// The file's own GENE5/GENE3 names the pair; the spans only say which breakpoint is whose.
    @Test func theFilesOwnGeneNamesNameThePair() throws {
        let found = try candidates([record(158754285, "r1", "]chr5:150130253]N", info: ["GENE5": "EBF1", "GENE3": "PDGFRB"])])
        #expect(found.map(\.name) == ["EBF1::PDGFRB"])
        #expect(found.map(\.basis) == ["the file's GENE5/GENE3 annotation (gene spans at the breakpoints: EBF1 / PDGFRB)"])
    }
}

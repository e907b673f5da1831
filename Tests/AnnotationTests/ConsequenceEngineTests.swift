import Annotation
import HemimatchTestSupport
import Knowledge
import Testing

/// The built-in consequence engine on the fixture knowledge base's KRAS model (GRCh38, minus
/// strand), with a made-up genome handed to `GeneSequences` instead of a FASTA.
@Suite struct ConsequenceEngineTests {
    static let knowledgeBase = try! KnowledgeBase(directory: Repository.fixtureKnowledgeBaseFolder)

    /// A genome of A's, but KRAS codon 12: c.34-36 `GGT` lies on the minus strand at 25,245,349-351 as `ACC`.
    static func bases(contig: String, start: Int, end: Int) -> [UInt8]? {
        guard contig == "12" else { return nil }
        return (start...end).map { [25_245_350, 25_245_351].contains($0) ? UInt8(ascii: "C") : UInt8(ascii: "A") }
    }

    let withoutGenome = PanelConsequences(knowledgeBase: knowledgeBase, build: .grch38)
    let withGenome = PanelConsequences(
        knowledgeBase: knowledgeBase, build: .grch38,
        sequences: GeneSequences(models: (knowledgeBase.transcripts[.grch38] ?? [:]).values, bases: bases))

    private func summary(_ engine: PanelConsequences, _ position: Int, _ ref: String, _ alt: String, contig: String = "chr12") -> [String] {
        engine.effects(contig: contig, position: position, ref: ref, alt: alt)
            .map { "\($0.gene) \($0.change?.description ?? "-") \($0.consequences.sorted().joined(separator: ","))" }
    }

    @Test func substitutionsAreTranslatedOnlyWithTheGenome() {
        #expect(!withoutGenome.translates)
        #expect(summary(withoutGenome, 25_245_350, "C", "T") == ["KRAS - coding_sequence_variant"])
        #expect(withGenome.translates)
        #expect(summary(withGenome, 25_245_350, "C", "T") == ["KRAS p.G12D missense_variant"])
        #expect(summary(withGenome, 25_245_350, "C", "A") == ["KRAS p.G12V missense_variant"])
        #expect(summary(withGenome, 25_245_349, "A", "G") == ["KRAS p.G12= synonymous_variant"])
    }

    @Test func indelsAndPlacesOutsideTheModel() {
        #expect(summary(withoutGenome, 25_245_350, "C", "CA") == ["KRAS - frameshift_variant"])
        // Without the genome the residues are unknown (X), their place is not.
        #expect(summary(withoutGenome, 25_245_350, "C", "CAAA") == ["KRAS p.X12_X13insX inframe_insertion"])
        #expect(summary(withoutGenome, 25_300_000, "C", "T").isEmpty, "beyond KRAS")
        #expect(summary(withoutGenome, 25_245_350, "C", "T", contig: "chr1").isEmpty, "no model on chr1")
    }

    @Test func referenceMismatchesAreFoundInTheGenome() {
        #expect(withGenome.refMismatch(contig: "chr12", position: 25_245_350, ref: "C") == nil)
        let mismatch = withGenome.refMismatch(contig: "chr12", position: 25_245_350, ref: "G")
        #expect(mismatch?.position == 25_245_350 && mismatch?.expected == "C")
        #expect(withoutGenome.refMismatch(contig: "chr12", position: 25_245_350, ref: "G") == nil, "nothing to compare without a genome")
    }
}

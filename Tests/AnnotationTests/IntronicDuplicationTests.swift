import Annotation
import HemimatchTestSupport
import Knowledge
import Testing

/// In-frame insertions written in an intron beside a coding exon, placed as a tandem duplication of
/// the exon's bases, on the knowledge base's FLT3 model in GRCh37 (NM_004119, minus strand; exon 14 is
/// 13:28608219-28608351, intron 14 below it, intron 13 above it) as TCGA LAML's ITDs are written.
@Suite struct IntronicDuplicationTests {
    static let knowledgeBase = try! KnowledgeBase(directory: Repository.knowledgeBaseFolder)
    let engine = PanelConsequences(knowledgeBase: knowledgeBase, build: .grch37)

    /// Effects of inserting `count` bases (`GTC` repeated, so nothing is trimmed against the `A` anchor) after `position`.
    private func inserted(after position: Int, count: Int, engine: PanelConsequences? = nil) -> [VariantEffect] {
        let bases = String(String(repeating: "GTC", count: count / 3 + 1).prefix(count))
        return (engine ?? self.engine).effects(contig: "13", position: position, ref: "A", alt: "A" + bases)
    }

    @Test func anITDWrittenFiveBasesIntoIntron14IsPlacedOnExon14() throws {
        // TCGA-AB-2988: 36 bases after 28608214; the segment 28608215-28608250 reaches exon 14's last 32 bases.
        let effects = inserted(after: 28_608_214, count: 36)
        #expect(effects.count == 1)
        let effect = try #require(effects.first)
        #expect(effect.gene == "FLT3")
        #expect(effect.consequences == ["inframe_insertion"])
        #expect(effect.duplication == IntronicDuplication(intron: 14, exon: 14, distance: 4, length: 36))
        #expect(effect.hgvsc == "NM_004119:c.1806_1837dup")
        #expect(effect.change?.description == "p.X602_X613insXXXXXXXXXXXX")
        #expect(effect.change?.residuesGained == 12)
    }

    @Test func anITDWrittenInIntron13IsPlacedOnTheExonBelowIt() throws {
        // 28608352-28608355 are intron 13; the segment runs down from 28608355 into exon 14's first coding bases.
        let effect = try #require(inserted(after: 28_608_355, count: 18).first)
        #expect(effect.duplication == IntronicDuplication(intron: 13, exon: 14, distance: 4, length: 18))
        #expect(effect.hgvsc == "NM_004119:c.1705_1718dup")
    }

    @Test func nextToTheSpliceSiteBothReadingsAreGiven() {
        // TCGA-AB-2895: after 28608218, intron 14's first base, right at exon 14: it touches the donor site too.
        let effects = inserted(after: 28_608_218, count: 45)
        #expect(effects.map { $0.consequences.sorted() } == [["inframe_insertion"], ["splice_donor_variant"]])
        #expect(effects.first?.duplication?.distance == 0)
    }

    @Test func farFromTheExonFrameshiftedShortOrDeletedNothingIsPlaced() {
        // 36 bases written 38 bases into intron 14: the segment 28608181-28608216 reaches no coding base.
        #expect(inserted(after: 28_608_180, count: 36).isEmpty)
        #expect(inserted(after: 28_608_184, count: 36).first?.duplication?.distance == 34, "34 < 36: still reaches the exon")
        // Not a multiple of three: a frameshift is never turned into an in-frame change.
        #expect(inserted(after: 28_608_214, count: 37).isEmpty)
        #expect(inserted(after: 28_608_214, count: 35).isEmpty)
        // Too short to be read as a duplication (an intronic indel, not an ITD).
        #expect(inserted(after: 28_608_214, count: 12).isEmpty)
        // A deletion in the intron is not an insertion.
        #expect(engine.effects(contig: "13", position: 28_608_150, ref: "A" + String(repeating: "GTC", count: 12), alt: "A").isEmpty)
        // In the exon, an insertion is what it is: no duplication placement.
        let exonic = inserted(after: 28_608_300, count: 36)
        #expect(exonic.map(\.consequences) == [["inframe_insertion"]])
        #expect(exonic.first?.duplication == nil)
    }

    @Test func withTheReferenceSequenceTheSamePlacementHolds() throws {
        let sequences = GeneSequences(models: (Self.knowledgeBase.transcripts[.grch37] ?? [:]).values) { contig, start, end in
            contig == "13" ? [UInt8](repeating: UInt8(ascii: "A"), count: end - start + 1) : nil
        }
        let withGenome = PanelConsequences(knowledgeBase: Self.knowledgeBase, build: .grch37, sequences: sequences)
        #expect(withGenome.translates)
        #expect(inserted(after: 28_608_214, count: 36, engine: withGenome) == inserted(after: 28_608_214, count: 36))
    }
}

import CallerEvidence
import Knowledge
import Matching
import Testing

/// The rearrangement engine in process: gene pairs against fusion and kinase-fusion rules, the
/// reciprocal pair that keeps no kinase, and the pairs no rule names.
@Suite struct StructuralMatcherTests {
    private let matcher: StructuralMatcher = {
        let kb = Fixtures.knowledgeBase
        return StructuralMatcher(
            knowledgeBase: kb, build: .grch38, locator: try! kb.geneLocator(build: .grch38),
            thresholds: CopyNumberThresholds())
    }()

    private func pair(_ five: String, _ three: String, line: Int = 2) -> FusionCandidate {
        FusionCandidate(
            first: .init(gene: five, contig: nil, position: nil), second: .init(gene: three, contig: nil, position: nil),
            orientationKnown: true, inFrame: nil, basis: "as written", evidence: .tableRow(file: "table", line: line), filter: ".", support: [])
    }

    @Test func kinaseFusionWithTheKinaseThreePrimeMeetsItsRule() {
        #expect(
            matcher.fusionRules(for: pair("EBF1", "PDGFRB")).map { "\($0.rule.id) \($0.alteration)" }
                == ["B-PDGFRB-FUSION EBF1::PDGFRB"])
        #expect(matcher.fusionRules(for: pair("BCR", "ABL1")).map(\.rule.id) == ["B-BCR-ABL1"])
    }

    @Test func theReciprocalPairKeepsNoKinaseAndIsAnOtherFinding() {
        #expect(matcher.fusionRules(for: pair("ABL1", "NUP214")).isEmpty)
        let outcome = matcher.match(candidates: [pair("ABL1", "NUP214"), pair("ETV6", "NTRK3", line: 3)], copyNumberEvents: [])
        #expect(outcome.findings.isEmpty)
        #expect(outcome.otherFindings.map(\.kind) == [.fusion(name: "ABL1::NUP214"), .fusion(name: "ETV6::NTRK3")])
        #expect(outcome.warnings.isEmpty)
    }

    @Test func immunoglobulinSegmentsAreNamedByTheirLocus() {
        #expect(matcher.fusionRules(for: pair("IGH@", "CRLF2")).map(\.rule.id) == ["C-CRLF2-REARRANGEMENT"])
    }

    // The kinase-domain check (`keepsKinaseDomain`): a 3' kinase keeps its domain only when its
    // breakpoint lies inside the gene and upstream of the domain's first codon (ABL1 codon 242 on the
    // plus strand, PDGFRB codon 600 on the minus strand, as rules.tsv gives them).

    /// The first (or `base`-th) genomic base of `codon` of `gene`'s GRCh38 transcript, in transcript order.
    private func position(_ gene: String, codon: Int, base: Int = 0) throws -> Int {
        let model = try #require(Fixtures.knowledgeBase.transcripts[.grch38]?[gene])
        return try #require(model.genomicPositions(ofCodon: codon))[base]
    }

    private func placed(_ five: String, _ three: String, contig: String, position: Int, fromTable: Bool = false) -> FusionCandidate {
        var candidate = FusionCandidate(
            first: .init(gene: five, contig: nil, position: nil), second: .init(gene: three, contig: contig, position: position),
            orientationKnown: true, inFrame: nil, basis: "junction", evidence: .structuralRecord(contig: "chr9", position: 1, id: "bnd"),
            filter: "PASS", support: [])
        candidate.fromCallerTable = fromTable
        return candidate
    }

    @Test func aPlusStrandKinaseKeepsItsDomainOnlyWhenItBreaksUpstreamOfItsFirstCodon() throws {
        let upstream = matcher.fusionRules(for: placed("NUP214", "ABL1", contig: "chr9", position: try position("ABL1", codon: 200)))
        #expect(
            upstream.map { "\($0.rule.id) \($0.alteration) \($0.basis)" }
                == ["B-ABL1-FUSION NUP214::ABL1 junction; breakpoint upstream of the kinase domain (codon 242)"])
        let lastBaseBefore = try position("ABL1", codon: 241, base: 2)
        #expect(matcher.fusionRules(for: placed("NUP214", "ABL1", contig: "chr9", position: lastBaseBefore)).map(\.rule.id) == ["B-ABL1-FUSION"])
        // On the domain's first base, or past it: the kinase domain is broken and no rule is met.
        #expect(matcher.fusionRules(for: placed("NUP214", "ABL1", contig: "chr9", position: try position("ABL1", codon: 242))).isEmpty)
        #expect(matcher.fusionRules(for: placed("NUP214", "ABL1", contig: "chr9", position: try position("ABL1", codon: 300))).isEmpty)
        #expect(
            matcher.fusionRules(for: placed("BCR", "ABL1", contig: "chr9", position: try position("ABL1", codon: 300))).isEmpty,
            "BCR::ABL1 past the domain meets neither ABL1 rule")
    }

    @Test func aMinusStrandKinaseKeepsItsDomainOnlyWhenItBreaksAboveItsFirstCodon() throws {
        let upstream = try position("PDGFRB", codon: 500)
        let past = try position("PDGFRB", codon: 700)
        #expect(upstream > past, "PDGFRB lies on the minus strand: upstream is the higher coordinate")
        #expect(
            matcher.fusionRules(for: placed("EBF1", "PDGFRB", contig: "chr5", position: upstream)).map { "\($0.rule.id) \($0.basis)" }
                == ["B-PDGFRB-FUSION junction; breakpoint upstream of the kinase domain (codon 600)"])
        #expect(matcher.fusionRules(for: placed("EBF1", "PDGFRB", contig: "chr5", position: try position("PDGFRB", codon: 600))).isEmpty)
        #expect(matcher.fusionRules(for: placed("EBF1", "PDGFRB", contig: "chr5", position: past)).isEmpty)
    }

    @Test func aKinaseBreakpointOutsideTheGeneLeavesItWholeInAVCFAndUncheckedInATable() throws {
        let span = try #require(Fixtures.knowledgeBase.genes["ABL1"]?.spans[.grch38])
        let before = span.start - 50_000
        #expect(
            matcher.fusionRules(for: placed("NUP214", "ABL1", contig: "chr9", position: before)).isEmpty,
            "a junction before ABL1 leaves the gene whole, promoter and all: no fusion protein")
        #expect(
            matcher.fusionRules(for: placed("NUP214", "ABL1", contig: "chr9", position: before, fromTable: true)).map { "\($0.rule.id) \($0.basis)" }
                == ["B-ABL1-FUSION junction; breakpoint not checked against the kinase domain"])
    }
}

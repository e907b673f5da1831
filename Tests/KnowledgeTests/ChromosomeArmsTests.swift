import HemimatchTestSupport
import Testing

@testable import Knowledge

/// Focal, arm-level and whole-chromosome segments on the shipped centromeres of both builds.
@Suite struct ChromosomeArmsTests {
    let arms = try! Repository.knowledgeBase().arms
    /// NF1 (17q11.2) and IKZF1 (7p12) midpoints, roughly, per build.
    static let nf1: [GenomeBuild: Int] = [.grch38: 31_200_000, .grch37: 29_550_000]
    static let ikzf1: [GenomeBuild: Int] = [.grch38: 50_330_000, .grch37: 50_370_000]

    @Test(arguments: [GenomeBuild.grch38, .grch37])
    func aWholeChromosome17LossIsWholeChromosomeOn17q(build: GenomeBuild) throws {
        let length = build == .grch38 ? 83_257_441 : 81_195_210
        let measure = try #require(arms.measure(contig: "chr17", start: 1, end: length, position: Self.nf1[build]!, build: build))
        #expect(measure == ChromosomeArms.Measure(extent: .wholeChromosome, arm: "17q", armFraction: 1))
    }

    @Test(arguments: [GenomeBuild.grch38, .grch37])
    func aLossOfMostOf17qIsArmLevelAndA100kbLossIsFocal(build: GenomeBuild) throws {
        let length = build == .grch38 ? 83_257_441 : 81_195_210
        let arm = try #require(arms.measure(contig: "17", start: 27_000_000, end: length, position: Self.nf1[build]!, build: build))
        #expect(arm.extent == .arm)
        #expect(arm.arm == "17q")
        let focal = try #require(
            arms.measure(
                contig: "17", start: Self.nf1[build]! - 50_000, end: Self.nf1[build]! + 50_000,
                position: Self.nf1[build]!, build: build))
        #expect(focal.extent == .focal)
        #expect(focal.armFraction < 0.01)
    }

    @Test func halfAnArmIsTheCutOff() throws {
        // GRCh38 7p is 1..58,169,653: a loss of just over half of it is broad, just under is focal.
        let half = 58_169_653 / 2
        let over = try #require(arms.measure(contig: "7", start: 1, end: half + 1_000, position: 1_000, build: .grch38))
        let under = try #require(arms.measure(contig: "7", start: 1, end: half - 1_000, position: 1_000, build: .grch38))
        #expect(over.extent == .arm)
        #expect(under.extent == .focal)
        #expect(ChromosomeArms.broadArmFraction == 0.5)
    }

    @Test func monosomy7CoversIKZF1sArm7p() throws {
        let measure = try #require(arms.measure(contig: "7", start: 1, end: 159_345_973, position: Self.ikzf1[.grch38]!, build: .grch38))
        #expect(measure.extent == .wholeChromosome)
        #expect(measure.arm == "7p")
    }

    @Test func anUnknownContigHasNoExtent() {
        #expect(arms.measure(contig: "chrUn_KI270742v1", start: 1, end: 1000, position: 10, build: .grch38) == nil)
    }
}

import HemimatchTestSupport
import Testing

@testable import Knowledge

@Suite("BuildDetector of the Reference knowledge base")
struct BuildDetectorTests {
    typealias Contigs = [(name: String, length: Int?)]

    static let grch38WithPrefix: Contigs = [("chr1", 248956422), ("chr12", 133275309), ("chrX", 156040895), ("chrM", 16569)]
    static let grch37WithoutPrefix: Contigs = [("1", 249250621), ("12", 133851895), ("X", 155270560), ("MT", 16569)]

    let detector: BuildDetector

    init() throws {
        detector = try Repository.knowledgeBase().buildDetector
    }

    /// The `BuildError` `decide` throws, or `nil` (and a recorded issue) when it decides.
    func failure(
        _ contigs: Contigs, requested: GenomeBuild? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> BuildError? {
        do {
            let decision = try detector.decide(contigs: contigs, requested: requested)
            Issue.record("decided \(decision.build.rawValue) from \(decision.basis)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    @Test("GRCh38 lengths with chr prefixes decide GRCh38 from the header")
    func grch38() throws {
        let decision = try detector.decide(contigs: Self.grch38WithPrefix, requested: nil)
        #expect(decision == BuildDetector.Decision(build: .grch38, basis: .header))
    }

    @Test("GRCh37 lengths without prefixes decide GRCh37 from the header")
    func grch37() throws {
        let decision = try detector.decide(contigs: Self.grch37WithoutPrefix, requested: nil)
        #expect(decision == BuildDetector.Decision(build: .grch37, basis: .header))
    }

    @Test("a request that agrees with the header keeps the header as basis")
    func agreeingRequest() throws {
        let decision = try detector.decide(contigs: Self.grch37WithoutPrefix, requested: .grch37)
        #expect(decision == BuildDetector.Decision(build: .grch37, basis: .header))
    }

    @Test("a GRCh37 header with --build GRCh38 throws, naming the contig that says GRCh37")
    func contradictingRequest() throws {
        let error = try #require(failure(Self.grch37WithoutPrefix, requested: .grch38))
        #expect(error.description == "--build GRCh38 contradicts the header: contig 1 (length 249250621) is GRCh37")
    }

    @Test("contigs without lengths and no request throw")
    func noLengthsNoRequest() throws {
        let error = try #require(failure([("chr1", nil), ("chr12", nil)]))
        #expect(
            error.description == "the genome build cannot be decided: no header contig has a GRCh37 or GRCh38 length; "
                + "pass --build GRCh37 or --build GRCh38")
    }

    @Test("contigs without lengths take the requested build, with the option as basis")
    func noLengthsWithRequest() throws {
        let decision = try detector.decide(contigs: [("chr1", nil), ("chr12", nil)], requested: .grch37)
        #expect(decision == BuildDetector.Decision(build: .grch37, basis: .option))
    }

    @Test("no contigs at all with a request take the request")
    func noContigsWithRequest() throws {
        #expect(try detector.decide(contigs: [], requested: .grch38) == BuildDetector.Decision(build: .grch38, basis: .option))
    }

    @Test("a chr1 length of neither build throws, naming the contig and both expected lengths")
    func wrongLength() throws {
        let error = try #require(failure([("chr12", 133275309), ("chr1", 248956000)]))
        #expect(
            error.description
                == "contig chr1 has length 248956000, which matches no known build (GRCh37 249250621, GRCh38 248956422)")
    }

    @Test("GRCh37 and GRCh38 contigs in one header throw, naming one witness of each")
    func mixedBuilds() throws {
        let error = try #require(failure([("chr1", 249250621), ("chr2", 242193529), ("chr3", 198022430)]))
        #expect(
            error.description
                == "header contigs mix genome builds: chr1 (length 249250621) is GRCh37, chr2 (length 242193529) is GRCh38")
    }

    @Test("the mitochondrion, equally long in both builds, decides nothing on its own")
    func mitochondrionAlone() throws {
        let error = try #require(failure([("chrM", 16569)]))
        #expect(error.description.hasPrefix("the genome build cannot be decided"))
        #expect(
            try detector.decide(contigs: [("chrM", 16569)], requested: .grch37)
                == BuildDetector.Decision(build: .grch37, basis: .option))
    }

    @Test("contigs outside the primary assembly are ignored")
    func extraContigs() throws {
        let contigs: Contigs = [("chrUn_KI270302v1", 2274), ("chr1_KI270706v1_random", 175055), ("chr1", 248956422)]
        #expect(try detector.decide(contigs: contigs, requested: nil) == BuildDetector.Decision(build: .grch38, basis: .header))
    }

    // UCSC hg19 (e.g. the GATK hg19 bundle) declares chrM with the old 16571 bp mitochondrion, not rCRS's 16569.
    @Test
    func ucscHg19Header() throws {
        let contigs: Contigs = [("chrM", 16571), ("chr1", 249250621), ("chr12", 133851895)]
        #expect(try detector.decide(contigs: contigs, requested: nil) == BuildDetector.Decision(build: .grch37, basis: .header))
    }
}

@Suite("BuildDetector: the reference's name, when no contig length decides")
struct ReferenceNameTests {
    @Test(arguments: [
        ("/shared/genomes/b37/full/human_g1k_v37.fasta", GenomeBuild.grch37), ("hg19", .grch37), ("GRCh37.p5", .grch37),
        ("file:///tmp/local_ngs_data_GRCh38/GRCh38.fa", .grch38), ("Homo_sapiens_assembly38.fasta", nil), ("hs38DH.fa", .grch38),
    ])
    func nameGivesTheBuild(name: String, build: GenomeBuild?) {
        #expect(BuildDetector.build(named: [name]) == build)
    }

    @Test func conflictingOrAbsentNamesDecideNothing() throws {
        #expect(BuildDetector.build(named: ["hg19", "GRCh38"]) == nil)
        #expect(BuildDetector.build(named: []) == nil)
        let detector = try Repository.knowledgeBase().buildDetector
        #expect(
            try detector.decide(contigs: [], requested: nil, hints: ["human_g1k_v37.fasta"])
                == BuildDetector.Decision(build: .grch37, basis: .referenceLine))
        // A length or the option still wins over a name.
        #expect(try detector.decide(contigs: [], requested: .grch38, hints: ["hg19"]).build == .grch38)
    }
}

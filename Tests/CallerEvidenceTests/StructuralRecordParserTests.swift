import Testing
import VariantIO

@testable import CallerEvidence

/// `StructuralRecordParser` on hand-made records, each against the exact result: which side of each
/// breakpoint a junction keeps (it decides which partner is 5' and so whether a kinase is 3'), the
/// copy-number events, single breakends and the problems of records it cannot use. The sides expected
/// come from the VCF 4.3 specification (section 5.4: `t[p[`, `t]p]`, `]p]t`, `[p[t`), DELLY's `CT` and
/// GATK-SV's `STRANDS`, not from the parser.
@Suite struct StructuralRecordParserTests {
    /// A record at chr22:23632600 (BCR) with ID `sv1` and no samples.
    static func record(
        _ alt: String, info: [String: String] = [:], filters: [String] = ["PASS"], contig: String = "chr22",
        position: Int = 23_632_600
    ) -> VariantRecord {
        VariantRecord(
            ordinal: 1, contig: contig, position: position, id: "sv1", ref: "N", alts: [alt], filters: filters, info: InfoValues(info),
            samples: [])
    }

    static func end(_ contig: String, _ position: Int, _ kept: KeptSide?) -> BreakpointEnd {
        BreakpointEnd(contig: contig, position: position, kept: kept)
    }

    static func junction(
        _ first: BreakpointEnd, _ second: BreakpointEnd, contig: String = "chr22", position: Int = 23_632_600,
        filter: String = "PASS"
    ) -> Junction {
        Junction(
            first: first, second: second, annotatedFivePrime: nil, annotatedThreePrime: nil, annotatedGene: nil,
            evidence: .structuralRecord(contig: contig, position: position, id: "sv1"), filter: filter, support: [])
    }

    /// The four bracket forms with ABL1's breakpoint chr9:130854064 as the mate: (ALT, side this
    /// breakpoint keeps, side the mate keeps).
    static let bracketForms: [(String, KeptSide, KeptSide)] = [
        ("N[chr9:130854064[", .left, .right), // t[p[: t then the sequence right of p
        ("N]chr9:130854064]", .left, .left), // t]p]: t then the reverse complement of the sequence left of p
        ("]chr9:130854064]N", .right, .left), // ]p]t: the sequence left of p, then t
        ("[chr9:130854064[N", .right, .right), // [p[t: the reverse complement of the sequence right of p, then t
    ]

    @Test(arguments: bracketForms.indices)
    func eachBracketFormKeepsTheSidesTheSpecificationGives(_ index: Int) {
        let (alt, here, mate) = Self.bracketForms[index]
        let result = StructuralRecordParser.parse(Self.record(alt))
        #expect(
            result
                == StructuralRecordParser.Result(junctions: [
                    Self.junction(
                        Self.end("chr22", 23_632_600, here),
                        Self.end("chr9", 130_854_064, mate))
                ]), "\(alt)")
    }

    @Test func aMalformedBreakendIsAProblemNamingTheRecordNotAJunction() {
        let result = StructuralRecordParser.parse(Self.record("N[chr9:x["))
        #expect(result == StructuralRecordParser.Result(problems: ["record 1 (chr22:23632600): malformed breakend ALT 'N[chr9:x['"]))
        let beyond = StructuralRecordParser.parse(Self.record("N[chr9:9223372036854775800["))
        #expect(beyond.problems == ["record 1 (chr22:23632600): malformed breakend ALT 'N[chr9:9223372036854775800['"])
        #expect(beyond.junctions.isEmpty)
    }

    @Test func dellysSingleRecordTranslocationTakesItsSidesFromCT() {
        let result = StructuralRecordParser.parse(Self.record("<TRA>", info: ["SVTYPE": "BND", "CHR2": "chr9", "END": "130854064", "CT": "5to3"]))
        #expect(result.junctions == [Self.junction(Self.end("chr22", 23_632_600, .right), Self.end("chr9", 130_854_064, .left))])
        let threeToFive = StructuralRecordParser.parse(Self.record("<TRA>", info: ["CHR2": "chr9", "END": "130854064", "CT": "3to5"]))
        #expect(threeToFive.junctions == [Self.junction(Self.end("chr22", 23_632_600, .left), Self.end("chr9", 130_854_064, .right))])
    }

    @Test func gatkSVsTranslocationTakesItsMateFromEND2AndItsSidesFromSTRANDS() {
        let result = StructuralRecordParser.parse(
            Self.record(
                "<BND>",
                info: [
                    "CHR2": "chr9", "END2": "130854064", "END": "23632601",
                    "STRANDS": "+-",
                ]))
        #expect(result.junctions == [Self.junction(Self.end("chr22", 23_632_600, .left), Self.end("chr9", 130_854_064, .right))])
        let unsided = StructuralRecordParser.parse(Self.record("<BND>", info: ["CHR2": "chr9", "END2": "130854064"]))
        #expect(unsided.junctions == [Self.junction(Self.end("chr22", 23_632_600, nil), Self.end("chr9", 130_854_064, nil))])
    }

    @Test func aDeletionJoinsItsFlanksAndLosesWhatLiesBetween() {
        // NF1 exons 2-30 (GRCh38): POS is the padding base, END the last deleted base.
        let result = StructuralRecordParser.parse(
            Self.record(
                "<DEL>", info: ["END": "31229965", "CN": "1"], filters: ["LowQual"],
                contig: "chr17", position: 31_200_537))
        #expect(
            result.junctions == [
                Self.junction(
                    Self.end("chr17", 31_200_537, .left), Self.end("chr17", 31_229_966, .right),
                    contig: "chr17", position: 31_200_537, filter: "LowQual")
            ])
        #expect(
            result.copyNumberEvents == [
                CopyNumberEvent(
                    contig: "chr17", start: 31_200_538, end: 31_229_965, direction: .loss, copyNumber: 1,
                    log2: nil, evidence: .structuralRecord(contig: "chr17", position: 31200537, id: "sv1"), filter: "LowQual", support: [])
            ])
        #expect(result.problems.isEmpty && result.singleBreakends.isEmpty)
    }

    @Test func aTandemDuplicationJoinsItsEndToItsStart() {
        let result = StructuralRecordParser.parse(
            Self.record(
                "<DUP:TANDEM>", info: ["SVTYPE": "DUP", "SVLEN": "75"], contig: "chr13",
                position: 28_033_900))
        #expect(
            result.junctions == [
                Self.junction(
                    Self.end("chr13", 28_033_975, .left), Self.end("chr13", 28_033_901, .right),
                    contig: "chr13", position: 28_033_900)
            ])
        #expect(result.copyNumberEvents.map { "\($0.direction) \($0.start)-\($0.end)" } == ["gain 28033901-28033975"])
        #expect(result.copyNumberEvents.first?.copyNumber == nil)
    }

    @Test func anInversionIsTwoJunctions() {
        let result = StructuralRecordParser.parse(Self.record("<INV>", info: ["END": "1000"], contig: "chr5", position: 100))
        #expect(
            result.junctions == [
                Self.junction(Self.end("chr5", 100, .left), Self.end("chr5", 1000, .left), contig: "chr5", position: 100),
                Self.junction(Self.end("chr5", 101, .right), Self.end("chr5", 1001, .right), contig: "chr5", position: 100),
            ])
    }

    @Test func aCopyNumberRecordIsAGainAboveTwoCopiesALossBelowAndNothingAtTwo() {
        // ABL1 (GRCh38) at 8 copies, as the goldens' sv.vcf writes it.
        let gain = StructuralRecordParser.parse(
            Self.record(
                "<CNV>", info: ["SVTYPE": "CNV", "END": "130889675", "CN": "8"], contig: "chr9",
                position: 130_833_255))
        #expect(
            gain
                == StructuralRecordParser.Result(copyNumberEvents: [
                    CopyNumberEvent(
                        contig: "chr9", start: 130_833_256, end: 130_889_675, direction: .gain, copyNumber: 8, log2: nil,
                        evidence: .structuralRecord(contig: "chr9", position: 130833255, id: "sv1"), filter: "PASS", support: [])
                ]))
        let loss = StructuralRecordParser.parse(Self.record("<CNV>", info: ["END": "130889675", "CN": "1"], contig: "chr9", position: 130_833_255))
        #expect(loss.copyNumberEvents.map(\.direction) == [.loss])
        let neutral = StructuralRecordParser.parse(
            Self.record("<CNV>", info: ["END": "130889675", "CN": "2"], contig: "chr9", position: 130_833_255))
        #expect(neutral == StructuralRecordParser.Result())
        let uncounted = StructuralRecordParser.parse(Self.record("<CNV>", info: ["END": "130889675"], contig: "chr9", position: 130_833_255))
        #expect(uncounted == StructuralRecordParser.Result(), "a CNV without CN says nothing about direction")
    }

    @Test(arguments: [
        ["SVTYPE": "DEL", "END": "100"], // END before POS
        ["SVTYPE": "DEL", "SVLEN": "-9223372036854775808"],
        ["SVTYPE": "DEL", "SVLEN": "9223372036854775000"],
        ["SVTYPE": "DEL", "END": "9223372036854775807"],
        ["SVTYPE": "DEL"],
    ])
    func aDeletionWithoutAUsableEndIsOneProblemAndNoEvent(info: [String: String]) {
        let result = StructuralRecordParser.parse(Self.record("<DEL>", info: info, contig: "chr17", position: 31_150_000))
        #expect(
            result
                == StructuralRecordParser.Result(problems: [
                    "record 1 (chr17:31150000): structural record without a usable END or SVLEN (END before POS?)"
                ]))
    }

    @Test func singleBreakendsKeepTheSideTheirDotLeavesOpen() {
        let left = StructuralRecordParser.parse(Self.record("A.", contig: "chr9", position: 130_854_064))
        #expect(
            left
                == StructuralRecordParser.Result(singleBreakends: [
                    SingleBreakend(
                        end: Self.end("chr9", 130_854_064, .left), evidence: .singleBreakend(contig: "chr9", position: 130854064, id: "sv1"),
                        filter: "PASS", support: [])
                ]))
        let right = StructuralRecordParser.parse(Self.record(".A", contig: "chr9", position: 130_854_064))
        #expect(right.singleBreakends.map(\.end) == [Self.end("chr9", 130_854_064, .right)])
    }

    @Test func anInsertionIsAOnePointGainAndUnknownSymbolsAreIgnored() {
        let insertion = StructuralRecordParser.parse(Self.record("<INS>", contig: "chr13", position: 28_034_120))
        #expect(insertion.copyNumberEvents.map { "\($0.direction) \($0.start)-\($0.end)" } == ["gain 28034120-28034120"])
        #expect(insertion.junctions.isEmpty)
        #expect(StructuralRecordParser.parse(Self.record("<MEI>")) == StructuralRecordParser.Result())
    }

    @Test func theCallersGeneNamesRideOnTheJunction() {
        let result = StructuralRecordParser.parse(
            Self.record(
                "N[chr9:130854064[",
                info: [
                    "GENE5": "BCR", "GENE3": "ABL1",
                    "GENE_NAME": "BCR,BCR-AS1",
                ]))
        #expect(result.junctions.map { [$0.annotatedFivePrime, $0.annotatedThreePrime, $0.annotatedGene] } == [["BCR", "ABL1", "BCR"]])
    }
}

import HemimatchTestSupport
import Knowledge
import Profile
import Run
import Testing

/// Issue 27 item 4, in process: copy number read against the tumor's ploidy, the segment's extent and
/// the record's own copy number; overlapping segments of one sample said.
@Suite struct CopyNumberContextTests {
    typealias Files = ProtectiveEvidenceTests

    /// ABL1 (chr9:130.71-130.89 Mb, GRCh38) at `copies` copies, as a symbolic `<CNV>` record.
    static func abl1Copies(_ copies: Int) -> [String] {
        ["9", "130833255", "N", "<CNV>", "PASS", "SVTYPE=CNV;END=130889675;CN=\(copies)", "0,10"]
    }

    @Test("two polyploid tumors with ABL1 at the genome's own level are not B; at 3x the ploidy they are", arguments: [4.4, 5.1])
    func amplificationAgainstPloidy(ploidy: Double) throws {
        let header = ["##ALT=<ID=CNV,Description=\"Copy number variable region\">"]
        let polyploid = try #require(
            try Files.report([Self.abl1Copies(5)], extraHeader: header) { $0.copyNumberThresholds.ploidy = ploidy }.samples.first)
        #expect(polyploid.candidateGroups == ["A"])
        #expect(polyploid.otherFindings == ["ABL1 gain, copy number 5.0, below 3 x ploidy \(ploidy) (--ploidy): not an amplification"])
        let unknown = try #require(try Files.report([Self.abl1Copies(5)], extraHeader: header).samples.first)
        #expect(unknown.candidateGroups == ["B"])
        let amplified = try #require(
            try Files.report([Self.abl1Copies(Int((3 * ploidy).rounded(.up)))], extraHeader: header) {
                $0.copyNumberThresholds.ploidy = ploidy
            }.samples.first)
        #expect(amplified.candidateGroups == ["B"])
    }

    static let cnvHeader = ["##ALT=<ID=CNV,Description=\"Copy number variable region\">"]

    /// The tumor's ploidy as PURPLE's purity file and ASCAT's purity/ploidy table write it (no sample column).
    static let summaries: [(file: String, lines: [String], ploidy: Double)] = [
        ("TUMOR.purple.purity.tsv", ["purity\tnormFactor\tscore\tdiploidProportion\tploidy\tgender", "0.8\t0.97\t0.4\t0.0\t4.4\tMALE"], 4.4),
        ("TUMOR.purityploidy.txt", ["AberrantCellFraction\tPloidy", "0.9\t5.1"], 5.1),
    ]

    @Test(
        "two polyploid tumors, ploidy from the caller's own file (PURPLE 4.4, ASCAT 5.1): ABL1 at 5 copies is not B and says why; at 3x the ploidy it is B",
        arguments: summaries)
    func ploidyFromTheCallersFile(summary: (file: String, lines: [String], ploidy: Double)) throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(summary.file, summary.lines)
        let polyploid = try #require(
            try Files.report([Self.abl1Copies(5)], extraHeader: Self.cnvHeader) { $0.copyNumberFiles = [path] }.samples.first)
        #expect(polyploid.candidateGroups == ["A"])
        #expect(polyploid.alterations.isEmpty && polyploid.nearMisses.isEmpty)
        #expect(
            polyploid.otherFindings == [
                "ABL1 gain, copy number 5.0, below 3 x ploidy \(summary.ploidy) (\(summary.file) line 2): not an amplification"
            ])
        let copies = Int((3 * summary.ploidy).rounded(.up))
        let amplified = try #require(
            try Files.report([Self.abl1Copies(copies)], extraHeader: Self.cnvHeader) { $0.copyNumberFiles = [path] }.samples.first)
        #expect(amplified.candidateGroups == ["B"])
        #expect(
            amplified.alterations.map(\.basis) == [
                "copy-number gain chr9:130833256-130889675, copy number \(Double(copies)), at least 3 x ploidy \(summary.ploidy) (\(summary.file) line 2), focal (<1% of 9q)"
            ])
        // The summary speaks for no copy-number screen: it is listed with the role `ploidy`.
        let report = try Files.report([Self.abl1Copies(5)], extraHeader: Self.cnvHeader) { $0.copyNumberFiles = [path] }
        #expect(report.run.inputs.map(\.role) == [.variants, .ploidy])
    }

    @Test("--ploidy overrides the caller's ploidy, and says so")
    func givenPloidyWins() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("TUMOR.purple.purity.tsv", Self.summaries[0].lines)
        let report = try Files.report([Self.abl1Copies(7)], extraHeader: Self.cnvHeader) {
            $0.copyNumberFiles = [path]
            $0.copyNumberThresholds.ploidy = 2.0
        }
        #expect(report.samples.first?.candidateGroups == ["B"])
        #expect(
            report.run.warnings.contains(
                "TUMOR.purple.purity.tsv line 2: ploidy 4.4 for TUMOR is not used: --ploidy 2.0 overrides the caller's estimate"))
    }

    @Test("two summaries giving one sample different ploidies stop the run, naming both")
    func contradictingSummaries() throws {
        let folder = try TemporaryDirectory()
        let purple = try folder.write("TUMOR.purple.purity.tsv", Self.summaries[0].lines)
        let ascat = try folder.write("TUMOR.purityploidy.txt", Self.summaries[1].lines)
        #expect {
            try Files.report([Self.abl1Copies(5)], extraHeader: Self.cnvHeader) { $0.copyNumberFiles = [purple, ascat] }
        } throws: { error in
            (error as? RunError)?.kind == .usage
                && (error as? RunError)?.message
                    == "two ploidies for sample TUMOR: 4.4 (TUMOR.purple.purity.tsv line 2) and 5.1 (TUMOR.purityploidy.txt line 2): "
                    + "give one purity/ploidy file per sample, or decide with --ploidy"
        }
    }

    @Test("per sample: a FACETS summary's ploidy reaches the tumor its row names, as segments do")
    func ploidyPerSample() throws {
        let folder = try TemporaryDirectory()
        let lengths = shippedKnowledgeBase.buildDetector.lengths[.grch38]!
        let vcf = try folder.write(
            "pair.vcf",
            [
                "##fileformat=VCFv4.2", "##contig=<ID=chr9,length=\(lengths["9"]!)>", "##contig=<ID=chr12,length=\(lengths["12"]!)>",
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
                "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">",
                "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tT1\tT2",
                "chr12\t25245350\t.\tC\tT\t.\tPASS\t.\tGT:AD\t0/1:60,40\t0/1:60,40",
            ])
        let segments = try folder.write(
            "segments.tsv",
            [
                "sample\tchromosome\tstart\tend\tcn",
                "T1\tchr9\t130713946\t130887675\t5", "T2\tchr9\t130713946\t130887675\t5",
            ])
        let facets = try folder.write("P1.txt", ["sample\tpurity\tploidy\tdiplogr", "T1\t0.6\t4.4\t-0.4", "T2\t0.7\t1.6\t0.1"])
        var options = RunOptions()
        options.copyNumberFiles = [facets, segments]
        let report = try FileRun(knowledgeBase: shippedKnowledgeBase, options: options).report(input: vcf, threads: 1)
        let samples = Dictionary(uniqueKeysWithValues: report.samples.map { ($0.sample, $0) })
        #expect(samples["T1"]?.alterations.map(\.gene) == ["KRAS"])
        #expect(samples["T1"]?.otherFindings == ["ABL1 gain, copy number 5.0, below 3 x ploidy 4.4 (P1.txt line 2): not an amplification"])
        #expect(samples["T2"]?.alterations.map(\.gene).sorted() == ["ABL1", "KRAS"])
        #expect(samples["T2"]?.otherFindings == [])
    }

    @Test("a <DEL> whose CN says two copies is no deletion")
    func deletionWithoutLoss() throws {
        let sample = try #require(try Files.report([["17", "31200537", "N", "<DEL>", "PASS", "SVTYPE=DEL;END=31229965;CN=2", "0,10"]]).samples.first)
        #expect(sample.alterations.isEmpty && sample.nearMisses.isEmpty)
        #expect(sample.candidateGroups == ["A"])
        let lost = try #require(try Files.report([["17", "31200537", "N", "<DEL>", "PASS", "SVTYPE=DEL;END=31229965;CN=1", "0,10"]]).samples.first)
        #expect(lost.alterations.map { "\($0.gene) \($0.alteration)" } == ["NF1 deletion (single-copy)"])
    }

    /// NF1 (GRCh38) lost to `copies` copies, as a symbolic `<DEL>` record.
    static func nf1Loss(_ copies: Int) -> [String] {
        ["17", "31200537", "N", "<DEL>", "PASS", "SVTYPE=DEL;END=31229965;CN=\(copies)", "0,10"]
    }

    @Test(
        "a lone single-copy NF1 deletion counts for D with a board flag (BALGOBIND2008: deletion plus a second hit); a homozygous one, or a second hit, raises none"
    )
    func singleCopyWithoutSecondHit() throws {
        let lone = try #require(try Files.report([Self.nf1Loss(1)]).samples.first)
        #expect(lone.candidateGroups == ["D"])
        #expect(
            Files.flags(lone, .confirmWithBoard) == [
                "NF1 deletion (single-copy) (D-NF1-DELETION) has no second NF1 hit among this sample's findings: its source (BALGOBIND2008) "
                    + "describes the loss with the other allele also hit, so a single-copy loss alone is weaker evidence: confirm with the sponsor or iLTB"
            ])
        let homozygous = try #require(try Files.report([Self.nf1Loss(0)]).samples.first)
        #expect(homozygous.alterations.map(\.alteration) == ["deletion (homozygous)"])
        #expect(Files.flags(homozygous, .confirmWithBoard).isEmpty)
        let both = try #require(try Files.report([Self.nf1Loss(1), Self.nf1Loss(0)]).samples.first)
        #expect(both.alterations.map(\.alteration).sorted() == ["deletion (homozygous)", "deletion (single-copy)"])
        #expect(Files.flags(both, .confirmWithBoard).isEmpty)
    }

    /// A report for a file with KRAS G12D and the segment rows `rows` (chromosome, start, end, log2).
    static func withSegments(_ rows: [String]) throws -> MatchReport {
        let folder = try TemporaryDirectory()
        let path = try folder.write("tumor.cns", ["chromosome\tstart\tend\tlog2"] + rows)
        return try Files.report([Files.krasG12D + ["PASS", ".", "60,40"]]) { $0.copyNumberFiles = [path] }
    }

    @Test("a broad PTPN2 loss counts for C with a board flag (the registry gives no size); a broad ABL1 gain too")
    func broadChangesWithoutASource() throws {
        let report = try Self.withSegments(["chr18\t10000\t15000000\t-1.0", "chr9\t70000000\t138000000\t1.5"])
        let sample = try #require(report.samples.first)
        #expect(
            sample.alterations.map { "\($0.gene) \($0.ruleID)" }.sorted() == [
                "ABL1 B-ABL1-AMPLIFICATION", "KRAS D-KRAS-HOTSPOT", "PTPN2 C-PTPN2-DELETION",
            ])
        let board = Files.flags(sample, .confirmWithBoard)
        #expect(board.contains { $0.hasPrefix("PTPN2 deletion (single-copy) (C-PTPN2-DELETION) lies in a") && $0.contains("loss") }, "\(board)")
        #expect(board.contains { $0.hasPrefix("ABL1 amplification (B-ABL1-AMPLIFICATION) lies in a") && $0.contains("gain") })
        #expect(Files.flags(sample, .broadCopyLoss).isEmpty)
    }

    @Test("overlapping segments of one sample: a warning naming both lines")
    func overlappingSegments() throws {
        let report = try Self.withSegments(["chr17\t31000000\t31300000\t-1.2", "chr17\t31100000\t31400000\t1.4"])
        #expect(
            report.run.warnings.contains(
                "tumor.cns line 2 (chr17:31000000-31300000) and tumor.cns line 3 (chr17:31100000-31400000) overlap and contradict each other (loss and gain): one sample's segments should not; both are used as written"
            ))
    }
}

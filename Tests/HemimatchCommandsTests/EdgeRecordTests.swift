import Foundation
import HemimatchTestSupport
import Testing

/// Records at the edges of what callers write: each must give the clinically right answer, never a crash.
@Suite struct EdgeRecordTests {
    private static let header = """
        ##fileformat=VCFv4.2
        ##contig=<ID=chr12,length=133275309>
        ##contig=<ID=chr17,length=83257441>
        ##contig=<ID=chr18,length=80373285>
        ##contig=<ID=chr19,length=58617616>
        ##ALT=<ID=DEL,Description="Deletion">
        ##INFO=<ID=SVTYPE,Number=1,Type=String,Description="Type">
        ##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp|CANONICAL">
        ##INFO=<ID=ANN,Number=.,Type=String,Description="Functional annotations: 'Allele | Annotation | Annotation_Impact | Gene_Name | Gene_ID | Feature_Type | Feature_ID | Transcript_BioType | Rank | HGVS.c | HGVS.p | cDNA.pos / cDNA.length | CDS.pos / CDS.length | AA.pos / AA.length | Distance | ERRORS / WARNINGS / INFO' ">
        ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
        ##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">
        ##FORMAT=<ID=AF,Number=A,Type=Float,Description="Allele fractions">
        #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR

        """

    private func tumor(_ records: [String], extra: [String] = []) throws -> (ReportJSON.Sample, Hemimatch.Result) {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("edge.vcf")
        try (Self.header + records.joined(separator: "\n") + "\n").write(to: path, atomically: true, encoding: .utf8)
        let result = try Hemimatch.run([path.path, "--format", "json"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return (try #require(try ReportJSON.decode(result.stdout).samples.first), result)
    }

    @Test func anIntronicDeletionIsNotAGeneDeletion() throws {
        let (sample, _) = try tumor(["chr17\t31150000\tdel1\tN\t<DEL>\t.\tPASS\tSVTYPE=DEL;END=31150060\tGT:AD\t0/1:10,10"])
        #expect(sample.alterations.isEmpty, "a 60-bp deletion in NF1 intron 1 touches no coding exon")
        let (exonic, _) = try tumor(["chr17\t31094000\tdel2\tN\t<DEL>\t.\tPASS\tSVTYPE=DEL;END=31160000\tGT:AD\t0/1:10,10"])
        #expect(exonic.alterations.map { "\($0.gene) \($0.alteration)" } == ["NF1 deletion (copy number not given)"])
    }

    @Test func eachAltOfAMultiAllelicRecordGetsOnlyItsOwnConsequence() throws {
        // GC>G (a frameshift) and GC>GG (p.G12A): the sample carries only the deletion.
        let csq =
            "-|frameshift_variant|KRAS|ENST00000311936.8|c.35del|p.Gly12AlafsTer4|YES,G|missense_variant|KRAS|ENST00000311936.8|c.35G>C|p.Gly12Ala|YES"
        let (sample, _) = try tumor(["chr12\t25245349\t.\tGC\tG,GG\t.\tPASS\tCSQ=\(csq)\tGT:AD\t0/1:50,50,0"])
        #expect(sample.alterations.isEmpty)
        #expect(sample.suggested_group == "incomplete")
        // The same record carrying the second allele instead: its own missense, and only that.
        let (second, _) = try tumor(["chr12\t25245349\t.\tGC\tG,GG\t.\tPASS\tCSQ=\(csq)\tGT:AD\t0/2:50,0,50"])
        #expect(second.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == ["KRAS p.G12A D-KRAS-HOTSPOT"])
        #expect(second.suggested_group == "D")
    }

    @Test func anExonicStopWithASpliceRegionTermIsStillExonic() throws {
        let ann = "A|stop_gained&splice_region_variant|HIGH|EPOR|ENSG00000187266|transcript|NM_000121.4|protein_coding|7/8|c.1369C>T|p.Gln457*|||||"
        let (sample, _) = try tumor(["chr19\t11378693\t.\tG\tA\t.\tPASS\tANN=\(ann)\tGT:AD\t0/1:10,10"])
        #expect(sample.alterations.isEmpty, "exon 7 is not EPOR's exon 8")
        // The same stop in exon 8 of 8: the splice-region term does not hide the exonic stop.
        let (lastExon, _) = try tumor([
            "chr19\t11378693\t.\tG\tA\t.\tPASS\tANN=\(ann.replacingOccurrences(of: "|7/8|", with: "|8/8|"))\tGT:AD\t0/1:10,10"
        ])
        #expect(lastExon.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == ["EPOR p.Q457* C-EPOR-TRUNCATING"])
    }

    @Test func anExclusionThatFailedFilterIsFlagged() throws {
        let csq = "A|missense_variant|BCL2|ENST00000333681.5|c.302G>T|p.Gly101Val|YES"
        let (sample, _) = try tumor(["chr18\t63318000\t.\tC\tA\t.\tLowQual\tCSQ=\(csq)\tGT:AD\t0/1:60,40"])
        #expect(sample.exclusions.isEmpty)
        // A resistance allele protects the child whatever its FILTER says (issue 27): flagged, and never silent.
        // A, the only candidate left, is of unknown recruitment status (recruitment.tsv): flagged too.
        #expect(
            sample.flags.map(\.code) == [
                "arm-not-recruiting", "filtered-near-miss", "resistance-change", "routes-not-assessable", "screen-incomplete",
            ])
        #expect(sample.flags.first { $0.code == "filtered-near-miss" }?.message.contains("would exclude B, C") == true)
    }

    @Test func aPartlyMissingAlleleFractionIsNotCreditedToAnotherAllele() throws {
        let csq = "T|missense_variant|KRAS|ENST00000311936.8|c.35G>A|p.Gly12Asp|YES,A|missense_variant|KRAS|ENST00000311936.8|c.35G>T|p.Gly12Val|YES"
        let (sample, _) = try tumor(["chr12\t25245350\t.\tC\tT,A\t.\tPASS\tCSQ=\(csq)\tGT:AF\t1/2:.,0.4"])
        #expect(sample.alterations.map { "\($0.alteration) \($0.records.first?.vaf.map { String($0) } ?? "-")" } == ["p.G12D -", "p.G12V -"])
    }

    @Test func recordsWithoutAnnotationInAnAnnotatedFileAreFlagged() throws {
        let (sample, _) = try tumor(["chr12\t25245350\t.\tC\tT\t.\tPASS\t.\tGT:AD\t0/1:10,10"])
        #expect(sample.alterations.map(\.alteration) == ["p.G12D"], "the hotspot table still recognises it")
        #expect(sample.flags.map(\.code) == ["routes-not-assessable", "rules-not-evaluated", "screen-incomplete"])
        #expect(sample.flags.first { $0.code == "rules-not-evaluated" }?.message.hasPrefix("1 panel records carry no consequence annotation") == true)
    }

    @Test(arguments: [
        "SVTYPE=DEL;SVLEN=-9223372036854775808", "SVTYPE=DEL;SVLEN=9223372036854775000", "SVTYPE=DEL;END=9223372036854775807",
    ])
    func absurdLengthsAreUnusableNotFatal(info: String) throws {
        let (sample, result) = try tumor(["chr17\t31150000\tsv\tN\t<DEL>\t.\tPASS\t\(info)\tGT:AD\t0/1:10,10"])
        #expect(sample.alterations.isEmpty)
        #expect(result.stderr.contains("structural record without a usable END or SVLEN"))
    }

    @Test func anAbsurdBreakendPositionIsMalformedNotFatal() throws {
        let (sample, result) = try tumor(["chr17\t31150000\tbnd\tN\tN[chr9:9223372036854775800[\t.\tPASS\tSVTYPE=BND\tGT:AD\t0/1:10,10"])
        #expect(sample.alterations.isEmpty)
        #expect(result.stderr.contains("malformed breakend ALT"))
    }

    @Test(.enabled(if: Hemimatch.hasSharedTestData, Hemimatch.sharedMissing))
    func aSymbolicTandemDuplicationInTheJuxtamembraneRegionIsAnFLT3ITD() throws {
        let result = try Hemimatch.run([Hemimatch.shared("scanitd/test.itd.vcf"), "--build", "GRCh38", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let sample = try #require(try ReportJSON.decode(result.stdout).samples.first)
        #expect(sample.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == ["FLT3 ITD D-FLT3-ITD"])
    }

    @Test(
        .enabled(if: Hemimatch.hasSharedTestData, Hemimatch.sharedMissing),
        arguments: [
            ("vcf2maf/test.vcf", "GRCh37"), ("vcf2maf/test_grch38.vcf", "GRCh38"),
        ])
    func anUnannotatedInFrameInsertionInTheJuxtamembraneRegionIsAnFLT3ITD(file: String, build: String) throws {
        let result = try Hemimatch.run([Hemimatch.shared(file), "--build", build, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let tumor = try #require(try ReportJSON.decode(result.stdout).sample("TUMOR"))
        #expect(tumor.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == ["FLT3 ITD D-FLT3-ITD"])
        #expect(tumor.suggested_group == "D")
    }

    @Test(.enabled(if: Hemimatch.hasSharedTestData, Hemimatch.sharedMissing))
    func aFusionTableOnAnotherBuildIsWarnedAbout() throws {
        let result = try Hemimatch.run([
            Hemimatch.testData("tumor_normal.grch38.vcf"), "--format", "json",
            "--fusions", Hemimatch.shared("arriba/fusions.tsv"),
        ])
        #expect(result.stderr.contains("the ABL1 breakpoint 9:133729451 lies outside ABL1 in GRCh38; is the table on another build?"))
        let sample = try #require(try ReportJSON.decode(result.stdout).samples.first)
        // The VCF's three alterations, then the table's BCR::ABL1: not dropped, its kinase domain left unchecked.
        #expect(
            sample.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" }
                == ["JAK2 p.R683G C-JAK2-DOMAINS", "KRAS p.G12D D-KRAS-HOTSPOT", "FLT3 ITD D-FLT3-ITD", "ABL1 BCR::ABL1 B-BCR-ABL1"])
    }

    @Test func aVAFIsPrintedAsTheFileWroteIt() throws {
        // FORMAT AF is a 32-bit float in htslib: 0.3 is 0.30000001192092896 as a Double, 0.02 is 0.0199999995529651.
        let record = "chr12\t25245350\t.\tC\tT\t.\tPASS\t.\tGT:AF\t0/1:0.3"
        let (sample, _) = try tumor([record])
        #expect(sample.alterations.first?.records.map(\.vaf) == [0.3])
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("vaf.vcf").path
        try (Self.header + record + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let tsv = try Hemimatch.run([path, "--format", "tsv"])
        // The TSV prints two decimals (issue 30); the JSON keeps the value as the file wrote it.
        #expect(tsv.text.split(separator: "\n")[1].split(separator: "\t", omittingEmptySubsequences: false)[9] == "0.30")
        let json = try Hemimatch.run([path, "--format", "json"])
        #expect(json.text.contains("\"vaf\" : 0.3,") || json.text.contains("\"vaf\": 0.3,"), "\(json.text)")
        #expect(!json.text.contains("0.30000001"))
        // At the threshold itself the allele qualifies, as the file's 0.02 is --min-vaf's 0.02.
        let (atThreshold, _) = try tumor(["chr12\t25245350\t.\tC\tT\t.\tPASS\t.\tGT:AF\t0/1:0.02"], extra: ["--min-vaf", "0.02"])
        #expect(atThreshold.alterations.map(\.alteration) == ["p.G12D"])
    }
}

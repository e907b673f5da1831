import Foundation
import HemimatchTestSupport

/// The inputs the golden cases read, laid out in one working folder so that every path the
/// reports print is relative and the same in any clone: `TestData/` copied as it is, and small
/// files written here (small variants with VEP annotation, structural records, fusion and
/// copy-number tables).
enum GoldenInputs {
    /// The working folder, made once per test run.
    static let folder: URL = {
        let folder = try! Repository.temporaryFolder(prefix: "hemimatch-golden")
        let fileManager = FileManager.default
        try! fileManager.createDirectory(at: folder.appendingPathComponent("TestData"), withIntermediateDirectories: true)
        try! fileManager.createDirectory(at: folder.appendingPathComponent("inputs"), withIntermediateDirectories: true)
        for name in testData + tables {
            try! fileManager.copyItem(atPath: Repository.testData(name), toPath: folder.appendingPathComponent("TestData/\(name)").path)
        }
        for (name, text) in written {
            try! Data(text.utf8).write(to: folder.appendingPathComponent("inputs/\(name)"))
        }
        return folder
    }()

    /// The working folder made the process's current folder, so that the commands run in process
    /// read and print the same relative paths as the binary run in it. Every other test names its
    /// files by absolute path.
    static let currentFolder: URL = {
        let made = GoldenInputs.folder
        precondition(FileManager.default.changeCurrentDirectoryPath(made.path), "cannot enter \(made.path)")
        return made
    }()

    static let testData = ["tumor_normal.grch38.vcf", "structural.grch38.vcf", "structural.grch37.vcf", "no_panel_alteration.grch37.vcf", "somatic.grch38.maf"]

    /// Files of `TestData/` read as tables, not matched in every format by themselves.
    static let tables = ["lab_alterations.tsv"]

    static let written: [(String, String)] = [
        ("small.vcf", smallVariants), ("sv.vcf", structuralRecords), ("arriba.tsv", arriba), ("star-fusion.tsv", starFusion),
        ("fusions.txt", "# fusions\nEBF1::PDGFRB\nABL1::NUP214\nP2RY8--CRLF2\n"), ("tumor.cns", cnvkit),
        ("pair.seg", dnacopyPair), ("laml.seg.txt", gdcSegment), ("unnamed-pair.vcf", unnamedPair),
    ]

    /// GRCh38, a tumor/normal pair, VEP CSQ: KRAS G12D (PASS), NRAS Q61R (filtered), PTPN11 E76K at a
    /// low VAF, an unannotated record, and a FLT3 ITD written as an insertion.
    static let smallVariants = """
        ##fileformat=VCFv4.2
        ##contig=<ID=chr1,length=248956422>
        ##contig=<ID=chr12,length=133275309>
        ##contig=<ID=chr13,length=114364328>
        ##normal_sample=NORMAL
        ##FILTER=<ID=PASS,Description="All filters passed">
        ##FILTER=<ID=LowQual,Description="Low quality">
        ##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp|CANONICAL">
        ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
        ##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">
        #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\tNORMAL
        chr1\t114713908\t.\tT\tC\t50\tLowQual\tCSQ=C|missense_variant|NRAS|ENST00000369535.5|c.182A>G|p.Gln61Arg|YES\tGT:AD\t0/1:30,12\t0/0:40,0
        chr12\t25245350\t.\tC\tT\t60\tPASS\tCSQ=T|missense_variant|KRAS|ENST00000311936.8|c.35G>A|p.Gly12Asp|YES\tGT:AD\t0/1:40,25\t0/0:38,0
        chr12\t25245351\t.\tC\tA\t60\tPASS\t.\tGT:AD\t0/1:40,5\t0/0:38,0
        chr12\t112450406\t.\tG\tA\t60\tPASS\tCSQ=A|missense_variant|PTPN11|ENST00000351677.7|c.226G>A|p.Glu76Lys|YES\tGT:AD\t0/1:95,3\t0/0:50,0
        chr13\t28034120\t.\tG\tGAAATTCTTGCCTCAGATTTGAAC\t60\tPASS\tCSQ=GAAATTCTTGCCTCAGATTTGAAC|inframe_insertion|FLT3|ENST00000241453.12|c.1794_1795insGTTCAAATCTGAGGCAAGAATTT|p.Glu598_Tyr599insValGlnIleGluAlaArgIleSer|YES\tGT:AD\t0/1:60,20\t0/0:40,0

        """

    /// GRCh38 structural records: an EBF1::PDGFRB breakend pair, an NF1 deletion and an ABL1 copy-number gain.
    static let structuralRecords = """
        ##fileformat=VCFv4.2
        ##contig=<ID=chr5,length=181538259>
        ##contig=<ID=chr9,length=138394717>
        ##contig=<ID=chr12,length=133275309>
        ##contig=<ID=chr17,length=83257441>
        ##ALT=<ID=DEL,Description="Deletion">
        ##ALT=<ID=CNV,Description="Copy number variable region">
        ##INFO=<ID=SVTYPE,Number=1,Type=String,Description="Type of structural variant">
        ##INFO=<ID=MATEID,Number=.,Type=String,Description="ID of mate breakend">
        ##INFO=<ID=END,Number=1,Type=Integer,Description="End position">
        ##INFO=<ID=CN,Number=1,Type=Integer,Description="Copy number">
        ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
        #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tPATIENT
        chr5\t150130253\tbnd_1\tN\tN[chr5:158754285[\t.\tPASS\tSVTYPE=BND;MATEID=bnd_2\tGT\t0/1
        chr5\t158754285\tbnd_2\tN\t]chr5:150130253]N\t.\tPASS\tSVTYPE=BND;MATEID=bnd_1\tGT\t0/1
        chr9\t130833255\tamp_1\tN\t<CNV>\t.\tPASS\tSVTYPE=CNV;END=130889675;CN=8\tGT\t0/1
        chr17\t31200537\tdel_1\tN\t<DEL>\t.\tLowQual\tSVTYPE=DEL;END=31229965\tGT\t0/1

        """

    /// Arriba (GRCh37): BCR::ABL1 in frame, and ETV6::NTRK3, which no rule names.
    static let arriba = """
        #gene1\tgene2\tstrand1(gene/fusion)\tstrand2(gene/fusion)\tbreakpoint1\tbreakpoint2\tsite1\tsite2\ttype\tsplit_reads1\tsplit_reads2\tdiscordant_mates\tcoverage1\tcoverage2\tconfidence\treading_frame\tdirection1\tdirection2\tfilters
        BCR\tABL1\t+/+\t+/+\t22:23632600\t9:133729451\tsplice-site\tsplice-site\ttranslocation\t10\t12\t20\t100\t90\thigh\tin-frame\tdownstream\tupstream\t.
        ETV6\tNTRK3\t-/-\t-/-\t12:12022903\t15:88483984\tsplice-site\tsplice-site\ttranslocation\t3\t4\t5\t60\t70\tmedium\tin-frame\tdownstream\tupstream\t.

        """

    /// STAR-Fusion (GRCh37): P2RY8--CRLF2.
    static let starFusion = """
        #FusionName\tJunctionReadCount\tSpanningFragCount\tSpliceType\tLeftGene\tLeftBreakpoint\tRightGene\tRightBreakpoint
        P2RY8--CRLF2\t14\t6\tONLY_REF_SPLICE\tP2RY8^ENSG00000182162.5\tchrX:1655983:-\tCRLF2^ENSG00000205755.7\tchrX:1331494:-

        """

    /// CNVkit segments (GRCh37): an IKZF1 loss, an ABL1 gain, KRAS unchanged, an NF1 loss.
    static let cnvkit = """
        chromosome\tstart\tend\tgene\tlog2\tdepth\tprobes\tweight
        7\t50300000\t50500000\tIKZF1\t-1.1\t100\t20\t1
        9\t133589000\t133770000\tABL1\t1.6\t400\t30\t1
        12\t25300000\t25400000\tKRAS\t-0.1\t100\t20\t1
        17\t29400000\t29800000\tNF1\t-0.9\t60\t40\t1

        """

    /// DNAcopy segments (GRCh38) of a diagnosis and its germline sample, under the lab's names: the
    /// diagnosis loses NF1 focally, the germline sample is flat.
    static let dnacopyPair = """
        ID\tchrom\tloc.start\tloc.end\tnum.mark\tseg.mean
        ALL-07-DX\tchr17\t31094900\t31382200\t120\t-1.25
        ALL-07-GL\tchr17\t31094900\t31382200\t118\t0.01

        """

    /// A GDC segment file (GRCh37) naming one TCGA aliquot: a focal NF1 loss.
    static let gdcSegment = """
        GDC_Aliquot\tChromosome\tStart\tEnd\tNum_Probes\tSegment_Mean
        TCGA-AB-2802-03A\t17\t29400000\t29800000\t64\t-1.02
        TCGA-AB-2802-03A\t17\t29800001\t81000000\t4000\t0.003

        """

    /// GRCh38, two samples and no normal named: KRAS G12D in D01 only, an allele no rule names in both
    /// at 0.5 (the normal-not-named flag).
    static let unnamedPair = """
        ##fileformat=VCFv4.2
        ##contig=<ID=chr12,length=133275309>
        ##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp|CANONICAL">
        ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
        ##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">
        #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tD01\tG01
        chr12\t25245350\t.\tC\tT\t60\tPASS\tCSQ=T|missense_variant|KRAS|ENST00000311936.8|c.35G>A|p.Gly12Asp|YES\tGT:AD\t0/1:70,30\t0/0:60,0
        chr12\t112489000\t.\tG\tA\t60\tPASS\t.\tGT:AD\t0/1:50,50\t0/1:48,52

        """
}

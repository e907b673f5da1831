import CallerEvidence
import Foundation
import HemimatchTestSupport
import Testing
import VariantIO

@Suite("MAFReader: MAF rows as the records a VCF of the same calls holds")
struct MAFReaderTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
    }

    static let header = tsv(
        "Hugo_Symbol", "NCBI_Build", "Chromosome", "Start_Position", "End_Position", "Variant_Classification",
        "Reference_Allele", "Tumor_Seq_Allele1", "Tumor_Seq_Allele2", "Tumor_Sample_Barcode",
        "Matched_Norm_Sample_Barcode", "HGVSp_Short", "Transcript_ID", "t_depth", "t_ref_count", "t_alt_count",
        "n_ref_count", "n_alt_count", "Consequence")

    @Test("SNVs keep their position; insertions and deletions get an N anchor base; counts become AD and DP")
    func allelesAndCounts() throws {
        let path = try folder.write(
            "calls.maf",
            [
                "#version 2.4", Self.header,
                tsv(
                    "KRAS", "GRCh38", "chr12", "25245350", "25245350", "Missense_Mutation", "C", "C", "T", "T1", "N1", "p.G12D",
                    "ENST00000311936", "50", "30", "20", "40", "0", "missense_variant"),
                tsv(
                    "FLT3", "GRCh38", "chr13", "28034105", "28034106", "In_Frame_Ins", "-", "-", "GAAGTA", "T2", "N2", "",
                    "ENST00000241453", "", "70", "30", "", "", "stop_gained,inframe_insertion"),
                tsv(
                    "NF1", "GRCh38", "chr17", "31200537", "31200538", "Frame_Shift_Del", "AG", "AG", "-", "T1", "N1", "p.R12fs",
                    "ENST00000358273", "10", "9", "1", "NA", "NA", ""),
            ])
        let calls = try MAFReader.read(path: path)
        #expect(calls.samples == ["T1", "T2", "N1", "N2"])
        #expect(calls.tumors == ["T1", "T2"] && calls.normals == ["N1", "N2"])
        #expect(calls.buildNames == ["GRCh38"])
        #expect(calls.warnings.isEmpty, "the normals' counts are given")
        #expect(
            calls.records.map { "\($0.contig):\($0.position):\($0.ref):\($0.alts[0])" }
                == ["chr12:25245350:C:T", "chr13:28034105:N:NGAAGTA", "chr17:31200536:NAG:N"])
        let snv = calls.records[0].samples
        #expect(snv[0] == SampleCall(genotype: [0, 1], integers: ["AD": [30, 20], "DP": [50]], floats: [:]))
        #expect(snv[1] == SampleCall(genotype: [0, 0], integers: [:], floats: [:]), "another tumor does not carry it")
        #expect(snv[2] == SampleCall(genotype: [0, 0], integers: ["AD": [40, 0], "DP": [40]], floats: [:]), "its normal, with the normal's counts")
        #expect(calls.records[1].samples[1].integers == ["AD": [70, 30], "DP": [100]], "no t_depth: the counts' sum")
        #expect(calls.records[2].samples[2].integers.isEmpty, "NA counts are no counts")
        // vcf2maf's comma-joined consequence terms become VEP's `&`; the layout is a VEP CSQ one.
        let format = try #require(calls.consequenceFormat)
        #expect(
            format.hasSuffix(
                "Format: Allele|Consequence|SYMBOL|Feature|BIOTYPE|HGVSc|HGVSp|EXON|INTRON|CANONICAL|MANE_SELECT|Protein_position|Amino_acids|Codons")
        )
        #expect(calls.records[1].info["CSQ"] == "GAAGTA|stop_gained&inframe_insertion|FLT3|ENST00000241453||||||||||")
        #expect(
            calls.records[2].info["CSQ"] == "-|frameshift_variant|NF1|ENST00000358273|||p.R12fs|||||||",
            "Consequence from Variant_Classification when empty")
    }

    @Test("a MAF 2.x without protein or WashU annotation columns is unannotated; TCGA's read-count columns are read")
    func mafTwoIsUnannotated() throws {
        let path = try folder.write(
            "old.maf",
            [
                tsv(
                    "Hugo_Symbol", "NCBI_Build", "Chromosome", "Start_Position", "Reference_Allele", "Tumor_Seq_Allele1", "Tumor_Seq_Allele2",
                    "Tumor_Sample_Barcode", "Matched_Norm_Sample_Barcode", "TumorRefReads_WU", "TumorVarReads_WU", "Mutation_Status"),
                tsv("NRAS", "37", "1", "115258747", "C", "C", "T", "A", "B", "60", "40", "Germline"),
            ])
        let calls = try MAFReader.read(path: path)
        #expect(calls.consequenceFormat == nil && calls.records[0].info.isEmpty)
        #expect(calls.records[0].samples[0].integers == ["AD": [60, 40], "DP": [100]])
        #expect(calls.records[0].filters == ["germline"], "a germline row never counts as the tumor's")
        #expect(
            calls.warnings == [
                "the matched normals (Matched_Norm_Sample_Barcode) come without read counts (n_ref_count, n_alt_count): an allele inherited from the normal cannot be told from the table itself"
            ])
    }

    @Test("a minimal MAF's protein change (amino_acid_change, Protein_Change, i_protein_change) becomes the CSQ's HGVSp, with p. added")
    func minimalProteinColumn() throws {
        for column in ["amino_acid_change", "Protein_Change", "i_protein_change"] {
            let path = try folder.write(
                "\(column).maf",
                [
                    tsv("Hugo_Symbol", "Chromosome", "Start_Position", "Reference_Allele", "Tumor_Seq_Allele2", "Tumor_Sample_Barcode", column),
                    tsv("FLT3", "13", "28018486", "T", "A", "P1", "N841I"),
                    tsv("NRAS", "1", "114716126", "C", "T", "P2", "p.G12D"),
                ])
            let calls = try MAFReader.read(path: path)
            #expect(calls.records.map { $0.info["CSQ"] ?? "" } == ["A||FLT3||||p.N841I|||||||", "T||NRAS||||p.G12D|||||||"], "\(column)")
        }
    }

    @Test("rows that cannot be placed are skipped with one warning naming the first three; their samples stay")
    func unplaceableRowsAreSkipped() throws {
        let header = tsv(
            "Hugo_Symbol", "Chromosome", "Start_Position", "Variant_Type", "Reference_Allele", "Tumor_Seq_Allele2", "Tumor_Sample_Barcode")
        let path = try folder.write(
            "gaps.maf",
            [
                header,
                tsv("KRAS", "12", "NA", "SNP", "C", "T", "P1"),
                tsv("KRAS", "12", "25245350", "SNP", "C", "T", "P2"),
                tsv("KRAS", "12", "", "SNP", "C", "T", "P3"),
                tsv("KRAS", "12", "25245350", "SNP", "-", "T", "P4"),
                tsv("FLT3", "13", "28034081", "INS", "A", "AT", "P5"),
                tsv("NF1", "17", "31200537", "DEL", "AG", "A", "P1"),
                tsv("NF1", "17", "31200537", "DEL", "AG", "-", "P6"),
            ])
        let calls = try MAFReader.read(path: path)
        #expect(calls.samples == ["P1", "P2", "P3", "P4", "P5", "P6"], "a sample whose rows were all skipped still gets a profile")
        #expect(calls.records.map(\.ordinal) == [1, 2])
        #expect(calls.records.map { "\($0.contig):\($0.position)" } == ["12:25245350", "17:31200536"])
        #expect(calls.unplacedRows == 5)
        #expect(
            calls.warnings == [
                "5 rows of 4 samples cannot be placed on the genome and were skipped, so what they hold was not assessed "
                    + "(e.g. line 2 (P1): column Start_Position 'NA' is empty: no position; line 4 (P3): column Start_Position '' is empty: no position; "
                    + "line 5 (P4): column Variant_Type 'SNP' is SNP but the alleles are not 1 base each)"
            ])
    }

    @Test("a WashU MAF 2.x (TCGA LAML) is annotated from transcript_name, trv_type, c_position and amino_acid_change")
    func washUColumns() throws {
        let header = tsv(
            "Hugo_Symbol", "NCBI_Build", "Chromosome", "Start_Position", "Variant_Classification", "Reference_Allele",
            "Tumor_Seq_Allele1", "Tumor_Seq_Allele2", "Tumor_Sample_Barcode", "gene_name", "transcript_name", "trv_type",
            "c_position", "amino_acid_change")
        // Real rows of TCGA LAML's MAF (tumor barcodes shortened).
        let path = try folder.write(
            "washu.maf",
            [
                "#version 2.4", header,
                tsv(
                    "PTPN11", "37", "12", "112888165", "Missense_Mutation", "G", "G", "A", "AB-2802", "PTPN11", "NM_002834.3", "missense", "c.181",
                    "p.D61N"),
                tsv(
                    "FLT3", "37", "13", "28608256", "In_Frame_Ins", "-", "-", "TCATAT", "AB-2812", "FLT3", "NM_004119.2", "in_frame_ins",
                    "c.1800_1799", "p.601in_frame_insSSD"),
                tsv(
                    "FLT3", "37", "13", "28608214", "In_Frame_Ins", "-", "-", "TTACCA", "AB-2988", "FLT3", "NM_004119.2", "in_frame_ins", "",
                    "in_frame_ins"),
                tsv("CBL", "37", "11", "119148875", "Splice_Site", "G", "G", "C", "AB-2900", "CBL", "NM_005188.2", "splice_site", "c.1096-1", "e8-1"),
                tsv(
                    "DOCK2", "37", "5", "169081453", "Splice_Site", "G", "G", "A", "AB-2901", "DOCK2", "NM_004946.2", "splice_site", "c.1055+1",
                    "e11+1"),
                tsv(
                    "ARAP2", "37", "4", "36191146", "Splice_Site", "CTTA", "CTTA", "-", "AB-2902", "ARAP2", "NM_015230.2", "splice_site_del",
                    "c.3199+2_3199+1", "e17+2"),
                tsv("NPM2", "37", "8", "21895781", "Intron", "G", "G", "A", "AB-2903", "NPM2", "NM_182795.1", "splice_region", "c.600+3", "e7+3"),
                tsv("TP53", "37", "17", "7577120", "Silent", "C", "C", "T", "AB-2904", "TP53", "NM_000546.4", "silent", "c.816", "p.R272R"),
                tsv("X", "37", "1", "100", "RNA", "C", "C", "T", "AB-2905", "X", "NR_003951.1", "rna", "NULL", "NULL"),
                tsv("Y", "37", "1", "200", "Missense_Mutation", "C", "C", "T", "AB-2906", "Y", "NM_1.1", "made_up", "c.5", "p.A2V"),
            ])
        let calls = try MAFReader.read(path: path)
        #expect(
            calls.consequenceFormat?.hasSuffix(
                "Format: Allele|Consequence|SYMBOL|Feature|BIOTYPE|HGVSc|HGVSp|EXON|INTRON|CANONICAL|MANE_SELECT|Protein_position|Amino_acids|Codons")
                == true)
        #expect(
            calls.records.map { $0.info["CSQ"] ?? "" } == [
                "A|missense_variant|PTPN11|NM_002834.3||NM_002834.3:c.181|p.D61N|||||||",
                "TCATAT|inframe_insertion|FLT3|NM_004119.2||NM_004119.2:c.1800_1799|p.601in_frame_insSSD|||||||",
                "TTACCA|inframe_insertion|FLT3|NM_004119.2||||||||||",
                "C|splice_acceptor_variant|CBL|NM_005188.2||NM_005188.2:c.1096-1||||||||",
                "A|splice_donor_variant|DOCK2|NM_004946.2||NM_004946.2:c.1055+1||||||||",
                "-|splice_donor_variant|ARAP2|NM_015230.2||NM_015230.2:c.3199+2_3199+1||||||||",
                "A|splice_region_variant|NPM2|NM_182795.1||NM_182795.1:c.600+3||||||||",
                "T|synonymous_variant|TP53|NM_000546.4||NM_000546.4:c.816|p.R272R|||||||",
                "T|non_coding_transcript_exon_variant|X|NR_003951.1||||||||||",
                "T||Y|NM_1.1||NM_1.1:c.5|p.A2V|||||||",
            ], "an unknown trv_type leaves Consequence empty, not Variant_Classification's term")
    }

    @Test("told from the header after comments, whatever the line ending; a VCF is not a MAF")
    func detection() throws {
        for ending in ["\n", "\r\n", "\r"] {
            #expect(MAFReader.isMAF(Data((["#version 2.4", Self.header].joined(separator: ending) + ending).utf8)), "\(ending.debugDescription)")
        }
        #expect(!MAFReader.isMAF(Data(("#version 2.4\n" + tsv("Hugo_Symbol", "Chromosome") + "\n").utf8)), "required columns missing")
        #expect(!MAFReader.isMAF(try Data(contentsOf: URL(fileURLWithPath: Repository.testData("tumor_normal.grch38.vcf")))))
    }

    @Test("a malformed row names its line and column")
    func malformedRows() throws {
        let rows = [
            (
                tsv("KRAS", "GRCh38", "chr12", "x25245350", "", "", "C", "C", "T", "T1", "", "", "", "", "", "", "", "", ""),
                "column Start_Position 'x25245350' is not a whole number from 0 to 2147483647"
            ),
            (
                tsv("KRAS", "GRCh38", "chr12", "25245350", "", "", "C", "C", "<DEL>", "T1", "", "", "", "", "", "", "", "", ""),
                "column Tumor_Seq_Allele2 '<DEL>' is not an allele (bases A, C, G, T, N, or - for none)"
            ),
            (
                tsv("KRAS", "GRCh38", "chr12", "25245350", "", "", "C", "C", "C", "T1", "", "", "", "", "", "", "", "", ""),
                "column Tumor_Seq_Allele1 'C' is the Reference_Allele: no change"
            ),
            (tsv("KRAS", "GRCh38", "chr12", "25245350"), "has 4 tab-separated fields, the header has 19"),
        ]
        for (row, problem) in rows {
            let path = try folder.write("bad.maf", ["#version 2.4", Self.header, row])
            #expect(throws: CallerTableError(file: path, line: 3, problem: problem)) { try MAFReader.read(path: path) }
        }
    }
}

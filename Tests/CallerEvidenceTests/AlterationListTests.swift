import CallerEvidence
import Foundation
import HemimatchTestSupport
import Testing

/// A lab's alteration list: told from a MAF or a VCF by its header, each cell read as the kind of
/// change it writes, a malformed row refused with its line and column.
@Suite struct AlterationListTests {
    @Test func theHeaderTellsAListFromAMAFOrAVCF() {
        #expect(AlterationList.isAlterationList(Data("# lab\nSample\tGene\tAlteration\tVAF\nS1\tKRAS\tG12D\t0.3\n".utf8)))
        #expect(
            !AlterationList.isAlterationList(
                Data("Hugo_Symbol\tChromosome\tStart_Position\tReference_Allele\tTumor_Seq_Allele2\tTumor_Sample_Barcode\n".utf8)))
        #expect(!AlterationList.isAlterationList(Data("##fileformat=VCFv4.2\n#CHROM\tPOS\n".utf8)))
        #expect(!AlterationList.isAlterationList(Data("sample\tgene\n".utf8)), "no alteration column")
    }

    @Test func eachCellIsReadAsTheChangeItWrites() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(
            "lab.tsv",
            [
                tsv("sample", "gene", "alteration", "vaf", "transcript"),
                tsv("S1", "KRAS", "G12D", "0.31", "NM_004985.5"), tsv("S1", "ABL1", "ETV6::ABL1", "", ""),
                tsv("S2", "PDGFRB", "EBF1--PDGFRB", "NA", "."), tsv("S2", "NF1", "Deletion", "", ""),
                tsv("S3", "ABL1", "amplification", "", ""), tsv("S3", "FLT3", "ITD", "0.05", ""), tsv("S3", "JAK2", "p.(R683G)", "", ""),
            ])
        let list = try AlterationList.read(path: path)
        #expect(list.samples == ["S1", "S2", "S3"])
        #expect(
            list.rows.map(\.change) == [
                .protein("p.G12D"), .fusion(fivePrime: "ETV6", threePrime: "ABL1"), .fusion(fivePrime: "EBF1", threePrime: "PDGFRB"),
                .deletion, .amplification, .tandemDuplication, .protein("p.R683G"),
            ])
        #expect(list.rows.map(\.vaf) == [0.31, nil, nil, nil, nil, 0.05, nil])
        #expect(list.rows.map(\.transcript) == ["NM_004985.5", nil, nil, nil, nil, nil, nil])
        #expect(list.rows.map(\.evidence) == (2...8).map { .tableRow(file: "lab.tsv", line: $0) })
    }

    @Test(arguments: [
        (tsv("S1", "", "G12D"), "line 2: column gene '' is empty: every row names a sample, a gene and an alteration"),
        (
            tsv("S1", "KRAS", "gain"),
            "line 2: column alteration 'gain' is not a protein change (p.G12D), a fusion (GENE1::GENE2), ITD, deletion or amplification"
        ),
        (tsv("S1", "ABL1", "ETV6::"), "line 2: column alteration 'ETV6::' is not a fusion of two genes written FIVE::THREE"),
        (tsv("S1", "KRAS", "G12D", "1.5"), "line 2: column vaf '1.5' is not a fraction from 0 to 1 (a percent? write 0.015)"),
    ])
    func aMalformedRowRefusesTheListNamingLineAndColumn(row: String, problem: String) throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("lab.tsv", [tsv("sample", "gene", "alteration", "vaf"), row])
        #expect(throws: CallerTableError(file: path, line: 2, problem: String(problem.dropFirst("line 2: ".count)))) {
            _ = try AlterationList.read(path: path)
        }
    }
}

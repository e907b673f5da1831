import Foundation
import HemimatchTestSupport
import Knowledge
import Profile
import Run
import Testing

/// Fusion tables as callers really write them, each beside a GRCh37 VCF without panel alterations:
/// Arriba's intergenic `GENE1(distance),GENE2(distance)` names and columns beyond its own, STAR-Fusion's
/// `SYMBOL^ENSG` names with and without the read-name evidence columns, FusionCatcher's `IGH@` with a
/// breakpoint upstream of (outside) the named gene. Shapes from the callers' own outputs in `../shared/testdata`.
@Suite struct FusionTableQuirkTests {
    /// A breakpoint `offset` bases into `gene` from its 5' end on GRCh37 (negative: upstream of the gene).
    static func near5Prime(_ gene: String, _ offset: Int) -> (contig: String, position: Int) {
        let span = shippedKnowledgeBase.genes[gene]!.spans[.grch37]!
        return (span.contig, shippedKnowledgeBase.genes[gene]!.strand == "+" ? span.start + offset : span.end - offset)
    }

    static func point(_ gene: String, _ offset: Int, strand: String? = nil, chr: String = "") -> String {
        let place = near5Prime(gene, offset)
        return "\(chr)\(place.contig):\(place.position)" + (strand.map { ":\($0)" } ?? "")
    }

    func alterations(_ name: String, _ lines: [String]) throws -> (alterations: [String], groups: [String], warnings: [String]) {
        let folder = try TemporaryDirectory()
        let table = try folder.write(name, lines)
        var options = RunOptions()
        options.fusionTables = [table]
        let report = try FileRun(knowledgeBase: shippedKnowledgeBase, options: options)
            .report(input: Repository.testData("no_panel_alteration.grch37.vcf"), threads: 1)
        let sample = try #require(report.samples.first)
        return (sample.alterations.map { "\($0.alteration) \($0.ruleID)" }, sample.candidateGroups, report.run.warnings)
    }

    @Test("Arriba: the intergenic 3' name GENE1(1234),GENE2(567) is its nearest gene; columns past Arriba's own are ignored")
    func arribaIntergenicAndExtraColumns() throws {
        let header =
            "#gene1\tgene2\tstrand1(gene/fusion)\tstrand2(gene/fusion)\tbreakpoint1\tbreakpoint2\tsite1\tsite2\ttype\t"
            + "split_reads1\tsplit_reads2\tdiscordant_mates\tcoverage1\tcoverage2\tconfidence\treading_frame\ttags\t"
            + "retained_protein_domains\tclosest_genomic_breakpoint1\tclosest_genomic_breakpoint2\tgene_id1\tgene_id2\t"
            + "transcript_id1\ttranscript_id2\tdirection1\tdirection2\tfilters\tfusion_transcript\tpeptide_sequence\t"
            + "read_identifiers\tsample_id\tpanel_note"
        let row = [
            "BCR", "AL353593.1(42000),ABL1(1200)", "+/+", "./+", Self.point("BCR", 70_000), Self.point("ABL1", -1200),
            "CDS/splice-site", "intergenic", "translocation", "4", "7", "2", "4", "12", "high", ".", "Mitelman", ".", ".", ".",
            "ENSG00000186716.15", ".", "ENST00000305877.8", ".", "downstream", "upstream", ".", ".", ".", ".", "T1", "reviewed",
        ]
        let result = try alterations("fusions.tsv", [header, row.joined(separator: "\t")])
        #expect(result.alterations == ["BCR::ABL1 B-BCR-ABL1"])
        #expect(result.groups == ["B"])
        #expect(
            result.warnings == [
                "fusions.tsv line 2: the ABL1 breakpoint 9:133588133 lies 1200 bases outside ABL1 in GRCh37: an intergenic "
                    + "break the caller named by its nearest gene; its kinase domain was not checked"
            ])
    }

    @Test("STAR-Fusion: SYMBOL^ENSG names read the same with the JunctionReads/SpanningFrags evidence columns and without", arguments: [true, false])
    func starFusion(evidenceColumns: Bool) throws {
        var header = [
            "#FusionName", "JunctionReadCount", "SpanningFragCount", "SpliceType", "LeftGene", "LeftBreakpoint", "RightGene",
            "RightBreakpoint",
        ]
        var row = [
            "EBF1--PDGFRB", "26", "18", "ONLY_REF_SPLICE", "EBF1^ENSG00000164330.17", Self.point("EBF1", 500, strand: "-", chr: "chr"),
            "PDGFRB^ENSG00000113721.14", Self.point("PDGFRB", 300, strand: "-", chr: "chr"),
        ]
        if evidenceColumns {
            header += ["JunctionReads", "SpanningFrags"]
            row += ["HWI-EAS418:5:32:735:668,HWI-EAS418:3:62:1262:959", "HWI-EAS418:3:47:1720:1300"]
        }
        header += ["LargeAnchorSupport", "FFPM"]
        row += ["YES_LDAS", "3.1"]
        let result = try alterations("star-fusion.fusion_predictions.tsv", [header.joined(separator: "\t"), row.joined(separator: "\t")])
        #expect(result.alterations == ["EBF1::PDGFRB B-PDGFRB-FUSION"])
    }

    @Test("FusionCatcher: IGH@ is IGH; a CRLF2 breakpoint upstream of CRLF2 still names CRLF2, and the report says where it lies")
    func fusionCatcherLocusAndOutsideBreakpoint() throws {
        let header = [
            "Gene_1_symbol(5end_fusion_partner)", "Gene_2_symbol(3end_fusion_partner)", "Fusion_description",
            "Counts_of_common_mapping_reads", "Spanning_pairs", "Spanning_unique_reads", "Longest_anchor_found",
            "Fusion_finding_method", "Fusion_point_for_gene_1(5end_fusion_partner)", "Fusion_point_for_gene_2(3end_fusion_partner)",
            "Gene_1_id(5end_fusion_partner)", "Gene_2_id(3end_fusion_partner)", "Exon_1_id(5end_fusion_partner)",
            "Exon_2_id(3end_fusion_partner)", "Fusion_sequence", "Predicted_effect",
        ]
        let row = [
            "IGH@", "CRLF2", "known_fusion,oncogene", "0", "12", "9", "38", "BOWTIE;BOWTIE+BLAT", "14:106329408:-",
            Self.point("CRLF2", -2000, strand: "-"), "ENSG09000000014", "ENSG00000205755", "", "ENSE00001829493",
            "CTGGTCACCGTCTCCTCAG*GTGAGTCCCAGGTGCTGCTG", "intergenic/CDS",
        ]
        let result = try alterations("final-list_candidate-fusion-genes.txt", [header.joined(separator: "\t"), row.joined(separator: "\t")])
        #expect(result.alterations == ["IGH::CRLF2 C-CRLF2-REARRANGEMENT"])
        #expect(result.groups == ["C"])
        #expect(
            result.warnings == [
                "final-list_candidate-fusion-genes.txt line 2: the CRLF2 breakpoint X:1333616 lies 2000 bases outside "
                    + "CRLF2 in GRCh37: an intergenic break the caller named by its nearest gene"
            ])
    }
}

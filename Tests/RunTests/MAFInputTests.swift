import Foundation
import HemimatchTestSupport
import Profile
import Run
import Testing

/// A minimal MAF as public tools write it (maftools, cBioPortal): gzipped, old-Mac CR line endings,
/// a protein change without transcript, rows that cannot be placed, a caller's label as the gene,
/// and FLT3 insertions written in intron 14. Every placeable patient gets a profile.
@Suite struct MAFInputTests {
    static let itd = "GATCTTCTCGAAATCCATATTCTCTGA" // 27 bases, in frame
    static let rows = [
        [
            "Hugo_Symbol", "NCBI_Build", "Chromosome", "Start_Position", "End_Position", "Variant_Type", "Reference_Allele",
            "Tumor_Seq_Allele2", "Tumor_Sample_Barcode", "amino_acid_change", "t_ref_count", "t_alt_count",
        ],
        ["FLT3", "GRCh38", "13", "28018486", "28018486", "SNP", "T", "A", "P1", "N841I", "60", "40"],
        ["FLT3", "GRCh38", "13", "28028204", "28028204", "SNP", "T", "G", "P2", "N676T", "60", "40"],
        ["KRAS", "GRCh38", "12", "NA", "NA", "SNP", "C", "T", "P3", "G12D", "60", "40"],
        ["NRAS", "GRCh38", "1", "114716126", "114716126", "SNP", "C", "T", "P4", "G13D", "60", "40"],
        ["FLT3_ITD", "GRCh38", "13", "28034081", "28034082", "INS", "-", itd, "P5", "", "60", "40"],
        ["KRAS", "GRCh38", "12", "25245350", "25245350", "SNP", "-", "T", "P6", "G12D", "60", "40"],
        ["FLT3", "GRCh38", "13", "28034040", "28034041", "INS", "-", itd, "P7", "", "60", "40"],
        ["FLT3", "GRCh38", "13", "28018487", "28018487", "SNP", "T", "A", "P8", "D835Y", "60", "40"],
    ]

    @Test func everyPlaceablePatientGetsAProfileFromAGzippedCRMAF() throws {
        let folder = try TemporaryDirectory()
        let plain = try folder.write("minimal.maf", Self.rows.map { $0.joined(separator: "\t") }.joined(separator: "\r") + "\r")
        try ChildProcess.shell("gzip '\(plain)'")
        let report = try FileRun(knowledgeBase: shippedKnowledgeBase, options: RunOptions()).report(input: plain + ".gz", threads: 1)
        #expect(report.samples.map(\.sample) == ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"])
        #expect(
            report.samples.map { $0.alterations.map { "\($0.gene) \($0.alteration) \($0.ruleID)" } } == [
                ["FLT3 p.N841I D-FLT3-TKD"],
                ["FLT3 p.N676T D-FLT3-TKD"],
                [],
                ["NRAS p.G12D D-NRAS-HOTSPOT"],
                ["FLT3 ITD D-FLT3-ITD"],
                [],
                [],
                [],
            ])
        // The protein change is used only where the MANE codon at the row's position agrees.
        #expect(
            report.samples[0].alterations[0].basis.hasSuffix(
                "on no named transcript (not the MANE transcript; the allele sits at codon 841 of MANE NM_004119.3 too)"))
        #expect(
            report.samples[3].alterations[0].basis == "hotspot allele table (NM_002524.5:c.35G>A)", "G13D written at codon 12: the label is not used")
        #expect(report.samples[7].alterations.isEmpty, "D835Y written at codon 841's position is not used")
        #expect(report.samples[4].flags.map(\.code.rawValue).contains("itd-site-intronic"), "the label FLT3_ITD resolved from coordinates")
        let unplaced = try #require(report.samples[6].nearMisses.first)
        #expect("\(unplaced.gene) \(unplaced.alteration) \(unplaced.ruleID)" == "FLT3 insertion in intron 14 D-FLT3-ITD")
        #expect(
            unplaced.records.map(\.filter) == [
                "not placed: an in-frame insertion of 27 bases in FLT3 intron 14, farther from coding bases than its length, is not read as an ITD; check the call"
            ])
        #expect(report.samples.map(\.suggestedGroup) == ["D", "D", "incomplete", "D", "D", "incomplete", "incomplete", "incomplete"])
        #expect(
            report.run.warnings == [
                "2 rows of 2 samples cannot be placed on the genome and were skipped, so what they hold was not assessed "
                    + "(e.g. line 4 (P3): column Start_Position 'NA' is empty: no position; line 7 (P6): column Variant_Type 'SNP' is SNP but the alleles are not 1 base each)"
            ])
        #expect(report.samples.allSatisfy { $0.flags.contains { $0.code.rawValue == "unusable-records" } })
    }
}

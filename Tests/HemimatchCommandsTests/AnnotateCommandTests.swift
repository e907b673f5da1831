import Foundation
import HemimatchCommands
import HemimatchTestSupport
import Testing

/// `annotate` parsed and run in process.
@Suite struct AnnotateCommandTests {
    /// bcftools' convention: `-o -` is standard output (VCF unless `-O` says otherwise); no file is named `-`.
    @Test func dashIsStandardOutput() throws {
        let run = CommandLineRun(["annotate", Repository.testData("tumor_normal.grch38.vcf"), "-o", "-"])
        #expect(run.status == 0, "\(String(decoding: run.outputs.standardError, as: UTF8.self))")
        #expect(run.outputs.filePaths.isEmpty)
        let vcf = String(decoding: run.outputs.standardOutput, as: UTF8.self).split(separator: "\n")
        #expect(vcf.first == "##fileformat=VCFv4.2")
        #expect(vcf.filter { !$0.hasPrefix("#") }.count == 6)
        #expect(vcf.filter { $0.contains("HEMI_RULE=") }.map { $0.split(separator: "\t")[1] } == ["5078360", "25245350", "28034105"])
        #expect(vcf.contains("##hemimatch_genome_build=GRCh38"))
    }
}

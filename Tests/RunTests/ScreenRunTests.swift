import Foundation
import HemimatchTestSupport
import Knowledge
import Profile
import Run
import Testing

/// Issue 26: what was screened, per sample, and the decision that reads it (in process, through `FileRun`).
@Suite struct ScreenRunTests {
    /// An annotated GRCh38 VCF of one tumor: KRAS G12D when `g12d`, else one allele outside the panel.
    static func vcf(g12d: Bool) -> [String] {
        AnnotatedVCF.lines([
            g12d
                ? "chr12\t25245350\t.\tC\tT\t60\tPASS\tCSQ=T|missense_variant|KRAS|ENST00000311936.8|c.35G>A|p.Gly12Asp|YES\tGT:AD\t0/1:40,30"
                : "chr1\t1000000\t.\tA\tG\t60\tPASS\tCSQ=G|missense_variant|OTHER|ENST00000000001.1|c.1A>G|p.Met1Val|YES\tGT:AD\t0/1:40,30"
        ])
    }

    /// A STAR-Fusion table with one fusion of genes no rule names, and a CNVkit segment far from the panel genes.
    static func tables(in folder: TemporaryDirectory) throws -> (fusions: String, cnv: String) {
        let fusions = try folder.write(
            "star-fusion.tsv",
            [
                "#FusionName\tJunctionReadCount\tSpanningFragCount\tSpliceType\tLeftGene\tLeftBreakpoint\tRightGene\tRightBreakpoint",
                "GENEA--GENEB\t10\t5\tONLY_REF_SPLICE\tGENEA^ENSG1\tchr1:2000000:+\tGENEB^ENSG2\tchr1:3000000:+",
            ])
        let cnv = try folder.write(
            "tumor.call.cns",
            [
                "chromosome\tstart\tend\tgene\tlog2\tcn\tdepth\tprobes\tweight",
                "chr1\t1000000\t2000000\t-\t0.01\t2\t100\t50\t10",
            ])
        return (fusions, cnv)
    }

    func report(g12d: Bool, withTables: Bool) throws -> SampleProfile {
        let folder = try TemporaryDirectory()
        let input = try folder.write("tumor.vcf", Self.vcf(g12d: g12d))
        var options = RunOptions()
        if withTables {
            let tables = try Self.tables(in: folder)
            options.fusionTables = [tables.fusions]
            options.copyNumberFiles = [tables.cnv]
        }
        return try #require(try FileRun(knowledgeBase: shippedKnowledgeBase, options: options).report(input: input, threads: 1).samples.first)
    }

    @Test func anSNVOnlyInputSaysRearrangementsAndCopyNumberWereNotAssessed() throws {
        let sample = try report(g12d: false, withTables: false)
        let screen = try #require(sample.screen)
        #expect(screen.smallVariants == SampleScreen.Part(status: .assessed, basis: "vep CSQ annotation"))
        #expect(
            screen.rearrangements
                == SampleScreen.Part(
                    status: .notAssessed, basis: "no fusion table (--fusions) and no structural-caller records for this sample",
                    couldChange: ["B", "C"]))
        #expect(
            screen.copyNumber
                == SampleScreen.Part(
                    status: .notAssessed, basis: "no copy-number segments (--cnv) and no copy-number records for this sample",
                    couldChange: ["B", "C", "D"]))
        #expect(screen.clinical.status == .notAssessed)
        #expect(sample.suggestedGroup == "incomplete")
        #expect(
            sample.flags.filter { $0.code == .screenIncomplete }.map(\.message) == [
                "no targeted group was found on an incomplete screen: rearrangements not-assessed, copy number not-assessed: could change B, C, D (see the screen's bases); another arm may still qualify"
            ])
    }

    @Test func aCompleteScreenWithNothingTargetableIsABareA() throws {
        let sample = try report(g12d: false, withTables: true)
        let screen = try #require(sample.screen)
        #expect(screen.rearrangements == SampleScreen.Part(status: .assessed, basis: "fusion table star-fusion.tsv"))
        #expect(screen.copyNumber == SampleScreen.Part(status: .assessed, basis: "copy-number segments tumor.call.cns"))
        #expect(screen.missing.isEmpty)
        #expect(sample.suggestedGroup == "A")
        #expect(!sample.flags.contains { $0.code == .screenIncomplete })
    }

    @Test func aLetterFoundOnAnIncompleteScreenStaysFlagged() throws {
        let sample = try report(g12d: true, withTables: false)
        #expect(sample.suggestedGroup == "D")
        #expect(
            sample.flags.filter { $0.code == .screenIncomplete }.map(\.message) == [
                "group D was found on an incomplete screen: rearrangements not-assessed, copy number not-assessed: could change B, C, D (see the screen's bases); another arm may still qualify"
            ])
        #expect(try report(g12d: true, withTables: true).flags.contains { $0.code == .screenIncomplete } == false)
    }

    @Test func withoutAnnotationOrFastaSmallVariantsArePartial() throws {
        let sample = try #require(try fileReport("no_panel_alteration.grch37.vcf").samples.first)
        #expect(sample.screen?.smallVariants.status == .partial)
        #expect(sample.screen?.smallVariants.basis == "hotspot allele table only: no consequence annotation and no --fasta")
        #expect(sample.screen?.missing == [.smallVariants, .rearrangements, .copyNumber])
    }
}

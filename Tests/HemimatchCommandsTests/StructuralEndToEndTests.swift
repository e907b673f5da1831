import Foundation
import HemimatchTestSupport
import Testing

/// Rearrangements and copy-number changes through the command line (run in process): the project's own synthetic files in
/// both builds, and real caller output from ../shared/testdata.
@Suite struct StructuralEndToEndTests {
    private func profile(_ arguments: [String]) throws -> ReportJSON.Sample {
        let result = try Hemimatch.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try ReportJSON.decode(result.stdout)
        return try #require(report.samples.first)
    }

    @Test(arguments: ["grch37", "grch38"])
    func synthetic(build: String) throws {
        let tumor = try profile([Hemimatch.testData("structural.\(build).vcf")])
        #expect(
            tumor.alterations.map { "\($0.gene) \($0.alteration) \($0.groups.joined()) \($0.rule_id)" } == [
                "PDGFRB EBF1::PDGFRB B B-PDGFRB-FUSION",
                "JAK2 PAX5::JAK2 C C-JAK2-FUSION",
                "ABL1 NUP214::ABL1 B B-ABL1-FUSION",
                "ABL1 ETV6::ABL1 B B-ABL1-FUSION",
                "CRLF2 P2RY8::CRLF2 C C-CRLF2-REARRANGEMENT",
                "ABL1 amplification B B-ABL1-AMPLIFICATION",
                "NF1 deletion (copy number not given) D D-NF1-DELETION",
            ])
        // One alteration per gene pair: the P2RY8::CRLF2 BND pair and its <DEL> are three records of one alteration.
        let crlf2 = try #require(tumor.alterations.first { $0.gene == "CRLF2" })
        #expect(
            crlf2.records.map { $0.variant.components(separatedBy: ":").last! }.sorted()
                == ["P2RY8_CRLF2_1", "P2RY8_CRLF2_2", "P2RY8_CRLF2_DEL"])
        #expect(tumor.candidate_groups == ["B", "C", "D"])
        #expect(tumor.suggested_group == "review")
    }

    @Test(.enabled(if: Hemimatch.hasSharedTestData, Hemimatch.sharedMissing))
    func fusionCatcherVCF() throws {
        // No contig lines: the build comes from its ##reference line (Ensembl GRCh38), with a warning.
        let sample = try profile([Hemimatch.shared("fusioncatcher/final-list_candidate-fusion-genes.vcf")])
        #expect(
            sample.alterations.map { "\($0.gene) \($0.alteration) \($0.groups.joined())" }
                == ["PDGFRA FIP1L1::PDGFRA B", "CRLF2 IGH::CRLF2 C"], "each counted once")
        #expect(sample.alterations.map(\.records.count) == [2, 6], "both mates; three IGH::CRLF2 junctions")
        // Each pair no rule names, once; FIP1L1::PDGFRA is an alteration, not another finding.
        #expect(
            sample.other_findings == [
                "AKAP9::BRAF", "BRD4::NUTM1", "CD74::ROS1", "CIC::DUX4", "DUX4::IGH", "EML4::ALK", "ETV6::NTRK3",
                "EWSR1::ATF1", "EWSR1::FLI1", "FGFR3::TACC3", "GOPC::ROS1", "HOOK3::RET", "MALT1::IGH", "NPM1::ALK",
                "TMPRSS2::ETV1",
            ])
        #expect(sample.candidate_groups == ["B", "C"])
    }

    @Test(
        .enabled(if: Hemimatch.hasSharedTestData, Hemimatch.sharedMissing),
        arguments: [
            ["megsap/vc_arriba_ref1.vcf"], ["gemini/test.fusions.vcf"], ["mavis/manta_events.vcf"],
            ["mavis/delly_events.vcf", "--build", "GRCh37"],
        ])
    func realSVFilesWithoutTrialGenes(arguments: [String]) throws {
        let result = try Hemimatch.run([Hemimatch.shared(arguments[0])] + arguments.dropFirst() + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try ReportJSON.decode(result.stdout)
        #expect(!report.samples.isEmpty)
        for sample in report.samples {
            #expect(sample.alterations.isEmpty, "\(sample.sample): \(sample.alterations.map(\.alteration))")
            #expect(sample.candidate_groups == ["A"])
        }
    }
}

/// Fusion tables and copy-number segment files given beside the VCF.
@Suite struct CallerTablesEndToEndTests {
    private func run(_ arguments: [String]) throws -> (Hemimatch.Result, ReportJSON.Sample?) {
        let result = try Hemimatch.run([Hemimatch.testData("no_panel_alteration.grch37.vcf"), "--format", "json"] + arguments)
        let sample = result.status == 0 ? try ReportJSON.decode(result.stdout).samples.first : nil
        return (result, sample)
    }

    @Test(.enabled(if: Hemimatch.hasSharedTestData, Hemimatch.sharedMissing))
    func arribaAndStarFusionGiveOneFlaggedBCRABL1() throws {
        let (result, sample) = try run([
            "--fusions", Hemimatch.shared("arriba/fusions.tsv"),
            "--fusions", Hemimatch.shared("star-fusion/__misc_tests____fuco____star-fusion.fusion_candidates.final.abridged"),
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let patient = try #require(sample)
        #expect(patient.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == ["ABL1 BCR::ABL1 B-BCR-ABL1"])
        #expect(patient.alterations.first?.records.count == 2, "one alteration, supported by both tables")
        #expect(patient.suggested_group == "B")
        #expect(patient.other_findings.contains("ETV6::NTRK3"))
        #expect(!patient.other_findings.contains("BCR::ABL1"))
    }

    @Test func plainListAndItsErrors() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The goldens' list: EBF1::PDGFRB, ABL1::NUP214, P2RY8--CRLF2.
        let (_, sample) = try run(["--fusions", Golden.input("fusions.txt")])
        let patient = try #require(sample)
        // ABL1::NUP214 is the reciprocal: ABL1 5' keeps no kinase domain.
        #expect(
            patient.alterations.map { "\($0.gene) \($0.alteration) \($0.groups.joined())" }
                == ["PDGFRB EBF1::PDGFRB B", "CRLF2 P2RY8::CRLF2 C"])
        #expect(patient.other_findings == ["ABL1::NUP214"])
        let broken = folder.appendingPathComponent("broken.txt")
        try "EBF1::PDGFRB\n::ALK\n".write(to: broken, atomically: true, encoding: .utf8)
        let (failure, _) = try run(["--fusions", broken.path])
        #expect(failure.status == 65)
        #expect(failure.stderr.contains("broken.txt line 2"), "\(failure.stderr)")
        let (missing, _) = try run(["--fusions", folder.appendingPathComponent("none.tsv").path])
        #expect(missing.status == 66)
    }

    @Test func cnvkitSegmentsGiveDeletionAmplificationAndContext() throws {
        // The goldens' CNVkit segments: an IKZF1 loss (-1.1), an ABL1 gain (1.6), KRAS unchanged, an NF1 loss (-0.9).
        let cns = Golden.input("tumor.cns")
        let (result, sample) = try run(["--cnv", cns])
        #expect(result.status == 0, "\(result.stderr)")
        let patient = try #require(sample)
        #expect(
            patient.alterations.map { "\($0.gene) \($0.alteration) \($0.groups.joined())" }
                == ["ABL1 amplification B", "NF1 deletion (single-copy) D"])
        #expect(patient.other_findings == ["IKZF1 deletion"])
        #expect(patient.suggested_group == "review")
        // A stricter loss threshold leaves NF1 (log2 -0.9) undeleted.
        let (_, strict) = try run(["--cnv", cns, "--cnv-loss-log2=-1.0"])
        #expect(strict?.alterations.map(\.alteration) == ["amplification"])
    }
}

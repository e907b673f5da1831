import Foundation
import Testing

/// Rearrangements and copy-number changes through the binary: the project's own synthetic files in
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
        #expect(tumor.alterations.map { "\($0.gene) \($0.alteration) \($0.groups.joined()) \($0.rule_id)" } == [
            "PDGFRB EBF1::PDGFRB B B-PDGFRB-FUSION",
            "JAK2 PAX5::JAK2 C C-JAK2-FUSION",
            "ABL1 NUP214::ABL1 B B-ABL1-FUSION",
            "ABL1 ETV6::ABL1 B B-ABL1-FUSION",
            "CRLF2 P2RY8::CRLF2 C C-CRLF2-REARRANGEMENT",
            "ABL1 amplification B B-ABL1-AMPLIFICATION",
            "NF1 deletion D D-NF1-DELETION",
        ])
        // One alteration per gene pair: the P2RY8::CRLF2 BND pair and its <DEL> are three records of one alteration.
        let crlf2 = try #require(tumor.alterations.first { $0.gene == "CRLF2" })
        #expect(crlf2.records.map { $0.variant.components(separatedBy: ":").last! }.sorted()
                == ["P2RY8_CRLF2_1", "P2RY8_CRLF2_2", "P2RY8_CRLF2_DEL"])
        #expect(tumor.candidate_groups == ["B", "C", "D"])
        #expect(tumor.suggested_group == "review")
    }

    @Test(.enabled(if: Hemimatch.hasSharedTestData, Hemimatch.sharedMissing))
    func fusionCatcherVCF() throws {
        let sample = try profile([Hemimatch.shared("fusioncatcher/final-list_candidate-fusion-genes.vcf"), "--build", "GRCh38"])
        #expect(sample.alterations.map { "\($0.gene) \($0.alteration) \($0.groups.joined())" }
                == ["PDGFRA FIP1L1::PDGFRA B", "CRLF2 IGH::CRLF2 C"], "each counted once")
        #expect(sample.alterations.map(\.records.count) == [2, 6], "both mates; three IGH::CRLF2 junctions")
        #expect(sample.other_findings.contains("DUX4::IGH"))
        #expect(sample.other_findings.contains("ETV6::NTRK3"))
        #expect(!sample.other_findings.contains("FIP1L1::PDGFRA"))
        #expect(Set(sample.other_findings).count == sample.other_findings.count)
        #expect(sample.candidate_groups == ["B", "C"])
    }

    @Test(.enabled(if: Hemimatch.hasSharedTestData, Hemimatch.sharedMissing), arguments: [
        ["megsap/vc_arriba_ref1.vcf"], ["gemini/test.fusions.vcf", "--build", "GRCh37"], ["mavis/manta_events.vcf"],
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

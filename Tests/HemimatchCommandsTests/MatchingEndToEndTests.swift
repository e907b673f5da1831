import Foundation
import HemimatchTestSupport
import Testing

/// The match command (run in process) on the bundled samples and on real public files from ../shared/testdata.
@Suite struct MatchingEndToEndTests {
    @Test func bundledTumorNormalSampleNeedsBoardReview() throws {
        let result = try Hemimatch.run([Hemimatch.testData("tumor_normal.grch38.vcf"), "--format", "json"])
        #expect(result.status == 0)
        let report = try ReportJSON.decode(result.stdout)
        #expect(report.samples.map(\.sample) == ["TUMOR"], "NORMAL is named by ##normal_sample and not profiled")
        let tumor = try #require(report.sample("TUMOR"))
        #expect(
            tumor.alterations.map { "\($0.gene) \($0.alteration) \($0.groups.joined())" }
                == ["JAK2 p.R683G C", "KRAS p.G12D D", "FLT3 ITD D"])
        #expect(tumor.alterations.map(\.rule_id) == ["C-JAK2-DOMAINS", "D-KRAS-HOTSPOT", "D-FLT3-ITD"])
        #expect(tumor.candidate_groups == ["C", "D"])
        #expect(tumor.suggested_group == "review")
        #expect(report.run.genome_build == "GRCh38")
        #expect(report.run.records_read == 6)
        #expect(report.run.records_filtered == 1, "the LowQual NRAS Q61K record is a near-miss, not an alteration")
        #expect(tumor.alterations.allSatisfy { !$0.sources.isEmpty && $0.sources.allSatisfy { !$0.citation.isEmpty } })
    }

    @Test func includeFilteredAddsTheLowQualityRecord() throws {
        let result = try Hemimatch.run([Hemimatch.testData("tumor_normal.grch38.vcf"), "--format", "json", "--include-filtered"])
        let tumor = try #require(try ReportJSON.decode(result.stdout).sample("TUMOR"))
        let nras = try #require(tumor.alterations.first { $0.gene == "NRAS" })
        #expect(nras.alteration == "p.Q61K")
        #expect(nras.records.map(\.filter) == ["LowQual"])
    }

    @Test func sampleWithoutPanelAlterationGetsGroupA() throws {
        let result = try Hemimatch.run([Hemimatch.testData("no_panel_alteration.grch37.vcf"), "--format", "json"])
        #expect(result.status == 0)
        let report = try ReportJSON.decode(result.stdout)
        let patient = try #require(report.sample("PATIENT1"))
        #expect(patient.alterations.isEmpty)
        #expect(patient.candidate_groups == ["A"])
        #expect(patient.suggested_group == "incomplete")
        #expect(report.run.genome_build == "GRCh37")
    }

    @Test func provenanceIsInEveryOutput() throws {
        let version = try String(contentsOf: Hemimatch.repositoryRoot.appendingPathComponent("Reference/VERSION"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let json = try ReportJSON.decode(try Hemimatch.run([Hemimatch.testData("tumor_normal.grch38.vcf"), "--format", "json"]).stdout)
        #expect(json.run.knowledge_base_version == version)
        #expect(json.schema_version == "6")
        let text = try Hemimatch.run([Hemimatch.testData("tumor_normal.grch38.vcf")]).text
        #expect(text.hasPrefix("hemimatch \(json.run.tool_version) | knowledge base \(version) | GRCh38 (header)"))
        #expect(text.contains("KRAS  p.G12D      D      D-KRAS-HOTSPOT"))
    }

    /// Each sample's group and alterations with their rule and every record's variant and VAF.
    static func described(_ samples: [ReportJSON.Sample]) -> [String] {
        samples.map { sample in
            "\(sample.sample) \(sample.suggested_group): "
                + sample.alterations.map { alteration in
                    "\(alteration.gene) \(alteration.alteration) \(alteration.rule_id) "
                        + alteration.records.map { "\($0.variant)@\($0.vaf.map { String($0) } ?? "-")" }.joined(separator: ",")
                }.joined(separator: "; ")
        }
    }

    @Test func outputIsIdenticalForAnyThreadCountAndFormatOfTheSameRecords() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let vcf = Hemimatch.testData("tumor_normal.grch38.vcf")
        let gz = folder.appendingPathComponent("sample.vcf.gz").path
        let bcf = folder.appendingPathComponent("sample.bcf").path
        try Hemimatch.tool("bcftools view -Oz -o '\(gz)' '\(vcf)' && bcftools view -Ob -o '\(bcf)' '\(vcf)'")
        let reference = try Hemimatch.run([vcf, "--format", "json", "--threads", "1"])
        let samples = try ReportJSON.decode(reference.stdout).samples
        for input in [gz, bcf] {
            for threads in ["1", "2", "4"] {
                let other = try ReportJSON.decode(try Hemimatch.run([input, "--format", "json", "--threads", threads]).stdout)
                #expect(Self.described(other.samples) == Self.described(samples), "\(input) --threads \(threads)")
            }
        }
        for threads in ["2", "4"] {
            #expect(try Hemimatch.run([vcf, "--format", "json", "--threads", threads]).stdout == reference.stdout)
        }
    }

    @Test func theNormalOfAPairIsFoundFromTheHeaderOrItsName() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try String(contentsOfFile: Hemimatch.testData("tumor_normal.grch38.vcf"), encoding: .utf8)
        let byTumorLine = original.replacingOccurrences(of: "##normal_sample=NORMAL\n", with: "")
        let byName = byTumorLine.replacingOccurrences(of: "##tumor_sample=TUMOR\n", with: "")
        for (name, text) in [("tumor-line.vcf", byTumorLine), ("by-name.vcf", byName)] {
            let path = folder.appendingPathComponent(name)
            try text.write(to: path, atomically: true, encoding: .utf8)
            let report = try ReportJSON.decode(try Hemimatch.run([path.path, "--format", "json"]).stdout)
            #expect(report.samples.map(\.sample) == ["TUMOR"], "\(name)")
        }
        let both = try ReportJSON.decode(
            try Hemimatch.run([
                Hemimatch.testData("tumor_normal.grch38.vcf"), "--format", "json",
                "--sample", "NORMAL", "-s", "TUMOR",
            ]).stdout)
        #expect(both.samples.map(\.sample) == ["NORMAL", "TUMOR"], "asked-for samples, in the order asked")
    }

    @Test func writesTheReportToTheOutputFile() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("profile.json").path
        let result = try Hemimatch.run([Hemimatch.testData("no_panel_alteration.grch37.vcf"), "--format", "json", "-o", path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let report = try ReportJSON.decode(try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(report.sample("PATIENT1")?.suggested_group == "incomplete")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["profile.json"])
    }

    @Test(.enabled(if: Hemimatch.hasSharedTestData, Hemimatch.sharedMissing))
    func vepAnnotatedMegsapFileGivesKRASG12V() throws {
        let result = try Hemimatch.run([Hemimatch.shared("megsap/an_vcf_out_som_vicc.vcf"), "--format", "json"])
        #expect(result.status == 0)
        let report = try ReportJSON.decode(result.stdout)
        #expect(report.run.genome_build == "GRCh38")
        let tumor = try #require(report.sample("DX000001_01"))
        #expect(tumor.alterations.map { "\($0.gene) \($0.alteration)" } == ["KRAS p.G12V"])
        #expect(tumor.alterations.first?.groups == ["D"])
        #expect(tumor.suggested_group == "D")
        let vaf = try #require(tumor.alterations.first?.records.first?.vaf)
        #expect(abs(vaf - 926.0 / 2048.0) < 1e-9, "Strelka tier-1 A count over the four base counts")
        // The other column has no read with the ALT base: it carries nothing.
        #expect(report.sample("DX000002_01")?.suggested_group == "incomplete")
    }

    @Test(.enabled(if: Hemimatch.hasSharedTestData, Hemimatch.sharedMissing))
    func unannotatedMutectFileGivesNRASQ61RFromItsPassRecordOnly() throws {
        let result = try Hemimatch.run([Hemimatch.shared("pcgr/EMN-3661-G1_EMN-3661-T2_MuTect_SNVs.vcf.gz"), "--format", "json"])
        #expect(result.status == 0)
        let report = try ReportJSON.decode(result.stdout)
        #expect(report.run.genome_build == "GRCh37")
        #expect(report.run.records_read == 155_407)
        let tumor = try #require(report.sample("EMN-3661-T2"))
        #expect(tumor.alterations.map { "\($0.gene) \($0.alteration) \($0.groups.joined())" } == ["NRAS p.Q61R D"])
        #expect(tumor.alterations.first?.records.map(\.variant) == ["1:115256529:T:C"])
        #expect(tumor.alterations.first?.records.map(\.filter) == ["PASS"])
        #expect(tumor.suggested_group == "D")
        // MuTect 1 names its normal in ##GATKCommandLine (normal_sample_name=EMN-3661-G1): screened, not profiled.
        #expect(report.samples.map(\.sample) == ["EMN-3661-T2"])
    }

    @Test(.enabled(if: Hemimatch.hasSharedTestData, Hemimatch.sharedMissing))
    func rejectedRecordsAreCountedAndOnlyMatchedWhenAskedFor() throws {
        let path = Hemimatch.shared("pcgr/EMN-3661-G1_EMN-3661-T2_MuTect_SNVs.vcf.gz")
        let strict = try ReportJSON.decode(try Hemimatch.run([path, "--format", "json"]).stdout)
        let loose = try ReportJSON.decode(try Hemimatch.run([path, "--format", "json", "--include-filtered"]).stdout)
        #expect(strict.run.records_kept == 539)
        #expect(strict.run.records_filtered == 537, "all but 2 of the 539 records in panel genes are REJECT")
        #expect(loose.run.records_filtered == 0)
        #expect(loose.run.records_kept == strict.run.records_kept)
        // No REJECT record in this file is a panel hotspot: the answer is the same either way.
        #expect(loose.sample("EMN-3661-T2")?.alterations.map { "\($0.gene) \($0.alteration)" } == ["NRAS p.Q61R"])
    }

    @Test(.enabled(if: Hemimatch.hasSharedTestData, Hemimatch.sharedMissing))
    func largeFileGivesByteIdenticalOutputForOneAndFourThreads() throws {
        let path = Hemimatch.shared("pcgr/EMN-3661-G1_EMN-3661-T2_MuTect_SNVs.vcf.gz")
        let one = try Hemimatch.run([path, "--format", "json", "--threads", "1", "--include-filtered"])
        let four = try Hemimatch.run([path, "--format", "json", "--threads", "4", "--include-filtered"])
        #expect(one.status == 0)
        #expect(one.stdout == four.stdout)
    }
}

import HemimatchTestSupport
import Knowledge
import Profile
import Run
import Testing

/// The library seam, in process: a file to a report, with the decision, the exclusions of the
/// normal and the typed errors the command line turns into exit codes.
@Suite struct FileRunTests {
    @Test func tumorNormalPairProfilesTheTumorOnly() throws {
        let report = try fileReport("tumor_normal.grch38.vcf")
        #expect(report.samples.map(\.sample) == ["TUMOR"])
        #expect(report.run.normalSamples == ["NORMAL"])
        let tumor = try #require(report.samples.first)
        #expect(
            tumor.alterations.map { "\($0.gene) \($0.alteration) \($0.ruleID)" }
                == ["JAK2 p.R683G C-JAK2-DOMAINS", "KRAS p.G12D D-KRAS-HOTSPOT", "FLT3 ITD D-FLT3-ITD"])
        #expect(tumor.candidateGroups == ["C", "D"])
        #expect(tumor.suggestedGroup == "review")
        #expect(report.run.recordsRead == 6)
        #expect(report.run.recordsFiltered == 1)
    }

    @Test func structuralRecordsInBothBuildsGiveTheSameAlterationsAndGroups() throws {
        for name in ["structural.grch37.vcf", "structural.grch38.vcf"] {
            let sample = try #require(try fileReport(name).samples.first)
            // Five fusions (NUP214::ABL1 the reciprocal that keeps ABL1's kinase 3'), an ABL1 gain and an NF1 deletion.
            #expect(
                sample.alterations.map { "\($0.gene) \($0.alteration) \($0.ruleID)" } == [
                    "PDGFRB EBF1::PDGFRB B-PDGFRB-FUSION", "JAK2 PAX5::JAK2 C-JAK2-FUSION", "ABL1 NUP214::ABL1 B-ABL1-FUSION",
                    "ABL1 ETV6::ABL1 B-ABL1-FUSION", "CRLF2 P2RY8::CRLF2 C-CRLF2-REARRANGEMENT", "ABL1 amplification B-ABL1-AMPLIFICATION",
                    "NF1 deletion (copy number not given) D-NF1-DELETION",
                ], "\(name)")
            #expect(sample.candidateGroups == ["B", "C", "D"], "\(name)")
            #expect(sample.suggestedGroup == "review", "\(name)")
        }
    }

    @Test func noPanelAlterationOnAnSNVOnlyScreenIsIncompleteNotGroupA() throws {
        let sample = try #require(try fileReport("no_panel_alteration.grch37.vcf").samples.first)
        #expect(sample.alterations.isEmpty)
        #expect(sample.candidateGroups == ["A"])
        #expect(sample.suggestedGroup == "incomplete")
        #expect(sample.screen?.missing == [.smallVariants, .rearrangements, .copyNumber])
        #expect(sample.screen?.couldChange == ["B", "C", "D"])
    }

    @Test func errorsAreTyped() throws {
        #expect(throws: RunError.self) { try fileReport("tumor_normal.grch38.vcf") { $0.samples = ["NOBODY"] } }
        do {
            _ = try fileReport("tumor_normal.grch38.vcf") { $0.samples = ["NOBODY"] }
        } catch {
            #expect(error.kind == .usage)
            #expect(error.message.hasSuffix("sample 'NOBODY' is not in the file (it has TUMOR, NORMAL)"))
        }
        do {
            _ = try fileReport("tumor_normal.grch38.vcf") { $0.requestedBuild = .grch37 }
            Issue.record("a GRCh38 file matched as GRCh37")
        } catch {
            #expect(error.kind == .buildMismatch)
        }
        do {
            _ = try fileReport("tumor_normal.grch38.vcf") { $0.fusionTables = ["/nonexistent/fusions.tsv"] }
            Issue.record("a missing fusion table was read")
        } catch {
            #expect(error.kind == .unreadableInput)
            #expect(error.message == "/nonexistent/fusions.tsv: no such readable file")
        }
    }
}

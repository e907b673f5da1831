import HemimatchTestSupport
import Knowledge
import Profile
import Run
import Testing

/// Issue 14 at the library seam, in process: which mode a run is in, what it records of the germline
/// screen, and `--normal` (`RunOptions.normals`) naming the matched normal. The screen itself, on
/// generated files, is in `HemimatchTests/TumorOnlyEndToEndTests`.
@Suite struct TumorOnlyRunTests {
    @Test func modeAndScreenSettingsAreRecorded() throws {
        let paired = try fileReport("tumor_normal.grch38.vcf")
        #expect(paired.run.mode == .tumorNormal)
        #expect(paired.run.maxPopulationAF == 0.001 && paired.run.germlineNormalVAF == 0.2)
        #expect(paired.run.populationAFFields == [])
        #expect(paired.run.polymorphismTableEntries == 2, "IL7R p.T244I and JAK3 p.V722I in Reference/polymorphisms.tsv")

        let alone = try fileReport("no_panel_alteration.grch37.vcf") { $0.thresholds.maximumPopulationAF = 0.01 }
        #expect(alone.run.mode == .tumorOnly)
        #expect(alone.run.normalSamples.isEmpty)
        #expect(alone.run.maxPopulationAF == 0.01)
    }

    @Test func normalsOverrideTheHeader() throws {
        // NORMAL named as the normal explicitly: the same run as the header's own choice.
        let named = try fileReport("tumor_normal.grch38.vcf") { $0.normals = ["NORMAL"] }
        #expect(named.samples.map(\.sample) == ["TUMOR"])
        #expect(named.run.normalSamples == ["NORMAL"] && named.run.mode == .tumorNormal)
        do {
            _ = try fileReport("tumor_normal.grch38.vcf") { $0.normals = ["NOBODY"] }
            Issue.record("a normal that is not in the file was accepted")
        } catch {
            #expect(error.kind == .usage)
            #expect(error.message.hasSuffix("normal sample 'NOBODY' is not in the file (it has TUMOR, NORMAL)"))
        }
    }
}

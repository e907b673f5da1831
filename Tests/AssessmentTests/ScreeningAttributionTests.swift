import Assessment
import Attribution
import CallerEvidence
import Foundation
import HemimatchTestSupport
import Testing

/// The screen records whose rearrangements and copy number each caller table speaks for: the input
/// samples its rows were given to (`Screening.Inputs.record`).
@Suite struct ScreeningAttributionTests {
    @Test func eachTableAndListSpeaksForTheSamplesItsRowsReached() throws {
        let folder = try TemporaryDirectory()
        let segments = try folder.write(
            "cohort.seg", ["ID\tchrom\tloc.start\tloc.end\tnum.mark\tseg.mean", "T2\tchr17\t31094900\t31382200\t120\t-1.25"])
        let list = try folder.write(
            "lab.tsv", ["sample\tgene\talteration", "T1\tABL1\tETV6::ABL1", "T2\tNF1\tdeletion", "T2\tKRAS\tp.G12D"])
        let tables = try CallerTables.load(fusionTables: [], copyNumberFiles: [segments], alterationLists: [list], thresholds: CopyNumberThresholds())
        let assigned = try TableAttribution(
            headerSamples: ["T1", "T2"], profiled: ["T1", "T2"], normals: [], mapping: [:], givenPloidy: nil, option: "--table-sample"
        ).assign(tables, input: "calls.vcf")
        var inputs = Screening.Inputs(variantFile: "calls.vcf")
        inputs.record(assigned, listInput: nil)
        #expect(inputs.fusionTables == [])
        #expect(inputs.copyNumberTables == [Screening.Table(path: segments, samples: ["T2"])])
        #expect(
            inputs.alterationLists == [
                Screening.AlterationList(path: list, samples: ["T1", "T2"], isInput: false, rearrangements: ["T1"], copyNumber: ["T2"])
            ])
        inputs.record(assigned, listInput: list)
        #expect(inputs.alterationLists.map(\.isInput) == [true])
    }
}

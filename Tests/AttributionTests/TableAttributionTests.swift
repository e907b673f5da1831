import Attribution
import CallerEvidence
import Foundation
import HemimatchTestSupport
import Testing

/// Every row of a caller table reaches exactly the sample it names, or attribution stops (issue 25).
/// The run-level cases (reports, groups, screens) are in `RunTests/TableAttributionTests`.
@Suite struct TableAttributionUnitTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
    }

    /// A DNAcopy table with one NF1 loss per named sample.
    private func tables(_ samples: [String]) throws -> CallerTables {
        let rows = samples.map { "\($0)\tchr17\t31094900\t31382200\t120\t-1.25" }
        let path = try folder.write("cohort.seg", ["ID\tchrom\tloc.start\tloc.end\tnum.mark\tseg.mean"] + rows)
        return try CallerTables.load(fusionTables: [], copyNumberFiles: [path], thresholds: CopyNumberThresholds())
    }

    private func attribution(_ header: [String], profiled: [String], normals: [String] = [], mapping: [String: String] = [:])
        -> TableAttribution
    {
        TableAttribution(
            headerSamples: header, profiled: profiled, normals: normals, mapping: mapping, givenPloidy: nil, option: "--table-sample")
    }

    @Test func eachRowGoesToTheSampleItNames() throws {
        let outcome = try attribution(["T1", "T2"], profiled: ["T1", "T2"]).assign(try tables(["T2"]), input: "calls.vcf")
        #expect(outcome.copyNumberEvents.count == 1)
        #expect(outcome.copyNumberEvents.map { $0.support.map(\.carries) } == [[false, true]])
        #expect(outcome.owners.map(\.samples) == [["T2"]])
        #expect(outcome.notes == [])
    }

    @Test func aMappedNameGoesToItsSample() throws {
        let outcome = try attribution(["T1", "T2"], profiled: ["T1", "T2"], mapping: ["ALQ-1": "T1"]).assign(
            try tables(["ALQ-1"]), input: "calls.vcf")
        #expect(outcome.copyNumberEvents.map { $0.support.map(\.carries) } == [[true, false]])
    }

    @Test func oneUnknownNameWithOneProfiledSampleIsPairedAndSaid() throws {
        let outcome = try attribution(["P7"], profiled: ["P7"]).assign(try tables(["ALQ-1"]), input: "calls.vcf")
        #expect(outcome.copyNumberEvents.map { $0.support.map(\.carries) } == [[true]])
        #expect(
            outcome.notes == [
                "cohort.seg: its rows name sample ALQ-1, which calls.vcf does not have; they were given to P7, "
                    + "the one sample profiled (--table-sample ALQ-1=SAMPLE says it outright)"
            ])
    }

    @Test func anUnknownNameWithSeveralProfiledStopsNamingTheTableAndSamples() throws {
        let tables = try tables(["ALQ-1", "T2"])
        #expect {
            try attribution(["T1", "T2"], profiled: ["T1", "T2"]).assign(tables, input: "calls.vcf")
        } throws: { error in
            (error as? AttributionError)?.message
                == "\(folder.path("cohort.seg")): rows name sample ALQ-1 that calls.vcf does not have (the table names ALQ-1, T2; "
                + "the input has T1, T2): map each with --table-sample NAME=SAMPLE"
        }
    }

    @Test func aMappingOntoASampleTheInputLacksStops() throws {
        let tables = try tables(["T1"])
        #expect {
            try attribution(["T1"], profiled: ["T1"], mapping: ["T1": "X"]).assign(tables, input: "calls.vcf")
        } throws: { error in
            (error as? AttributionError)?.message == "--table-sample T1=X: calls.vcf has no sample X (has T1)"
        }
    }
}

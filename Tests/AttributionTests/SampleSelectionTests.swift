import Attribution
import Testing
import VariantIO

/// Which samples of a file are profiled and which are the normal, from what callers write in the header.
@Suite struct SampleSelectionTests {
    private func header(_ samples: [String], meta: [(key: String, value: String)] = [], structured: [(key: String, fields: [String: String])] = [])
        -> VariantHeader
    {
        VariantHeader(samples: samples, contigs: [], info: [], format: [], meta: meta, structuredMeta: structured)
    }

    @Test func theNormalSampleLineNamesTheNormal() {
        #expect(SampleSelection.normalSamples(header(["T", "N"], meta: [("normal_sample", "N")])) == ["N"])
    }

    @Test func everySampleButTheTumorLinesIsANormal() {
        #expect(SampleSelection.normalSamples(header(["A", "B", "C"], meta: [("tumor_sample", "B")])) == ["A", "C"])
    }

    @Test func muTectsCommandLineAndMegSAPsSampleLinesNameTheNormal() {
        let mutect = header(
            ["T1", "N1"], structured: [("GATKCommandLine", ["ID": "MuTect", "CommandLineOptions": "tumor_sample_name=T1 normal_sample_name=N1"])])
        #expect(SampleSelection.normalSamples(mutect) == ["N1"])
        let megSAP = header(["T1", "N1"], structured: [("SAMPLE", ["ID": "N1", "IsTumor": "no"]), ("SAMPLE", ["ID": "T1", "IsTumor": "yes"])])
        #expect(SampleSelection.normalSamples(megSAP) == ["N1"])
    }

    @Test func aColumnBesideTUMORIsTheNormalAndTwoUnnamedColumnsHaveNone() {
        #expect(SampleSelection.normalSamples(header(["TUMOR", "GERMLINE"])) == ["GERMLINE"])
        #expect(SampleSelection.normalSamples(header(["S1", "S2"])) == [])
    }

    @Test func theNormalIsScreenedNotProfiled() throws {
        let selection = try SampleSelection(input: "pair.vcf", header: header(["TUMOR", "NORMAL"]), requested: nil)
        #expect(selection.normals == ["NORMAL"])
        #expect(selection.profiled.map(\.name) == ["TUMOR"])
        #expect(selection.profiled.map(\.index) == [0])
    }

    @Test func aFileWithoutSamplesIsOneSampleNamedAfterIt() throws {
        let selection = try SampleSelection(input: "/data/calls.vcf", header: header([]), requested: nil)
        #expect(selection.profiled.map(\.name) == ["calls.vcf"])
        #expect(selection.profiled.map(\.index) == [nil])
    }

    @Test func aSampleTheFileLacksIsAUsageErrorNamingItsSamples() {
        #expect {
            try SampleSelection(input: "pair.vcf", header: header(["T", "N"]), requested: ["X"])
        } throws: { error in
            (error as? AttributionError)?.message == "pair.vcf: sample 'X' is not in the file (it has T, N)"
        }
        #expect {
            try SampleSelection(input: "pair.vcf", header: header(["T", "N"]), requested: nil, normalOverride: ["Q"])
        } throws: { error in
            (error as? AttributionError)?.message == "pair.vcf: normal sample 'Q' is not in the file (it has T, N)"
        }
    }
}

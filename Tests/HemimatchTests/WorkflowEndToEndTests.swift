import Foundation
import HemimatchTestSupport
import Testing

/// The cohort side of the ecosystem: `hemimatch merge`, the Snakemake workflow in
/// workflows/snakemake and MultiQC over the custom content (Snakemake and MultiQC from PyPI,
/// installed by `make test`).
@Suite struct WorkflowEndToEndTests {
    static let names = ["P001", "P002", "P003"]
    // P003 has nothing targetable, but its sheet row gives no fusions or cnv: an incomplete screen, not a finished A (issue 26).
    static let expectedRows = [["P001", "review", "C,D"], ["P002", "review", "B,C,D"], ["P003", "incomplete", "A"]]

    @Test func snakemakeRunsOneJobPerSampleAndMergesTheCohort() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let samples = try EcosystemSamples.make(in: folder, names: Self.names)
        let sheet = "sample\tvcf\n" + samples.enumerated().map { "P00\($0.offset + 1)\t\($0.element.path)\n" }.joined()
        try sheet.write(to: folder.appendingPathComponent("samples.tsv"), atomically: true, encoding: .utf8)
        let workflow = Hemimatch.repositoryRoot.appendingPathComponent("workflows/snakemake")
        let result = try Hemimatch.execute(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "python3", "-m", "snakemake", "--snakefile", workflow.appendingPathComponent("Snakefile").path,
                "--configfile", workflow.appendingPathComponent("config.yaml").path, "--directory", folder.path, "--cores", "2",
                "--config", "hemimatch=\(Hemimatch.binary.path)", "samples=samples.tsv",
            ])
        #expect(result.status == 0, "\(result.stderr.suffix(1500))")
        let out = folder.appendingPathComponent("results")
        #expect(try EcosystemSamples.tableRows(out.appendingPathComponent("cohort.tsv").path) == Self.expectedRows)
        for index in 1...3 {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("samples/P00\(index).json").path))
        }
        let lines = try String(contentsOfFile: out.appendingPathComponent("cohort.jsonl").path, encoding: .utf8).split(separator: "\n")
        #expect(try lines.map { try ReportJSON.decode(Data($0.utf8)).samples.map(\.sample) } == Self.names.map { [$0] })
        let page = try String(contentsOfFile: out.appendingPathComponent("cohort.html").path, encoding: .utf8)
        #expect(page.components(separatedBy: "<tr data-sample=").count - 1 == 3)
    }

    /// The Snakefile's own header command, as written, on the example sheet (the shipped GRCh38
    /// TestData/ inputs, P001 with its fusion table, copy-number segments and named normal, P003 the MAF): a copy of the
    /// workflow folder two levels under a folder that links TestData/, so the sheet's paths resolve.
    @Test func theSnakefileHeaderCommandRunsOnTheExampleSheet() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workflow = folder.appendingPathComponent("workflows/snakemake")
        try FileManager.default.createDirectory(at: workflow.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Hemimatch.repositoryRoot.appendingPathComponent("workflows/snakemake"), to: workflow)
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("TestData"),
            withDestinationURL: Hemimatch.repositoryRoot.appendingPathComponent("TestData"))
        let snakefile = try String(contentsOf: workflow.appendingPathComponent("Snakefile"), encoding: .utf8)
        let header = try #require(snakefile.split(separator: "\n").first { $0.hasPrefix("#   snakemake ") })
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = Hemimatch.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        let command = header.dropFirst(4).replacingOccurrences(of: "snakemake ", with: "python3 -m snakemake ")
        let result = try Hemimatch.execute(URL(fileURLWithPath: "/bin/sh"), ["-c", command], environment: environment, directory: workflow)
        #expect(result.status == 0, "\(command): \(result.stderr.suffix(1500))")
        let table = workflow.appendingPathComponent("results/cohort.tsv").path
        #expect(
            try EcosystemSamples.tableRows(table) == [
                ["TUMOR", "review", "B,C,D"], ["TUMOR", "review", "B,C,D"],
                ["P001-T", "D", "D"], ["P002-T", "D", "D"], ["P003-T", "incomplete", "A"],
            ])
        let p001 = try ReportJSON.decode(try Data(contentsOf: workflow.appendingPathComponent("results/samples/P001.json")))
        // P001's B and the NF1 deletion come from its fusions and cnv columns.
        #expect(p001.samples.map(\.sample) == ["TUMOR"])
        #expect(p001.samples.first?.alterations.map(\.gene).sorted() == ["FLT3", "JAK2", "KRAS", "NF1", "PDGFRB"])
    }

    @Test func multiqcBuildsAReportFromTheCustomContent() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let samples = try EcosystemSamples.make(in: folder, names: Self.names)
        let content = folder.appendingPathComponent("qc")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let merged = try Hemimatch.run(
            ["merge"] + EcosystemSamples.reports(samples, in: folder)
                + ["-o", "/dev/null", "--multiqc", content.appendingPathComponent("hemimatch_mqc.json").path])
        #expect(merged.status == 0, "\(merged.stderr)")
        let report = folder.appendingPathComponent("multiqc")
        let result = try Hemimatch.execute(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-m", "multiqc", content.path, "-o", report.path, "-q"])
        #expect(result.status == 0, "\(result.stderr.suffix(1500))")
        #expect(FileManager.default.fileExists(atPath: report.appendingPathComponent("multiqc_report.html").path))
        let table = try String(contentsOfFile: report.appendingPathComponent("multiqc_data/multiqc_hemimatch_groups.txt").path, encoding: .utf8)
        let rows = table.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(rows.first)
        let group = try #require(header.firstIndex(of: "suggested_group")), candidates = try #require(header.firstIndex(of: "candidate_groups"))
        #expect(rows.dropFirst().map { [$0[0], $0[group], $0[candidates]] } == Self.expectedRows)
        let build = try #require(header.firstIndex(of: "genome_build")), kb = try #require(header.firstIndex(of: "knowledge_base_version"))
        #expect(rows.dropFirst().allSatisfy { $0[build] == "GRCh38" && $0[kb] == "0.8.2" })
    }

    @Test func mergeGivesTheCohortTableAndRefusesMixedBuilds() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let samples = try EcosystemSamples.make(in: folder, names: Self.names)
        let reports = try EcosystemSamples.reports(samples, in: folder)
        let tsv = folder.appendingPathComponent("cohort.tsv").path
        let merged = try Hemimatch.run(["merge"] + reports + ["--tsv", tsv])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try EcosystemSamples.tableRows(tsv) == Self.expectedRows)
        #expect(merged.text.split(separator: "\n").count == 3)
        // JSON Lines in (cohort's own output) give the same bytes out.
        let lines = folder.appendingPathComponent("cohort.jsonl")
        try merged.stdout.write(to: lines)
        #expect(try Hemimatch.run(["merge", lines.path]).stdout == merged.stdout)

        let grch37 = folder.appendingPathComponent("grch37.json").path
        #expect(try Hemimatch.run([Hemimatch.testData("no_panel_alteration.grch37.vcf"), "--format", "json", "-o", grch37]).status == 0)
        let out = folder.appendingPathComponent("mixed.tsv").path
        // A mix of builds is gathered and warned, as cohort does (GenomeBuildMix): each row names its build.
        let mixed = try Hemimatch.run(["merge", reports[0], grch37, "--tsv", out])
        #expect(mixed.status == 0, "\(mixed.stderr)")
        #expect(mixed.stderr.contains("on GRCh37, while") && mixed.stderr.contains("the reports mix genome builds"), "\(mixed.stderr)")
        #expect(FileManager.default.fileExists(atPath: out))

        let notJSON = folder.appendingPathComponent("notes.txt")
        try "hello\n".write(to: notJSON, atomically: true, encoding: .utf8)
        let bad = try Hemimatch.run(["merge", notJSON.path])
        #expect(bad.status == 65 && bad.stderr == "hemimatch: \(notJSON.path): line 1 is not a hemimatch report (JSON or JSON Lines)\n")
    }
}

import Foundation
import HemimatchTestSupport
import Testing

/// `hemimatch cohort` over the bundled samples, run as a pipeline would run it.
@Suite struct CohortEndToEndTests {
    static let files = ["tumor_normal.grch38.vcf", "no_panel_alteration.grch37.vcf", "structural.grch38.vcf"].map(Hemimatch.testData)

    /// The JSON Lines of a run, each line validated against the schema and decoded.
    private func profiles(_ data: Data) throws -> [ReportJSON] {
        try String(decoding: data, as: UTF8.self).split(separator: "\n").map { try ReportJSON.decode(Data($0.utf8)) }
    }

    @Test func oneLinePerSampleInFileOrderAndASummaryRowEach() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = folder.appendingPathComponent("cohort.tsv").path
        let html = folder.appendingPathComponent("cohort.html").path
        let multiqc = folder.appendingPathComponent("cohort_mqc.json").path
        let result = try Hemimatch.run(["cohort"] + Self.files + ["--summary", summary, "--html", html, "--multiqc", multiqc])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try profiles(result.stdout)
        #expect(lines.map { $0.samples.map(\.sample) } == [["TUMOR"], ["PATIENT1"], ["TUMOR"]])
        #expect(lines.map(\.run.genome_build) == ["GRCh38", "GRCh37", "GRCh38"])
        #expect(lines.map { $0.samples[0].suggested_group } == ["review", "incomplete", "review"])
        #expect(lines[0].samples[0].alterations.map { "\($0.gene) \($0.alteration)" } == ["JAK2 p.R683G", "KRAS p.G12D", "FLT3 ITD"])

        let rows = try String(contentsOfFile: summary, encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
        #expect(rows.count == 4)
        let header = rows[0].map(String.init)
        #expect(Array(header.prefix(8)) == ["input", "sample", "suggested_group", "candidate_groups", "group_A", "group_B", "group_C", "group_D"])
        let kras = try #require(header.firstIndex(of: "gene_KRAS"))
        #expect(rows[1][kras] == "1" && rows[2][kras] == "0")
        #expect(rows.dropFirst().map { String($0[1]) } == ["TUMOR", "PATIENT1", "TUMOR"])
        #expect(rows.dropFirst().map { String($0[4]) } == ["0", "1", "0"], "only PATIENT1 falls to group A")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.components(separatedBy: "<tr data-sample=").count - 1 == 3, "one matrix row per sample")
        let content = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: multiqc))) as? [String: Any])
        #expect((content["data"] as? [String: Any])?.count == 3)
    }

    @Test func theBytesDoNotDependOnTheThreadCountOrTheFileList() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = folder.appendingPathComponent("files.txt")
        try ("# the bundled samples\n" + Self.files.joined(separator: "\n") + "\n\n").write(to: list, atomically: true, encoding: .utf8)
        let reference = try Hemimatch.run(["cohort"] + Self.files + ["--threads", "1"])
        #expect(reference.status == 0)
        for threads in ["2", "3", "8"] {
            #expect(try Hemimatch.run(["cohort", "--file-list", list.path, "--threads", threads]).stdout == reference.stdout, "--threads \(threads)")
        }
    }

    @Test func theFirstFailingFileEndsTheRunWithItsCodeAndNoOutput() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken.vcf")
        try "##fileformat=VCFv4.2\nnot a header\n".write(to: broken, atomically: true, encoding: .utf8)
        let broken2 = folder.appendingPathComponent("broken2.vcf")
        try "##fileformat=VCFv4.2\nnot a header\n".write(to: broken2, atomically: true, encoding: .utf8)
        let missing = folder.appendingPathComponent("missing.vcf").path
        let output = folder.appendingPathComponent("out.jsonl").path
        for threads in ["1", "2"] {
            // A missing file is found before any work (66), whatever comes before it.
            let unreadable = try Hemimatch.run(["cohort", Self.files[0], broken.path, missing, "-o", output, "--threads", threads])
            #expect(unreadable.status == 66)
            #expect(
                unreadable.stderr.contains("1 of 3 inputs cannot be read (nothing was matched):\n  \(missing): no such file"), "\(unreadable.stderr)")
            let result = try Hemimatch.run(["cohort", Self.files[0], broken.path, broken2.path, "-o", output, "--threads", threads])
            #expect(result.status == 65, "the first broken file's code: --threads \(threads)")
            #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(broken.path))
            #expect(!FileManager.default.fileExists(atPath: output))
        }
    }

    @Test func withoutInputsItIsAUsageError() throws {
        let result = try Hemimatch.run(["cohort"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--file-list"))
    }
}

/// A small input from the benchmark generator, so CI keeps the thread-count guarantee `make bench` checks at scale.
@Suite struct BenchmarkInputEndToEndTests {
    @Test func profilesAreByteIdenticalForOneTwoAndFourThreads() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = Hemimatch.repositoryRoot.appendingPathComponent("Benchmarks/make_bench_data.py").path
        let wgs = folder.appendingPathComponent("wgs.vcf.gz").path
        let bcf = folder.appendingPathComponent("wgs.bcf").path
        let cohort = folder.appendingPathComponent("cohort.vcf.gz").path
        try Hemimatch.tool(
            "python3 '\(script)' wgs 40000 | bgzip -c > '\(wgs)' && bcftools view -Ob -o '\(bcf)' '\(wgs)' && python3 '\(script)' cohort 300 3000 | bgzip -c > '\(cohort)'"
        )
        for input in [wgs, bcf, cohort] {
            let one = try Hemimatch.run([input, "--format", "json", "--threads", "1"])
            #expect(one.status == 0)
            let report = try ReportJSON.decode(one.stdout)
            #expect(report.samples.contains { !$0.alterations.isEmpty }, "the generator plants hotspot alleles")
            for threads in ["2", "4"] {
                #expect(try Hemimatch.run([input, "--format", "json", "--threads", threads]).stdout == one.stdout, "\(input) --threads \(threads)")
            }
        }
    }
}

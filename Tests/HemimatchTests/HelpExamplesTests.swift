import Foundation
import HemimatchTestSupport
import Testing

/// Every example the commands' `--help` (and so the man page) shows runs on the shipped inputs:
/// run by bash, in the order the commands are listed (merge reads what match and cohort wrote), in a
/// scratch folder holding a link to `TestData/`, with the built `hemimatch` first on the PATH.
@Suite struct HelpExamplesTests {
    @Test func everyHelpExampleRunsOnShippedInputs() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("TestData"),
            withDestinationURL: Hemimatch.repositoryRoot.appendingPathComponent("TestData"))
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = Hemimatch.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        var count = 0
        for command in commandsWithExamples {
            let help = try Hemimatch.run(["help", command])
            #expect(help.status == 0)
            let examples = helpExamples(in: help.text)
            #expect(!examples.isEmpty, "\(command) shows examples")
            for example in examples {
                let result = try Hemimatch.execute(
                    URL(fileURLWithPath: "/bin/bash"), ["-o", "pipefail", "-c", example + " > /dev/null"],
                    environment: environment, directory: folder)
                #expect(result.status == 0, "\(command): \(example): \(result.stderr)")
                count += 1
            }
        }
        #expect(count >= 14)
        // What the examples wrote is there.
        for name in [
            "tumor.json", "tumor.html", "tumor_mqc.json", "cohort.jsonl", "cohort.tsv", "merged.tsv", "hemimatch_mqc.json", "tumor.hemi.vcf.gz.csi",
            "tumor.hemi.bcf",
        ] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name)")
        }
    }
}

import Foundation
import HemimatchTestSupport
import Testing

/// The exit contract beyond the bad-input corpus (`BadInputCorpusTests`, which holds every broken
/// input): a full disk or closed standard output, an interrupt, and `--help` documenting every code.
@Suite struct ErrorExitTests {
    @Test func aFullDiskOrClosedStandardOutputIsAnError() throws {
        let vcf = Hemimatch.testData("tumor_normal.grch38.vcf")
        for redirect in ["> /dev/full", ">&-"] {
            let result = try Hemimatch.execute(URL(fileURLWithPath: "/bin/sh"), ["-c", "'\(Hemimatch.binary.path)' '\(vcf)' \(redirect)"])
            #expect(result.status == 73, "\(redirect): \(result.stderr)")
            #expect(result.stderr == "hemimatch: standard output: cannot write (closed, or the disk is full)\n")
        }
    }

    /// The run reads standard input from a pipe this test keeps open, so it is still running when the
    /// interrupt comes; the interrupt is sent once the process catches SIGINT (its handler installed,
    /// as /proc/PID/status's SigCgt mask shows), so the outcome is the same on any machine load.
    @Test func anInterruptStopsTheRunAndLeavesNoFile() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        let input = Pipe()
        process.executableURL = Hemimatch.binary
        process.arguments = ["-", "--include-filtered", "-o", folder.appendingPathComponent("out.json").path]
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: Data("##fileformat=VCFv4.2\n".utf8))
        try #require(ChildProcess.waitUntilCatching(SIGINT, pid: process.processIdentifier), "the run never installed its SIGINT handler")
        process.interrupt()
        let stopped = ContinuousClock.now + .seconds(60)
        while process.isRunning, ContinuousClock.now < stopped { Thread.sleep(forTimeInterval: 0.01) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test func helpDocumentsEveryExitCode() throws {
        let help = try Hemimatch.run(["--help"]).text
        for code in ["64", "65", "66", "67", "70", "73", "78"] {
            #expect(help.contains("  \(code)  "), "exit code \(code) missing from --help")
        }
    }
}

import HemimatchTestSupport
import Foundation
import Testing

/// Bad input ends with one line on stderr naming the file (and record), a documented exit code,
/// no signal death and no output file left behind.
@Suite struct ErrorExitTests {
    /// Runs hemimatch with `-o` into a fresh folder and checks the failure contract.
    private func expectFailure(_ arguments: [String], status: Int32, mentions fragments: [String],
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.json").path
        let result = try Hemimatch.run(arguments + ["-o", output])
        #expect(!result.signalled, sourceLocation: sourceLocation)
        #expect(result.status == status, "\(result.stderr)", sourceLocation: sourceLocation)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "one line expected, got: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("hemimatch: "), sourceLocation: sourceLocation)
        for fragment in fragments {
            #expect(result.stderr.contains(fragment), "'\(fragment)' not in: \(result.stderr)", sourceLocation: sourceLocation)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "no output file may be left",
                sourceLocation: sourceLocation)
    }

    private func writeFile(_ name: String, _ text: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private static let header = """
        ##fileformat=VCFv4.2
        ##contig=<ID=chr12,length=133275309>
        ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
        #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1

        """

    @Test func missingFileExits66() throws {
        try expectFailure(["/nonexistent/sample.vcf.gz"], status: 66, mentions: ["/nonexistent/sample.vcf.gz", "no such file"])
    }

    @Test func nonVCFFileExits65() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try writeFile("notes.txt", "this is not a VCF\njust text\n", in: folder)
        try expectFailure([path], status: 65, mentions: [path, "not a VCF or BCF file"])
        let random = folder.appendingPathComponent("random.bin")
        try Data(FixedNoise.bytes(4096)).write(to: random)
        try expectFailure([random.path], status: 65, mentions: [random.path])
    }

    @Test func truncatedBgzipExits65() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = folder.appendingPathComponent("whole.vcf.gz")
        try Hemimatch.tool("bgzip -c '\(Hemimatch.testData("tumor_normal.grch38.vcf"))' > '\(whole.path)'")
        let bytes = try Data(contentsOf: whole)
        let cut = folder.appendingPathComponent("cut.vcf.gz")
        try bytes.prefix(bytes.count - 40).write(to: cut)
        try expectFailure([cut.path], status: 65, mentions: [cut.path, "truncated"])
    }

    @Test func malformedRecordExits65NamingTheRecord() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try writeFile("bad.vcf", Self.header + "chr12\t25245350\t.\tC\tT\t.\tPASS\t.\tGT\t0/1\nchr12\t25245351\n", in: folder)
        try expectFailure([path], status: 65, mentions: [path, "record 2", "after chr12:25245350"])
    }

    @Test func positionBeyondTheContigsDeclaredLengthExits65() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try writeFile("beyond.vcf", Self.header + "chr12\t25245350\t.\tC\tT\t.\tPASS\t.\tGT\t0/1\nchr12\t133275310\t.\tC\tT\t.\tPASS\t.\tGT\t0/1\n", in: folder)
        try expectFailure([path], status: 65, mentions: [path, "record 2", "POS 133275310 lies beyond chr12's declared length 133275309"])
    }

    @Test func headerProblemsAreNamed() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let duplicate = try writeFile("dup.vcf", Self.header.replacingOccurrences(of: "\tS1\n", with: "\tS1\tS1\n"), in: folder)
        try expectFailure([duplicate], status: 65, mentions: [duplicate, "sample name 'S1' appears twice in the #CHROM line"])
        let noChrom = try writeFile("nochrom.vcf", "##fileformat=VCFv4.2\nchr12\t1\t.\tC\tT\t.\tPASS\t.\n", in: folder)
        try expectFailure([noChrom], status: 65, mentions: [noChrom, "there is no #CHROM line"])
        let spaces = try writeFile("spaces.vcf", Self.header.replacingOccurrences(of: "\t", with: " "), in: folder)
        try expectFailure([spaces], status: 65, mentions: [spaces, "the #CHROM line is not tab-separated"])
    }

    @Test func headerThatContradictsBuildExits67() throws {
        try expectFailure([Hemimatch.testData("tumor_normal.grch38.vcf"), "--build", "GRCh37"], status: 67,
                          mentions: ["tumor_normal.grch38.vcf", "--build GRCh37 contradicts", "chr1"])
    }

    @Test func undecidableBuildExits67AndBuildOptionResolvesIt() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try writeFile("nocontig.vcf", "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n12\t25398284\t.\tC\tT\t.\tPASS\t.\n", in: folder)
        try expectFailure([path], status: 67, mentions: [path, "--build"])
        let resolved = try Hemimatch.run([path, "--build", "GRCh37", "--format", "json"])
        #expect(resolved.status == 0)
        let report = try ReportJSON.decode(resolved.stdout)
        #expect(report.samples.map(\.sample) == ["nocontig.vcf"], "a sites-only file is profiled as one sample named after the file")
        #expect(report.samples.first?.alterations.map { "\($0.gene) \($0.alteration)" } == ["KRAS p.G12D"])
    }

    @Test func unknownSampleExits64() throws {
        try expectFailure([Hemimatch.testData("tumor_normal.grch38.vcf"), "-s", "TUMOUR"], status: 64,
                          mentions: ["tumor_normal.grch38.vcf", "sample 'TUMOUR' is not in the file"])
    }

    @Test func brokenKnowledgeBaseExits78() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let kb = folder.appendingPathComponent("kb")
        try FileManager.default.copyItem(at: Hemimatch.repositoryRoot.appendingPathComponent("Reference"), to: kb)
        let rules = kb.appendingPathComponent("rules.tsv")
        var text = try String(contentsOf: rules, encoding: .utf8)
        text = text.replacingOccurrences(of: "D-NRAS-HOTSPOT\tNRAS\t", with: "D-NRAS-HOTSPOT\tNRASX\t")
        try text.write(to: rules, atomically: true, encoding: .utf8)
        let out = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        try expectFailure([Hemimatch.testData("tumor_normal.grch38.vcf"), "--kb", kb.path], status: 78,
                          mentions: ["rules.tsv line 4, field gene", "unknown gene 'NRASX'"])
    }

    @Test func outputIntoAMissingFolderExits73BeforeReading() throws {
        let result = try Hemimatch.run([Hemimatch.testData("tumor_normal.grch38.vcf"), "-o", "/nonexistent/folder/out.json"])
        #expect(result.status == 73)
        #expect(result.stderr.contains("/nonexistent/folder/out.json"))
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent/folder/out.json"))
    }

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
        let deadline = ContinuousClock.now + .seconds(60)
        while !Self.catchesInterrupt(process.processIdentifier), ContinuousClock.now < deadline, process.isRunning {
            Thread.sleep(forTimeInterval: 0.01)
        }
        try #require(Self.catchesInterrupt(process.processIdentifier), "the run never installed its SIGINT handler")
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

    /// Whether process `pid` has a handler for SIGINT (bit 2 of SigCgt in /proc/PID/status).
    private static func catchesInterrupt(_ pid: Int32) -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigCgt:") }),
              let mask = UInt64(line.dropFirst("SigCgt:".count).trimmingCharacters(in: .whitespaces), radix: 16) else { return false }
        return mask & (1 << (UInt64(SIGINT) - 1)) != 0
    }

    @Test func helpDocumentsEveryExitCode() throws {
        let help = try Hemimatch.run(["--help"]).text
        for code in ["64", "65", "66", "67", "70", "73", "78"] {
            #expect(help.contains("  \(code)  "), "exit code \(code) missing from --help")
        }
    }
}

import Foundation
import HemimatchTestSupport
import Testing

/// Outputs never eat inputs, and a run's outputs are all or nothing (review 2026-12-07, defects 4-7,
/// 13, 17, 18): each probe in a temporary folder, through the binary (exit codes, files on disk, signals).
@Suite struct OutputSafetyEndToEndTests {
    private let folder: URL
    private let input: String

    init() throws {
        folder = try Hemimatch.temporaryFolder()
        input = folder.appendingPathComponent("in.vcf").path
        try FileManager.default.copyItem(atPath: Hemimatch.testData("tumor_normal.grch38.vcf"), toPath: input)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    private func contents(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }
    private var original: String { get throws { try String(contentsOfFile: Hemimatch.testData("tumor_normal.grch38.vcf"), encoding: .utf8) } }
    /// Hidden temporary files left in the folder.
    private var leftovers: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".") } }

    @Test func anOutputNamingTheInputIsRefusedBeforeReading() throws {
        try FileManager.default.createSymbolicLink(atPath: path("alias.vcf"), withDestinationPath: input)
        for arguments in [
            [input, "-o", input], [input, "--html", path("alias.vcf"), "-o", "/dev/null"],
            ["cohort", input, "--summary", input, "-o", path("c.jsonl")], ["annotate", input, "-o", input],
        ] {
            let result = try Hemimatch.run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(": is the input \(input): refusing to overwrite it"), "\(result.stderr)")
            #expect(try contents("in.vcf") == original)
        }
        #expect(!FileManager.default.fileExists(atPath: path("c.jsonl")))
    }

    @Test func anOutputNamingTheInputsIndexIsRefused() throws {
        try Hemimatch.tool("bgzip -c '\(input)' > '\(path("a.vcf.gz"))' && tabix -p vcf '\(path("a.vcf.gz"))'")
        let index = try Data(contentsOf: URL(fileURLWithPath: path("a.vcf.gz.tbi")))
        let result = try Hemimatch.run([path("a.vcf.gz"), "--use-index", "-o", path("a.vcf.gz.tbi")])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path("a.vcf.gz.tbi"))) == index)
    }

    @Test func twoOutputsNamingOneFileAreRefused() throws {
        let result = try Hemimatch.run([input, "-o", path("same.out"), "--html", path("same.out"), "--multiqc", path("same.out")])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--html \(path("same.out")): -o \(path("same.out")) writes the same file"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path("same.out")))
        // Devices may be named twice.
        #expect(try Hemimatch.run([input, "-o", "/dev/null", "--html", "/dev/null"]).status == 0)
    }

    @Test func aWriteProtectedFileIsRefusedAndADirectoryNamed() throws {
        try "KEEP\n".write(toFile: path("final.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path("final.txt"))
        for arguments in [[input, "-o", path("final.txt")], ["annotate", input, "-o", path("final.txt")]] {
            let result = try Hemimatch.run(arguments)
            #expect(result.status == 73, "\(result.stderr)")
            #expect(result.stderr.contains("\(path("final.txt")): cannot write: the file is write-protected"), "\(result.stderr)")
        }
        #expect(try contents("final.txt") == "KEEP\n")
        let directory = try Hemimatch.run([input, "-o", folder.path])
        #expect(directory.status == 73)
        #expect(directory.stderr.contains("\(folder.path): cannot write: it is a directory"), "\(directory.stderr)")
    }

    @Test func anOverwrittenFileKeepsItsMode() throws {
        try "OLD\n".write(toFile: path("r.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path("r.txt"))
        #expect(try Hemimatch.run([input, "-o", path("r.txt")]).status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: path("r.txt"))[.posixPermissions] as? Int == 0o640)
        #expect(try contents("r.txt").hasPrefix("hemimatch "))
    }

    @Test func aSymlinkedDestinationIsReplacedAtItsTargetAndStaysALink() throws {
        try FileManager.default.createDirectory(atPath: path("sub"), withIntermediateDirectories: false)
        try "OLD\n".write(toFile: path("sub/target.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: path("link.txt"), withDestinationPath: "sub/target.txt")
        try FileManager.default.createSymbolicLink(atPath: path("link2.vcf"), withDestinationPath: "sub/target2.vcf")
        #expect(try Hemimatch.run([input, "-o", path("link.txt")]).status == 0)
        #expect(try Hemimatch.run(["annotate", input, "-o", path("link2.vcf")]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path("link.txt")) == "sub/target.txt")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path("link2.vcf")) == "sub/target2.vcf")
        #expect(try contents("sub/target.txt").hasPrefix("hemimatch "))
        #expect(try contents("sub/target2.vcf").contains("##hemimatch_version="))
    }

    @Test func aPlantedTemporaryNameCannotRedirectTheWrite() throws {
        // The old names were .NAME.hemimatch-PID.tmp, opened without O_EXCL: a planted link redirected the report.
        try "PRECIOUS\n".write(toFile: path("victim.txt"), atomically: true, encoding: .utf8)
        for pid in 1..<4096 {
            try FileManager.default.createSymbolicLink(atPath: path(".rep.txt.hemimatch-\(pid).tmp"), withDestinationPath: "victim.txt")
        }
        #expect(try Hemimatch.run([input, "-o", path("rep.txt")]).status == 0)
        #expect(try contents("victim.txt") == "PRECIOUS\n")
        #expect(try FileManager.default.attributesOfItem(atPath: path("rep.txt"))[.type] as? FileAttributeType == .typeRegular)
    }

    @Test func aNamedPipeIsWrittenToNotReplaced() throws {
        let pipe = path("fifo")
        #expect(mkfifo(pipe, 0o600) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/sh")
        reader.arguments = ["-c", "cat '\(pipe)' > '\(path("fromfifo.vcf"))'"]
        try reader.run()
        let result = try Hemimatch.run(["annotate", input, "-o", pipe])
        reader.waitUntilExit()
        #expect(result.status == 0, "\(result.stderr)")
        var status = stat()
        #expect(lstat(pipe, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        #expect(try contents("fromfifo.vcf").contains("##hemimatch_version="))
    }

    @Test func aFailingOutputLeavesEveryOtherOutputAsItWas() throws {
        try "OLD\n".write(toFile: path("co.jsonl"), atomically: true, encoding: .utf8)
        try "OLD\n".write(toFile: path("co.tsv"), atomically: true, encoding: .utf8)
        let result = try Hemimatch.run(["cohort", input, "-o", path("co.jsonl"), "--summary", path("co.tsv"), "--html", "/dev/full"])
        #expect(result.status == 73, "\(result.stderr)")
        #expect(try contents("co.jsonl") == "OLD\n")
        #expect(try contents("co.tsv") == "OLD\n")
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test(arguments: [SIGHUP, SIGQUIT, SIGINT, SIGTERM])
    func aSignalRemovesTheTemporaryFileAndKeepsTheOldOutput(signal: Int32) throws {
        // A stream that never ends keeps the run reading while the signal comes.
        try "OLD\n".write(toFile: path("m.txt"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = Hemimatch.binary
        process.arguments = ["-", "-o", path("m.txt"), "--html", path("m.html")]
        let feed = Pipe()
        process.standardInput = feed
        process.standardError = FileHandle.nullDevice
        try process.run()
        let header = try original.split(separator: "\n").filter { $0.hasPrefix("#") }.joined(separator: "\n") + "\n"
        try feed.fileHandleForWriting.write(contentsOf: Data(header.utf8))
        // Signalled once its handler is installed: earlier, the default action would end it instead.
        try #require(ChildProcess.waitUntilCatching(signal, pid: process.processIdentifier), "no handler for signal \(signal)")
        kill(process.processIdentifier, signal)
        // A run that ignores the signal must not hang the suite.
        for _ in 0..<100 where process.isRunning { usleep(100_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + signal)
        #expect(try contents("m.txt") == "OLD\n")
        #expect(!FileManager.default.fileExists(atPath: path("m.html")))
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    /// True where this process may mount a tmpfs in a private mount namespace (root, or a user namespace).
    static let canMountTmpfs: Bool = {
        guard let folder = try? Hemimatch.temporaryFolder() else { return false }
        defer { try? FileManager.default.removeItem(at: folder) }
        let probe = try? Hemimatch.execute(
            URL(fileURLWithPath: "/usr/bin/unshare"), ["-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs '\(folder.path)'"])
        return probe?.status == 0
    }()

    @Test(.enabled(if: canMountTmpfs, "needs unshare -m and a tmpfs mount"))
    func aFullDiskNamesTheOutputAndKeepsTheOldFileEvenThroughALink() throws {
        // A private mount namespace with a small, filled tmpfs.
        let small = path("small")
        try FileManager.default.createDirectory(atPath: small, withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: path("link.txt"), withDestinationPath: "small/report.txt")
        let binary = Hemimatch.binary.path
        let script = """
            mount -t tmpfs -o size=64k tmpfs '\(small)' || exit 200
            echo OLD > '\(small)/report.txt'; cat /dev/zero > '\(small)/filler' 2>/dev/null
            '\(binary)' '\(input)' -o '\(small)/report.txt' 2> '\(path("direct.err"))'; echo $? > '\(path("direct.status"))'
            '\(binary)' '\(input)' -o '\(path("link.txt"))' 2> '\(path("link.err"))'; echo $? > '\(path("link.status"))'
            cat '\(small)/report.txt' > '\(path("after.txt"))'; ls -a '\(small)' > '\(path("listing.txt"))'
            """
        let result = try Hemimatch.execute(URL(fileURLWithPath: "/usr/bin/unshare"), ["-m", "sh", "-c", script])
        try #require(result.status == 0, "\(result.stderr)")
        for (name, named) in [("direct", "\(small)/report.txt"), ("link", path("link.txt"))] {
            #expect(try contents("\(name).status") == "73\n")
            let errors = try contents("\(name).err")
            #expect(errors.contains("\(named): cannot write: No space left on device"), "\(errors)")
        }
        #expect(try contents("after.txt") == "OLD\n")
        #expect(try contents("listing.txt").split(separator: "\n").sorted() == [".", "..", "filler", "report.txt"])
    }
}

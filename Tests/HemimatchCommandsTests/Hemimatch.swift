import Foundation
import HemimatchCommands
import HemimatchTestSupport
import Testing

/// Runs hemimatch's argument lists in this process (`CommandLineRun`: parsed by the root command, run
/// as the binary runs them, with its exit code, standard output and standard error), so that the
/// decision-level tests run under `make check` without spawning the binary.
enum Hemimatch {
    /// What a run returned, shaped as a finished process's result.
    struct Result {
        let status: Int32
        let stdout: Data
        let stderr: String
        /// Files the command wrote, by the path the arguments gave.
        let files: [String: Data]
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    static let repositoryRoot = Repository.root
    static var hasSharedTestData: Bool { Repository.hasSharedTestData }
    static let sharedMissing: Comment = "../shared/testdata is absent: real-data tests skipped"

    static func testData(_ name: String) -> String { Repository.testData(name) }
    static func shared(_ path: String) -> String { Repository.shared(path) }

    /// The shipped knowledge base, loaded once for the runs that do not name another with `--kb`.
    private static let shippedKnowledgeBase = KnowledgeBaseCache()

    /// Runs `arguments` in process and writes the files it produced where the arguments put them
    /// (absolute paths: this process's working folder is never changed).
    static func run(_ arguments: [String]) throws -> Result {
        let run = CommandLineRun(arguments, knowledgeBases: arguments.contains("--kb") ? nil : shippedKnowledgeBase)
        let files = try run.outputs.files()
        for (path, bytes) in files { try bytes.write(to: URL(fileURLWithPath: path)) }
        return Result(
            status: run.status, stdout: run.outputs.standardOutput, stderr: String(decoding: run.outputs.standardError, as: UTF8.self),
            files: files)
    }

    /// Runs another program (a reference tool) the tests compare with.
    static func execute(
        _ executable: URL, _ arguments: [String], stdin: Data? = nil,
        environment: [String: String]? = nil, directory: URL? = nil
    ) throws -> ProcessResult {
        try ChildProcess.run(executable, arguments, stdin: stdin, environment: environment, directory: directory)
    }

    /// A fresh temporary folder for one test.
    static func temporaryFolder() throws -> URL { try Repository.temporaryFolder(prefix: "hemimatch-commands") }

    /// Writes `vcf` (and a fusion table and a CNV segment file when given) to a temporary folder, runs
    /// `--format json` on it and returns the first sample of the schema-checked report.
    static func profile(_ vcf: String, fusions: String? = nil, cnv: String? = nil, extra: [String] = []) throws -> ReportJSON.Sample {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tumor.vcf")
        try vcf.write(to: path, atomically: true, encoding: .utf8)
        var arguments = [path.path, "--format", "json"] + extra
        if let fusions {
            let table = folder.appendingPathComponent("fusions.tsv")
            try fusions.write(to: table, atomically: true, encoding: .utf8)
            arguments += ["--fusions", table.path]
        }
        if let cnv {
            let table = folder.appendingPathComponent("tumor.cns")
            try cnv.write(to: table, atomically: true, encoding: .utf8)
            arguments += ["--cnv", table.path]
        }
        let result = try run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try ReportJSON.decode(result.stdout).samples.first)
    }

    /// Runs a shell tool (bgzip, bcftools) the tests use to make inputs; fails the test when it fails.
    static func tool(_ command: String) throws { try ChildProcess.shell(command) }
}

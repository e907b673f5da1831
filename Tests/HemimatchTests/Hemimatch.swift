import Foundation

/// Runs the built `hemimatch` binary, as a user or a pipeline stage would.
enum Hemimatch {
    struct Result {
        let status: Int32
        let stdout: Data
        let stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
        /// Set when the process died of a signal rather than exiting.
        let signalled: Bool
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/testdata`, where real public files lie; tests that need it skip when it is absent.
    static let sharedTestData = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/testdata")
    static var hasSharedTestData: Bool { FileManager.default.fileExists(atPath: sharedTestData.path) }
    static let sharedMissing: Comment = "../shared/testdata is absent: real-data tests skipped"

    static func testData(_ name: String) -> String { repositoryRoot.appendingPathComponent("TestData/\(name)").path }
    static func shared(_ path: String) -> String { sharedTestData.appendingPathComponent(path).path }

    /// The binary `swift build` put beside this test bundle.
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("hemimatch")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return repositoryRoot.appendingPathComponent(".build/debug/hemimatch")
    }()

    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil) throws -> Result {
        try execute(binary, arguments, stdin: stdin, environment: environment)
    }

    static func execute(_ executable: URL, _ arguments: [String], stdin: Data? = nil,
                        environment: [String: String]? = nil, directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let stdin {
            try input.fileHandleForWriting.write(contentsOf: stdin)
            try input.fileHandleForWriting.close()
        }
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: stdoutData,
                      stderr: String(decoding: stderrData, as: UTF8.self),
                      signalled: process.terminationReason == .uncaughtSignal)
    }

    /// A fresh temporary folder for one test.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hemimatch-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs a shell tool (bgzip, bcftools) the tests use to make inputs; fails the test when it fails.
    static func tool(_ command: String) throws {
        let result = try execute(URL(fileURLWithPath: "/bin/sh"), ["-c", command])
        guard result.status == 0 else { throw ToolFailure(command: command, stderr: result.stderr) }
    }

    struct ToolFailure: Error { let command: String; let stderr: String }
}

/// The JSON contract pipelines rely on, decoded independently of the Profile module.
struct ReportJSON: Decodable {
    struct Run: Decodable {
        let tool_version: String
        let knowledge_base_version: String
        let knowledge_base_sha256: String
        let genome_build: String
        let records_read: Int
        let records_kept: Int
        let records_filtered: Int
    }
    struct Sample: Decodable {
        let sample: String
        let alterations: [Alteration]
        let candidate_groups: [String]
        let suggested_group: String
        let other_findings: [String]
        let exclusions: [Alteration]
        let excluded_groups: [String]
        let candidates: [Candidate]
        let flags: [Flag]
    }
    struct Candidate: Decodable { let group: String; let rank: Int; let evidence_level: String; let max_vaf: Double?; let basis: [String] }
    struct Flag: Decodable { let code: String; let message: String }
    struct Alteration: Decodable {
        let gene: String
        let alteration: String
        let groups: [String]
        let rule_id: String
        let sources: [Source]
        let records: [Record]
    }
    struct Source: Decodable { let id: String; let citation: String }
    struct Record: Decodable { let variant: String; let filter: String; let vaf: Double? }

    let schema_version: String
    let run: Run
    let samples: [Sample]

    /// Decodes a report after validating it against the committed JSON Schema.
    static func decode(_ data: Data) throws -> ReportJSON {
        try SchemaCheck.validate(data)
        return try JSONDecoder().decode(ReportJSON.self, from: data)
    }

    func sample(_ name: String) -> Sample? { samples.first { $0.sample == name } }
}

import Testing

/// Validates report JSON against `Schema/hemimatch-report.schema.json` with Python's jsonschema
/// (installed by `make test`), so every end-to-end test checks the schema, not just the fields it reads.
enum SchemaCheck {
    static let schema = Hemimatch.repositoryRoot.appendingPathComponent("Schema/hemimatch-report.schema.json").path

    struct Invalid: Error, CustomStringConvertible { let description: String }

    static func validate(_ data: Data) throws {
        let script = "import json, sys, jsonschema; jsonschema.validate(json.load(sys.stdin), json.load(open(sys.argv[1])))"
        let result = try Hemimatch.execute(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, schema], stdin: data)
        guard result.status == 0 else { throw Invalid(description: "report fails the JSON Schema: \(result.stderr.suffix(600))") }
    }
}

import Foundation
import HemimatchTestSupport
import Testing

/// Runs the built `hemimatch` binary, as a user or a pipeline stage would.
enum Hemimatch {
    typealias Result = ProcessResult
    typealias ToolFailure = ChildProcess.ToolFailure

    static let repositoryRoot = Repository.root
    static var hasSharedTestData: Bool { Repository.hasSharedTestData }
    static let sharedMissing: Comment = "../shared/testdata is absent: real-data tests skipped"

    static func testData(_ name: String) -> String { Repository.testData(name) }
    static func shared(_ path: String) -> String { Repository.shared(path) }

    /// The binary `swift build` put beside this test bundle.
    static var binary: URL { ChildProcess.hemimatch }

    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil) throws -> Result {
        try ChildProcess.run(binary, arguments, stdin: stdin, environment: environment)
    }

    static func execute(
        _ executable: URL, _ arguments: [String], stdin: Data? = nil,
        environment: [String: String]? = nil, directory: URL? = nil
    ) throws -> Result {
        try ChildProcess.run(executable, arguments, stdin: stdin, environment: environment, directory: directory)
    }

    /// A fresh temporary folder for one test.
    static func temporaryFolder() throws -> URL { try Repository.temporaryFolder(prefix: "hemimatch-e2e") }

    /// Runs a shell tool (bgzip, bcftools) the tests use to make inputs; fails the test when it fails.
    static func tool(_ command: String) throws { try ChildProcess.shell(command) }
}

/// Python's jsonschema (installed by `make test`) on a report: a second, independent validator beside
/// the in-process `SchemaCheck` that every decoded report passes.
enum PythonSchemaCheck {
    static let schema = Hemimatch.repositoryRoot.appendingPathComponent("Schema/hemimatch-report.schema.json").path

    /// `nil` when the report is valid, otherwise jsonschema's complaint.
    static func problem(_ data: Data) throws -> String? {
        let script = "import json, sys, jsonschema; jsonschema.validate(json.load(sys.stdin), json.load(open(sys.argv[1])))"
        let result = try Hemimatch.execute(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, schema], stdin: data)
        return result.status == 0 ? nil : String(result.stderr.suffix(600))
    }
}

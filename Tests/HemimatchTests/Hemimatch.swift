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

    static func execute(_ executable: URL, _ arguments: [String], stdin: Data? = nil,
                        environment: [String: String]? = nil, directory: URL? = nil) throws -> Result {
        try ChildProcess.run(executable, arguments, stdin: stdin, environment: environment, directory: directory)
    }

    /// A fresh temporary folder for one test.
    static func temporaryFolder() throws -> URL { try Repository.temporaryFolder(prefix: "hemimatch-e2e") }

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
        let near_misses: [Alteration]
        let generic: Generic?
    }
    struct Generic: Decodable { let reason: String; let detail: String; let drugs: String }
    struct Segment: Decodable { let contig: String; let start: Int; let end: Int; let length: Int; let extent: String?; let arm: String?; let arm_fraction: Double? }
    struct Clonality: Decodable { let vaf: Double; let cell_fraction: Double; let reference: String; let relative_cell_fraction: Double; let subclonal: Bool }
    struct Candidate: Decodable { let group: String; let rank: Int; let evidence_level: String; let max_vaf: Double?; let basis: [String] }
    struct Flag: Decodable { let code: String; let message: String }
    struct Alteration: Decodable {
        let gene: String
        let alteration: String
        let groups: [String]
        let rule_id: String
        let sources: [Source]
        let records: [Record]
        let near_miss_reason: String?
        let segment: Segment?
        let clonality: Clonality?
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

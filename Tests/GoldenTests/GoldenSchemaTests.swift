import Foundation
import HemimatchTestSupport
import Testing

/// Every JSON and JSON Lines report among the goldens meets `Schema/hemimatch-report.schema.json`
/// (each line of a JSON Lines file is a document of its own), checked in process; and the check
/// itself rejects a report broken in each way the schema forbids.
@Suite struct GoldenSchemaTests {
    static let schema = try! JSONSchema(contentsOf: Repository.root.appendingPathComponent("Schema/hemimatch-report.schema.json"))

    /// The golden reports: `.json` and `.jsonl` files, but not MultiQC's `_mqc.json` content.
    static let reports: [String] = {
        let files = FileManager.default.enumerator(atPath: Golden.folder.path)?.compactMap { $0 as? String } ?? []
        return files.filter { ($0.hasSuffix(".json") || $0.hasSuffix(".jsonl")) && !$0.hasSuffix("_mqc.json") }.sorted()
    }()

    @Test func everyReportGoldenIsListed() {
        // 7 inputs × (json, jsonl) + 3 JSON option variants of small.vcf + structural's report.json + the
        // caller tables' json, cnv-strict json, table-sample json, alteration-list json and structural jsonl + cohort and merge JSON Lines.
        #expect(Self.reports.count == 25, "\(Self.reports)")
    }

    @Test(arguments: reports)
    func reportMeetsTheSchema(_ name: String) throws {
        let data = try Data(contentsOf: Golden.folder.appendingPathComponent(name))
        let documents = name.hasSuffix(".jsonl") ? data.split(separator: UInt8(ascii: "\n")).map { Data($0) } : [data]
        #expect(!documents.isEmpty)
        for (index, document) in documents.enumerated() {
            let problems = Self.schema.problems(try JSONValue.parse(document))
            #expect(problems == [], "\(name) document \(index + 1)")
        }
    }

    /// One change to a valid report, and the problem the check must report for it.
    struct Breakage: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let change: @Sendable (inout [String: JSONValue]) -> Void
        let problem: String
    }

    /// The schema's own `schema_version` constant, as the check prints it.
    static var currentSchemaVersion: String {
        guard case .object(let root) = schema.root, case .object(let properties)? = root["properties"],
            case .object(let version)? = properties["schema_version"], let constant = version["const"]
        else { return "?" }
        return constant.description
    }

    static let breakages: [Breakage] = [
        Breakage(
            testDescription: "required member missing", change: { $0["schema_version"] = nil },
            problem: "$: required schema_version missing"),
        Breakage(testDescription: "member not declared", change: { $0["extra"] = .null }, problem: "$: property extra not allowed"),
        Breakage(
            testDescription: "const", change: { $0["schema_version"] = .string("1") },
            problem: "$.schema_version: \"1\", expected \(currentSchemaVersion)"),
        Breakage(testDescription: "type", change: { $0["samples"] = .object([:]) }, problem: "$.samples: object, expected array"),
        Breakage(
            testDescription: "enum through $ref",
            change: { report in
                report["run"] = report["run"].map { run in
                    guard case .object(var members) = run else { return run }
                    members["genome_build"] = .string("hg19")
                    return .object(members)
                }
            }, problem: "$.run.genome_build: \"hg19\" is not one of [\"GRCh37\", \"GRCh38\"]"),
        Breakage(
            testDescription: "integer minimum",
            change: { report in
                report["run"] = report["run"].map { run in
                    guard case .object(var members) = run else { return run }
                    members["records_read"] = .number(-1)
                    return .object(members)
                }
            }, problem: "$.run.records_read: -1.0 < minimum 0.0"),
        Breakage(
            testDescription: "integer type",
            change: { report in
                report["run"] = report["run"].map { run in
                    guard case .object(var members) = run else { return run }
                    members["records_read"] = .number(1.5)
                    return .object(members)
                }
            }, problem: "$.run.records_read: number, expected integer"),
    ]

    @Test(arguments: breakages)
    func brokenReportIsRejected(_ breakage: Breakage) throws {
        guard case .object(var report) = try JSONValue.parse(Data(contentsOf: Golden.folder.appendingPathComponent("match/small.json"))) else {
            Issue.record("match/small.json is not an object")
            return
        }
        #expect(Self.schema.problems(.object(report)) == [])
        breakage.change(&report)
        #expect(Self.schema.problems(.object(report)) == [breakage.problem])
    }
}

import Foundation

/// The JSON contract pipelines rely on, decoded independently of the Profile module.
public struct ReportJSON: Decodable {
    public struct Run: Decodable {
        public let tool_version: String
        public let knowledge_base_version: String
        public let knowledge_base_sha256: String
        public let genome_build: String
        public let records_read: Int
        public let records_kept: Int
        public let records_filtered: Int
    }
    public struct Sample: Decodable {
        public let sample: String
        public let alterations: [Alteration]
        public let candidate_groups: [String]
        public let suggested_group: String
        /// Why `suggested_group` is review; empty otherwise.
        public let review_reasons: [ReviewReason]
        public let other_findings: [String]
        public let exclusions: [Alteration]
        public let excluded_groups: [String]
        public let candidates: [Candidate]
        public let flags: [Flag]
        public let near_misses: [Alteration]
        public let generic: Generic?
        /// Each arm's non-molecular criteria against the clinical sheet; absent without a sheet row.
        public let checklist: [ArmCheck]?
    }
    public struct ArmCheck: Decodable { public let group: String; public let items: [CheckItem] }
    public struct CheckItem: Decodable {
        public let criterion: String; public let requirement: String; public let status: String; public let evidence: String; public let route: Bool
    }
    public struct ReviewReason: Decodable {
        public let reason: String; public let gene: String?; public let evidence: String; public let groups: [String]; public let cites: [String]
    }
    public struct Generic: Decodable { public let reason: String; public let detail: String; public let drugs: String }
    public struct Segment: Decodable {
        public let contig: String; public let start: Int; public let end: Int; public let length: Int; public let extent: String?;
        public let arm: String?; public let arm_fraction: Double?
    }
    public struct Clonality: Decodable {
        public let vaf: Double; public let cell_fraction: Double; public let reference: String; public let relative_cell_fraction: Double;
        public let subclonal: Bool
    }
    public struct Candidate: Decodable {
        public let group: String; public let rank: Int; public let evidence_level: String; public let max_vaf: Double?; public let basis: [String]
    }
    public struct Flag: Decodable { public let code: String; public let message: String }
    public struct Alteration: Decodable {
        public let gene: String
        public let alteration: String
        public let groups: [String]
        public let rule_id: String
        public let sources: [Source]
        public let records: [Record]
        public let near_miss_reason: String?
        public let segment: Segment?
        public let clonality: Clonality?
    }
    public struct Source: Decodable { public let id: String; public let citation: String }
    public struct Record: Decodable { public let variant: String; public let filter: String; public let vaf: Double? }

    public let schema_version: String
    public let run: Run
    public let samples: [Sample]

    /// Decodes a report after validating it against the committed JSON Schema (in process).
    public static func decode(_ data: Data) throws -> ReportJSON {
        try SchemaCheck.validate(data)
        return try JSONDecoder().decode(ReportJSON.self, from: data)
    }

    public func sample(_ name: String) -> Sample? { samples.first { $0.sample == name } }
}

/// Validates report JSON against `Schema/hemimatch-report.schema.json` in process (`JSONSchema`), so
/// every test that decodes a report checks the schema, not just the fields it reads.
public enum SchemaCheck {
    public static let schema = try! JSONSchema(contentsOf: Repository.root.appendingPathComponent("Schema/hemimatch-report.schema.json"))

    public struct Invalid: Error, CustomStringConvertible { public let description: String }

    public static func validate(_ data: Data) throws {
        let problems = schema.problems(try JSONValue.parse(data))
        guard problems.isEmpty else { throw Invalid(description: "report fails the JSON Schema: \(problems.prefix(5).joined(separator: "; "))") }
    }
}

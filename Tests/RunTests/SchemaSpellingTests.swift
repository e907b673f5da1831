import Foundation
import HemimatchTestSupport
import Knowledge
import Profile
import Testing

/// The typed run metadata (build basis, input role, run mode) and the review reasons are spelled exactly as the report schema enumerates it.
@Suite struct SchemaSpellingTests {
    /// The `enum` of the property `name` wherever it stands in the schema.
    static func schemaEnum(_ name: String) throws -> [String] {
        let schema = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Repository.root.appendingPathComponent("Schema/hemimatch-report.schema.json")))
        var found: [String]?
        func walk(_ node: Any) {
            if let object = node as? [String: Any] {
                for (key, value) in object {
                    if key == name, let values = (value as? [String: Any])?["enum"] as? [String] { found = values }
                    walk(value)
                }
            } else if let array = node as? [Any] {
                array.forEach(walk)
            }
        }
        walk(schema)
        return try #require(found, "no enum for \(name)")
    }

    @Test func buildBasisRoleAndModeAreTheSchemasWords() throws {
        #expect(try Self.schemaEnum("genome_build_basis") == BuildDetector.Basis.allCases.map(\.rawValue))
        #expect(try Self.schemaEnum("role").sorted() == InputFile.Role.allCases.map(\.rawValue).sorted())
        #expect(try Self.schemaEnum("mode") == RunMetadata.Mode.allCases.map(\.rawValue))
    }

    @Test func reviewReasonsAreTheSchemasWords() throws {
        let schema = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Repository.root.appendingPathComponent("Schema/hemimatch-report.schema.json")))
        let defs = try #require((schema as? [String: Any])?["$defs"] as? [String: Any])
        let properties = try #require((defs["review_reason"] as? [String: Any])?["properties"] as? [String: Any])
        let reasons = try #require((properties["reason"] as? [String: Any])?["enum"] as? [String])
        #expect(reasons == ReviewReason.Kind.allCases.map(\.rawValue))
    }
}

import Foundation
import HemimatchTestSupport
import Knowledge
import Profile
import Testing

/// The typed run metadata (build basis, input role, run mode, manifest verdict), the review reasons and near-miss
/// reasons are spelled exactly as the report schema enumerates them.
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

    @Test func buildBasisRoleModeAndManifestAreTheSchemasWords() throws {
        #expect(try Self.schemaEnum("genome_build_basis") == BuildDetector.Basis.allCases.map(\.rawValue))
        #expect(try Self.schemaEnum("role").sorted() == InputFile.Role.allCases.map(\.rawValue).sorted())
        #expect(try Self.schemaEnum("mode") == RunMetadata.Mode.allCases.map(\.rawValue))
        #expect(try Self.schemaEnum("knowledge_base_manifest") == RunMetadata.ManifestVerdict.allCases.map(\.rawValue))
    }

    @Test func reviewReasonsAreTheSchemasWords() throws {
        let schema = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Repository.root.appendingPathComponent("Schema/hemimatch-report.schema.json")))
        let defs = try #require((schema as? [String: Any])?["$defs"] as? [String: Any])
        let properties = try #require((defs["review_reason"] as? [String: Any])?["properties"] as? [String: Any])
        let reasons = try #require((properties["reason"] as? [String: Any])?["enum"] as? [String])
        #expect(reasons == ReviewReason.Kind.allCases.map(\.rawValue))
    }

    @Test func nearMissReasonsAreTheSchemasWords() throws {
        #expect(try Self.schemaEnum("near_miss_reason") == Alteration.NearMissReason.allCases.map(\.rawValue))
        var alteration = Alteration(
            gene: "NF1", alteration: "deletion", groups: ["D"], pathway: "", ruleID: "D-NF1-DELETION", evidenceLevel: .named,
            sources: [], basis: "", transcript: "", hgvsc: "", hgvsp: "", records: [])
        alteration.nearMissReason = .broadCopyLoss
        let json = try #require(String(data: JSONEncoder().encode(alteration), encoding: .utf8))
        #expect(json.contains(#""near_miss_reason":"broad-copy-loss""#))
        #expect(try JSONDecoder().decode(Alteration.self, from: Data(json.utf8)) == alteration)
    }
}

import Foundation
import HemimatchTestSupport
import Testing

/// The in-process schema check that `make check` runs on every golden report, compared with Python's
/// jsonschema on the same documents: both accept every golden report and both reject a broken one.
@Suite struct SchemaCrossCheckTests {
    @Test func pythonJSONSchemaAcceptsEveryGoldenReport() throws {
        let names = (FileManager.default.enumerator(atPath: Golden.folder.path)?.compactMap { $0 as? String } ?? [])
            .filter { ($0.hasSuffix(".json") || $0.hasSuffix(".jsonl")) && !$0.hasSuffix("_mqc.json") }.sorted()
        #expect(names.count == 25, "as GoldenSchemaTests lists them")
        for name in names {
            let data = try Data(contentsOf: Golden.folder.appendingPathComponent(name))
            let documents = name.hasSuffix(".jsonl") ? data.split(separator: UInt8(ascii: "\n")).map { Data($0) } : [data]
            for document in documents {
                #expect(try PythonSchemaCheck.problem(document) == nil, "\(name)")
                #expect(throws: Never.self) { try SchemaCheck.validate(document) }
            }
        }
    }

    @Test func bothRejectAnUnknownGenomeBuild() throws {
        let report = try String(contentsOf: Golden.folder.appendingPathComponent("match/small.json"), encoding: .utf8)
        let broken = Data(report.replacingOccurrences(of: "\"genome_build\" : \"GRCh38\"", with: "\"genome_build\" : \"hg38\"").utf8)
        #expect(broken != Data(report.utf8))
        #expect(try PythonSchemaCheck.problem(broken) != nil)
        #expect(throws: SchemaCheck.Invalid.self) { try SchemaCheck.validate(broken) }
    }
}

import Foundation
import HemimatchTestSupport
import Testing

/// `kb validate` and a run on a knowledge base that is not as released (review 2026-12-07, E-01..E-04).
@Suite struct KnowledgeBaseIntegrityCommandTests {
    private func copy(in folder: TemporaryDirectory, _ edit: (String) throws -> Void) throws -> String {
        let target = folder.path("kb")
        try FileManager.default.copyItem(atPath: Repository.knowledgeBaseFolder, toPath: target)
        try edit(target)
        return target
    }

    @Test(arguments: ["polymorphisms.tsv", "gene_spans.tsv.gz", "centromeres.tsv"])
    func validateFailsOnAMissingTable(table: String) throws {
        let folder = try TemporaryDirectory()
        let kb = try copy(in: folder) { try FileManager.default.removeItem(atPath: "\($0)/\(table)") }
        let result = try Hemimatch.run(["kb", "validate", kb])
        #expect(result.status == 78)
        #expect(result.stderr.contains("\(kb)/\(table)"), "\(result.stderr)")
        #expect(try Hemimatch.run([Hemimatch.testData("tumor_normal.grch38.vcf"), "--kb", kb]).status == 78)
    }

    @Test func validateAndEveryRunNameAModifiedKnowledgeBase() throws {
        let folder = try TemporaryDirectory()
        let kb = try copy(in: folder) { kb in
            let rules = try String(contentsOfFile: kb + "/rules.tsv", encoding: .utf8)
            try rules.replacingOccurrences(of: "D-KRAS-HOTSPOT\tKRAS\tNM_004985.5\tD\t", with: "D-KRAS-HOTSPOT\tKRAS\tNM_004985.5\tB\t")
                .write(toFile: kb + "/rules.tsv", atomically: true, encoding: .utf8)
        }
        let validate = try Hemimatch.run(["kb", "validate", kb])
        #expect(validate.status == 0)
        #expect(validate.text.hasSuffix("manifest: MODIFIED since its release: changed rules.tsv\n"), "\(validate.text)")
        let shipped = try Hemimatch.run(["kb", "validate"])
        #expect(shipped.text.hasSuffix("manifest: every file matches the release manifest (MANIFEST.sha256)\n"))
        let report = try Hemimatch.run([Hemimatch.testData("tumor_normal.grch38.vcf"), "--kb", kb])
        #expect(report.text.split(separator: "\n").first?.contains(" (modified) | GRCh38") == true, "\(report.text.prefix(200))")
    }
}

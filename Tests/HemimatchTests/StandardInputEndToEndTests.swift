import Foundation
import HemimatchTestSupport
import Testing

/// `-` reads the variant file from standard input, as a pipeline stage feeds it.
@Suite struct StandardInputEndToEndTests {
    @Test func readsStandardInput() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Hemimatch.testData("tumor_normal.grch38.vcf")))
        let result = try Hemimatch.run(["-", "--format", "json"], stdin: data)
        #expect(result.status == 0)
        #expect(try ReportJSON.decode(result.stdout).sample("TUMOR")?.suggested_group == "review")
    }
}

import Foundation
import HemimatchTestSupport
import Testing

/// `match` with a lab's alteration list, as the input and with `--alterations`: a row that contradicts
/// the MANE model is exit 65 with one line naming file, line and column, and nothing on standard output.
@Suite struct AlterationListCommandTests {
    @Test func aContradictingRowIsExit65WithOneLineAndNoReport() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = folder.appendingPathComponent("lab.tsv")
        try "sample\tgene\talteration\nTUMOR\tKRAS\tA12D\n".write(to: list, atomically: true, encoding: .utf8)
        for arguments in [[list.path], [Hemimatch.testData("tumor_normal.grch38.vcf"), "--alterations", list.path]] {
            let result = try Hemimatch.run(arguments)
            #expect(result.status == 65)
            #expect(result.stdout.isEmpty)
            #expect(
                result.stderr
                    == "hemimatch: \(list.path) line 2: column alteration 'A12D' names A at codon 12, but MANE NM_004985.5 has G there (rule D-KRAS-HOTSPOT)\n"
            )
        }
    }

    @Test func alterationsBesideAVCFReachItsTumor() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = folder.appendingPathComponent("lab.tsv")
        try "sample\tgene\talteration\nTUMOR\tETV6\tETV6::ABL1\n".write(to: list, atomically: true, encoding: .utf8)
        let result = try Hemimatch.run([Hemimatch.testData("tumor_normal.grch38.vcf"), "--alterations", list.path, "--format", "tsv"])
        #expect(result.status == 0)
        let rows = result.text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(
            rows.map { "\($0[0]) \($0[4]) \($0[5]) \($0[7])" }
                == [
                    "TUMOR JAK2 p.R683G C-JAK2-DOMAINS", "TUMOR KRAS p.G12D D-KRAS-HOTSPOT", "TUMOR FLT3 ITD D-FLT3-ITD",
                    "TUMOR ABL1 ETV6::ABL1 B-ABL1-FUSION",
                ])
    }
}

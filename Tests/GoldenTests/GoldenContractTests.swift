import Foundation
import HemimatchTestSupport
import Testing

/// What the goldens must show beyond their own bytes: outputs that are the same by contract stay the
/// same (a `make golden` cannot let them drift apart), and an option case differs from its plain case
/// exactly where the option acts. No two golden files are equal unless a contract here says so.
@Suite struct GoldenContractTests {
    static func golden(_ name: String) throws -> Data { try Data(contentsOf: Golden.folder.appendingPathComponent(name)) }

    /// (output, the output it must equal, why).
    static let sameByContract: [(String, String, String)] = [
        ("merge/merged.jsonl", "cohort/cohort.jsonl", "merge gathers the per-sample reports into what cohort writes"),
        ("merge/merged.html", "cohort/cohort.html", "merge gathers the per-sample reports into what cohort writes"),
        ("merge/merged.tsv", "cohort/summary.tsv", "merge's --tsv is cohort's --summary"),
        ("cohort/summary-to-stdout.tsv", "cohort/summary.tsv", "--summary - writes the same table to standard output"),
        ("match/structural.grch38.report.json", "match/structural.grch38.json", "--html and --multiqc do not change the report"),
        ("cohort/summary-to-stdout.tsv.stderr", "cohort/cohort.jsonl.stderr", "the same cohort warns the same whatever it writes"),
    ]

    @Test func outputsTheSameByContractAreEqual() throws {
        for (output, original, why) in Self.sameByContract {
            #expect(try Self.golden(output) == Self.golden(original), "\(output) differs from \(original): \(why)")
        }
    }

    @Test func noOtherGoldenFilesAreEqual() throws {
        let names = (FileManager.default.enumerator(atPath: Golden.folder.path)?.compactMap { $0 as? String } ?? [])
            .filter { !$0.hasPrefix("inputs/") && $0.contains(".") }.sorted()
        var byBytes: [Data: [String]] = [:]
        for name in names { byBytes[try Self.golden(name), default: []].append(name) }
        let equalSets = Set(byBytes.values.filter { $0.count > 1 }.map { Set($0) })
        let allowed = Set(Self.sameByContract.map { Set([$0.0, $0.1]) })
            .reduce(into: [Set<String>]()) { sets, pair in
                if let index = sets.firstIndex(where: { !$0.isDisjoint(with: pair) }) { sets[index].formUnion(pair) } else { sets.append(pair) }
            }
        #expect(equalSets == Set(allowed))
    }

    @Test func minimumVAFMakesTheLowPTPN11ANearMiss() throws {
        let plain = String(decoding: try Self.golden("match/small.txt"), as: UTF8.self)
        let strict = String(decoding: try Self.golden("match/small.min-vaf.txt"), as: UTF8.self)
        #expect(plain.contains("  PTPN11  p.E76K      D      D-PTPN11-ACTIVATING  0.03 subclonal  chr12:112450406:G:A"))
        #expect(!strict.contains("  PTPN11  p.E76K"))
        #expect(
            strict.contains(
                "  flag filtered-near-miss: PTPN11 p.E76K (D-PTPN11-ACTIVATING) would qualify for D but below --min-vaf 0.05 (VAF 0.031)\n"))
        #expect(strict.contains("sample TUMOR: suggested group D (candidates: D)\n"))
    }
}

import HemimatchTestSupport
import Testing

/// Options out of their range are one-line usage errors (exit 64) naming the option, checked before
/// any input is read (issue 27 item 8).
@Suite struct OptionRangeTests {
    @Test(
        "fractions, depths and copy-number cuts out of range are one-line usage problems",
        arguments: [
            ("--min-vaf", "2", "--min-vaf must be a fraction from 0 to 1, not 2.0; 2.0 looks like a percent: write 0.02 for 2.0%"),
            ("--max-population-af", "150", "--max-population-af must be a fraction from 0 to 1, not 150.0"),
            ("--min-depth", "-1", "--min-depth must be at least 0, not -1"),
            ("--cnv-loss-log2", "1.5", "--cnv-loss-log2 1.5 must be below --cnv-gain-log2 1.0"),
            ("--cnv-loss-copies", "6", "--cnv-loss-copies 6.0 must be below --cnv-gain-copies 5.0"),
            ("--cnv-loss-log2", "-1.0", nil),
        ] as [(String, String, String?)])
    func rangeProblems(option: String, value: String, problem: String?) throws {
        let run = try Hemimatch.run([Hemimatch.testData("tumor_normal.grch38.vcf"), "\(option)=\(value)", "--format", "tsv"])
        if let problem {
            #expect(run.status == 64)
            #expect(run.stderr == "hemimatch: \(problem)\n")
            #expect(run.stdout.isEmpty)
        } else {
            #expect(run.status == 0, "\(run.stderr)")
        }
    }
}

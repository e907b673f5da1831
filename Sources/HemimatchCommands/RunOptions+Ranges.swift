import Run

/// The options checked against their ranges: the messages name the command line's options.
extension RunOptions {
    /// The first option out of its range, as a one-line usage error (exit 64), or nil: fractions from 0
    /// to 1 (a value that looks like a percent says so), depths and copies at least 0, and the
    /// copy-number loss cut below the gain cut.
    var rangeProblem: String? {
        let cuts = copyNumberThresholds
        var problems: [String?] = [
            Self.fractionProblem("--min-vaf", thresholds.minimumVAF),
            Self.fractionProblem("--max-population-af", thresholds.maximumPopulationAF),
        ]
        if thresholds.minimumDepth < 0 { problems.append("--min-depth must be at least 0, not \(thresholds.minimumDepth)") }
        if minimumFusionReads < 0 { problems.append("--min-fusion-reads must be at least 0, not \(minimumFusionReads)") }
        if cuts.lossCopies < 0 { problems.append("--cnv-loss-copies must be at least 0, not \(cuts.lossCopies)") }
        if let blasts = thresholds.blastFraction, let problem = Self.fractionProblem("--blast-fraction", blasts) { problems.append(problem) }
        if let ploidy = cuts.ploidy, ploidy <= 0 { problems.append("--ploidy must be above 0, not \(ploidy)") }
        if cuts.lossLog2 >= cuts.gainLog2 { problems.append("--cnv-loss-log2 \(cuts.lossLog2) must be below --cnv-gain-log2 \(cuts.gainLog2)") }
        if cuts.lossCopies >= cuts.gainCopies {
            problems.append("--cnv-loss-copies \(cuts.lossCopies) must be below --cnv-gain-copies \(cuts.gainCopies)")
        }
        return problems.compactMap { $0 }.first
    }

    /// A fraction outside 0...1, with a hint when it looks like a percent.
    private static func fractionProblem(_ option: String, _ value: Double) -> String? {
        guard !(0...1).contains(value) else { return nil }
        let hint = value > 1 && value <= 100 ? "; \(value) looks like a percent: write \(value / 100) for \(value)%" : ""
        return "\(option) must be a fraction from 0 to 1, not \(value)\(hint)"
    }
}

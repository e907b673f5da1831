import CallerEvidence

/// Gives the rows of multi-sample fusion tables (STAR-Fusion's consolidated form, JAFFA, CICERO) to
/// the VCF's samples by exact name. A row whose sample is not in the VCF is given to no sample, and
/// the run's warnings say so: a fusion is never handed to a sample it was not found in.
enum FusionTableSamples {
    static func assign(_ fusions: [FusionCandidate], fileSamples: [String]) -> (fusions: [FusionCandidate], warnings: [String]) {
        var given: [FusionCandidate] = []
        var unmatched: [(sample: String, rows: Int)] = []
        for fusion in fusions {
            guard let sample = fusion.tableSample else {
                given.append(fusion)
                continue
            }
            guard fileSamples.contains(sample) else {
                if let index = unmatched.firstIndex(where: { $0.sample == sample }) {
                    unmatched[index].rows += 1
                } else {
                    unmatched.append((sample, 1))
                }
                continue
            }
            var copy = FusionCandidate(first: fusion.first, second: fusion.second, orientationKnown: fusion.orientationKnown,
                                       antisense: fusion.antisense, inFrame: fusion.inFrame, basis: fusion.basis,
                                       variant: fusion.variant, filter: fusion.filter,
                                       support: fileSamples.map { SampleSupport(carries: $0 == sample, vaf: nil, depth: nil) })
            copy.fromCallerTable = fusion.fromCallerTable
            copy.tableSample = sample
            copy.lowTier = fusion.lowTier
            given.append(copy)
        }
        guard !unmatched.isEmpty else { return (given, []) }
        let rows = unmatched.map { "\($0.sample) (\($0.rows) rows)" }.joined(separator: ", ")
        let samples = fileSamples.isEmpty ? "the VCF has no sample columns" : "the VCF's samples are \(fileSamples.joined(separator: ", "))"
        return (given, ["fusion-table rows of \(rows) were given to no sample: \(samples), and a table's sample names must match them exactly"])
    }
}

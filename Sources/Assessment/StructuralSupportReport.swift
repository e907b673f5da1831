import CallerEvidence
import Matching
import Profile

extension StructuralSupport {
    /// The run metadata for a file's structural records, and the warning when some gave no sample any
    /// support; `nil` when the file has no structural records.
    /// - Parameter profiled: the samples profiled, to which unsupported records were given.
    public func summary(of outcome: PipelineOutcome, profiled: [String]) -> (summary: StructuralSupportSummary, warning: String?)? {
        let supports =
            outcome.junctions.map { ($0.evidence, $0.support) } + outcome.copyNumberEvents.map { ($0.evidence, $0.support) }
            + outcome.singleBreakends.map { ($0.evidence, $0.support) }
        guard !supports.isEmpty else { return nil }
        var seen = Set<Evidence>()
        let unsupported = supports.filter { Self.lacksPerSampleSupport($0.1) }.map(\.0).filter { seen.insert($0).inserted }
        let summary = StructuralSupportSummary(
            caller: caller.rawValue, fields: fields, recordsWithoutSampleSupport: unsupported.count,
            examples: unsupported.prefix(3).map(\.description),
            samplesGivenUnsupportedRecords: unsupported.isEmpty ? [] : profiled)
        guard !unsupported.isEmpty else { return (summary, nil) }
        let read = fields.isEmpty ? "no per-sample support field" : fields.joined(separator: ", ")
        let warning =
            "\(unsupported.count) structural records (e.g. \(summary.examples.joined(separator: "; "))) give no sample any support "
            + "(caller read as \(caller.rawValue); FORMAT read: \(read)): they were given to every profiled sample "
            + "(\(profiled.joined(separator: ", "))), each flagged support-not-per-sample"
        return (summary, warning)
    }
}

/// The reasons hemimatch itself makes a finding a near-miss (not a caller's FILTER), written as what
/// failed, so that a flag reads `would qualify for D but below --min-vaf 0.02 (VAF 0.01)` or `… but not
/// placed: …`, and `its record failed (…)` only where the caller's FILTER failed it.
public enum NearMissReason {
    /// An allele the engine could not place where the rule looks: `not placed: WHY`.
    public static func notPlaced(_ why: String) -> String { "not placed: \(why)" }

    /// A sample's evidence under a threshold: `below --min-vaf 0.02 (VAF 0.01)`.
    public static func below(_ option: String, _ threshold: String, seen: String) -> String { "below \(option) \(threshold) (\(seen))" }

    /// Why the records of a near-miss failed, after `but`: hemimatch's own reasons as they are written,
    /// a caller's FILTER values as `its record failed (LowQual)`.
    public static func phrase(_ filters: [String]) -> String {
        let own = filters.filter { $0.hasPrefix("below --") || $0.hasPrefix("not placed: ") }
            .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let callers = filters.filter { !own.contains($0) }
        return ((callers.isEmpty ? [] : ["its record failed (\(callers.joined(separator: ", ")))"]) + own).joined(separator: "; ")
    }
}

import Knowledge
import Profile

/// The profile flags that speak of groups and drugs, from the knowledge base's trial policy:
/// resistance changes beside a group whose drug they undermine, and what no variant call can assess.
public struct RegistryFlags: Sendable {
    public let policy: TrialPolicy
    public let groups: [TreatmentGroup]

    public init(policy: TrialPolicy, groups: [TreatmentGroup]) {
        self.policy = policy
        self.groups = groups
    }

    /// The note every profile carries once (`policy.tsv`'s not-assessed note).
    public var notAssessed: ProfileFlag { ProfileFlags.notAssessed(policy.notAssessedNote) }

    /// Flags for passing exclusion and advisory alterations of genes whose drugs `policy` says they
    /// undermine, one per candidate group (group A when none is left) that gives one of those drugs,
    /// each with the review reason it stores.
    public func resistanceFlags(changes: [Alteration], candidateGroups: [String]) -> [(flag: ProfileFlag, reason: ReviewReason)] {
        var flags: [(flag: ProfileFlag, reason: ReviewReason)] = []
        for change in changes {
            guard let drugs = policy.underminedDrugs[change.gene] else { continue }
            for letter in candidateGroups {
                guard let group = groups.first(where: { $0.letter == letter }) else { continue }
                let hit = drugs.filter { group.drugs.lowercased().contains($0) }
                guard !hit.isEmpty else { continue }
                flags.append(
                    (
                        ProfileFlags.resistanceChange(change, drugs: hit, group: letter),
                        ReviewReason(
                            .resistanceToCandidateDrug, change,
                            evidence: "resistance to \(hit.joined(separator: " and ")), which group \(letter) gives", groups: [letter])
                    ))
            }
        }
        return flags
    }
}

import CallerEvidence
import Matching
import Profile

/// One sample's findings gathered into alterations: findings with the same `Key` are one alteration
/// with several supporting records, in the order the file first shows each key.
struct FindingGroups {
    /// What makes two findings one alteration: the same rule, gene and change, on the same side of
    /// the filters for the same reason.
    struct Key: Hashable {
        let passedFilter: Bool
        /// Why a finding that would qualify is a near-miss, when known.
        let nearMissReason: Alteration.NearMissReason?
        let gene: String
        let alteration: String
        let ruleID: String

        init(_ finding: Finding, nearMissReason: Alteration.NearMissReason?) {
            passedFilter = finding.passedFilter
            self.nearMissReason = nearMissReason
            gene = finding.rule.gene
            alteration = finding.alteration
            ruleID = finding.rule.id
        }
    }

    /// An allele of a gene as the input wrote it: an exclusion met by it hides the qualifying findings
    /// of the same allele (JAK2 Y931C lies in the JAK2 kinase window).
    struct AlleleKey: Hashable {
        let gene: String
        let evidence: Evidence

        init(_ finding: Finding) {
            gene = finding.rule.gene
            evidence = finding.evidence
        }
    }

    /// A group: the findings (the first one speaks for the alteration) and each one's record.
    struct Group {
        let key: Key
        var entries: [(finding: Finding, record: SupportingRecord)]
        var first: Finding { entries[0].finding }
    }

    private var order: [Key] = []
    private var entries: [Key: [(finding: Finding, record: SupportingRecord)]] = [:]

    mutating func add(_ finding: Finding, record: SupportingRecord, nearMissReason: Alteration.NearMissReason?) {
        let key = Key(finding, nearMissReason: nearMissReason)
        if entries[key] == nil { order.append(key) }
        entries[key, default: []].append((finding, record))
    }

    /// The groups in first-seen order.
    var groups: [Group] {
        order.map { Group(key: $0, entries: entries[$0] ?? []) }
    }
}

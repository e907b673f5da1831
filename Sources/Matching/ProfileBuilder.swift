import Knowledge
import Profile

/// Turns the findings of a file into one profile per reported sample: one alteration per gene,
/// change and rule, however many records support it, in the order the file first shows them.
public struct ProfileBuilder: Sendable {
    private let sources: [String: Source]

    public init(knowledgeBase: KnowledgeBase) {
        sources = knowledgeBase.sources
    }

    /// - Parameters:
    ///   - samples: (name, index into each finding's `support`) of the samples to report; an index
    ///     of `nil` stands for a file without samples, where every finding counts.
    public func profiles(findings: [AlleleFinding], samples: [(name: String, index: Int?)]) -> [SampleProfile] {
        samples.map { sample in
            var order: [String] = []
            var grouped: [String: [(AlleleFinding, SupportingRecord)]] = [:]
            for finding in findings {
                let support = sample.index.map { finding.support[$0] }
                guard support?.carries ?? true else { continue }
                let key = "\(finding.rule.gene)|\(finding.alteration)|\(finding.rule.id)"
                if grouped[key] == nil { order.append(key) }
                grouped[key, default: []].append((finding, SupportingRecord(
                    variant: finding.variant, filter: finding.filter, vaf: support?.vaf, depth: support?.depth)))
            }
            let found = order.map { key -> (RuleRole, Alteration) in
                let entries = grouped[key]!
                let first = entries[0].0
                return (first.rule.role, Alteration(
                    gene: first.rule.gene, alteration: first.alteration, groups: first.rule.groups, pathway: first.rule.pathway,
                    ruleID: first.rule.id, evidenceLevel: first.rule.evidence.rawValue,
                    sources: first.rule.sourceIDs.compactMap { id in sources[id].map { Citation(id: $0.id, citation: $0.citation, url: $0.url) } },
                    basis: first.basis, transcript: first.transcript, hgvsc: first.hgvsc, hgvsp: first.hgvsp,
                    records: entries.map(\.1)))
            }
            return SampleProfile(sample: sample.name, alterations: found.filter { $0.0 == .qualifies }.map(\.1),
                                 exclusions: found.filter { $0.0 == .excludes }.map(\.1))
        }
    }
}

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
    ///   - otherFindings: fusions and copy-number changes outside the rules, with their per-sample support.
    public func profiles(findings: [AlleleFinding], otherFindings: [(name: String, support: [SampleSupport])] = [],
                         samples: [(name: String, index: Int?)]) -> [SampleProfile] {
        samples.map { sample in
            func carries(_ support: [SampleSupport]) -> Bool {
                sample.index.flatMap { support.indices.contains($0) ? support[$0].carries : nil } ?? true
            }
            var order: [String] = []
            var grouped: [String: [(AlleleFinding, SupportingRecord)]] = [:]
            for finding in findings {
                guard carries(finding.support) else { continue }
                let support = sample.index.flatMap { finding.support.indices.contains($0) ? finding.support[$0] : nil }
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
                                 exclusions: found.filter { $0.0 == .excludes }.map(\.1),
                                 otherFindings: otherFindings.filter { carries($0.support) }.map(\.name))
        }
    }
}

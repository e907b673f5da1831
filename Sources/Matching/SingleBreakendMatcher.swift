import CallerEvidence
import Knowledge

extension StructuralMatcher {
    /// Near-misses for a single breakend in a gene a fusion rule names: the rule cannot be met (its
    /// partner is unknown) but a person should look, since the partner may be one the rule admits.
    /// A kinase rule is named only when the breakend keeps the kinase's 3' part and its breakpoint
    /// lies upstream of the kinase domain.
    func nearMisses(for breakend: SingleBreakend) -> [Finding] {
        var findings: [Finding] = []
        var seen = Set<String>()
        for span in assembler.spans(at: breakend.end) {
            let gene = GeneSymbol.canonical(span.gene)
            let fivePrime = assembler.role(of: span, at: breakend.end)
            for rule in knowledgeBase.rules where rule.gene == gene && rule.role == .qualifies && seen.insert(rule.id).inserted {
                var basis = "single breakend \(breakend.end.contig):\(breakend.end.position), partner unknown"
                switch (rule.kind, rule.target) {
                case (.fusion, _):
                    break
                case (.kinaseFusion, .kinase(let domainStart, _, _)):
                    // The kinase must be the 3' part: a breakend that keeps its 5' part leaves no kinase fusion.
                    guard fivePrime != true else { continue }
                    let partner = FusionPartner(gene: gene, contig: breakend.end.contig, position: breakend.end.position).canonical
                    switch keepsKinaseDomain(partner, gene: gene, domainStart: domainStart, fromTable: false) {
                    case false?: continue
                    case nil: basis += "; breakpoint not checked against the kinase domain"
                    case true?: basis += "; breakpoint upstream of the kinase domain (codon \(domainStart))"
                    }
                default:
                    continue
                }
                let name = fivePrime == true ? "\(gene)::?" : fivePrime == false ? "?::\(gene)" : "\(gene) single breakend"
                var finding = Finding(
                    rule: rule, alteration: name, basis: basis, transcript: rule.transcript, hgvsc: "",
                    hgvsp: "", evidence: breakend.evidence,
                    filter: "single breakend, partner unknown (FILTER \(breakend.filter))",
                    support: breakend.support)
                finding.passedFilter = false
                findings.append(finding)
            }
        }
        return findings
    }
}

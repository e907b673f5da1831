import Knowledge
import Profile

/// Reads one sample's clinical sheet row against the knowledge base's non-molecular criteria
/// (`criteria.tsv`): a checklist per arm, and the alterations a met route adds (B's ex-vivo dasatinib
/// IC50, C's CRLF2 overexpression), each citing its registry criterion.
public struct ArmChecklist: Sendable {
    let criteria: [ClinicalCriterion]
    let groups: [TreatmentGroup]
    let sources: [String: Source]

    public init(knowledgeBase: KnowledgeBase) {
        criteria = knowledgeBase.criteria
        groups = knowledgeBase.groups
        sources = knowledgeBase.sources
    }

    /// Each arm with criteria, in the knowledge base's group order.
    public func checks(_ facts: ClinicalFacts) -> [ArmCheck] {
        groups.compactMap { group in
            let items = criteria.filter { $0.group == group.letter }.map { item($0, facts) }
            return items.isEmpty ? nil : ArmCheck(group: group.letter, items: items)
        }
    }

    /// Alterations for the routes the sheet meets.
    public func routes(_ facts: ClinicalFacts) -> [Alteration] {
        criteria.filter { $0.kind.isRoute && item($0, facts).status == .met }.map { criterion in
            let (gene, change) =
                criterion.kind == .ic50Route
                ? ("dasatinib", "ex-vivo IC50 \(Self.number(facts.dasatinibIC50nM ?? 0)) nM")
                : ("CRLF2", "overexpression (flow cytometry)")
            return Alteration(
                gene: gene, alteration: change, groups: [criterion.group], pathway: "clinical route",
                ruleID: "\(criterion.group)-\(criterion.criterion.replacing(" ", with: "-"))",
                evidenceLevel: .named, sources: criterion.sourceIDs.compactMap { sources[$0] },
                basis: "clinical sheet \(facts.source)", transcript: "", hgvsc: "", hgvsp: "",
                records: [SupportingRecord(variant: facts.source, filter: "PASS", vaf: nil, depth: nil)])
        }
    }

    func item(_ criterion: ClinicalCriterion, _ facts: ClinicalFacts) -> ArmCheck.Item {
        let (status, evidence) = judge(criterion, facts)
        return ArmCheck.Item(
            criterion: "\(criterion.sourceIDs.first ?? "") \(criterion.criterion)", requirement: criterion.text,
            status: status, evidence: evidence, route: criterion.kind.isRoute)
    }

    private func judge(_ criterion: ClinicalCriterion, _ facts: ClinicalFacts) -> (ArmCheck.Status, String) {
        let limit = criterion.number
        func compare(_ value: Double?, _ name: String, unit: String, _ holds: (Double) -> Bool, _ relation: String) -> (ArmCheck.Status, String) {
            guard let value else { return (.notKnown, "\(name) not known") }
            let met = holds(value)
            return (met ? .met : .notMet, "\(name) \(Self.number(value))\(unit) \(met ? "" : "not ")\(relation) \(Self.number(limit))\(unit)")
        }
        switch criterion.kind {
        case .minAgeAtDiagnosis:
            return compare(facts.ageAtDiagnosisYears, "age at first diagnosis", unit: " years", { $0 >= limit }, ">=")
        case .maxAgeAtDiagnosis:
            // "18 years of age" lasts until the 19th birthday.
            return compare(facts.ageAtDiagnosisYears, "age at first diagnosis", unit: " years", { $0 < limit + 1 }, "within")
        case .maxAge:
            return compare(facts.ageYears, "age", unit: " years", { $0 < limit }, "<")
        case .minWeightUnder6:
            guard let age = facts.ageYears else { return (.notKnown, "age not known") }
            guard age < 6 else { return (.met, "age \(Self.number(age)) years: the under-6 rule does not apply") }
            return compare(facts.weightKg, "weight", unit: " kg", { $0 >= limit }, ">=")
        case .minWeight:
            if criteria.contains(where: { $0.group == criterion.group && $0.kind == .minWeightUnder6 }) {
                guard let age = facts.ageYears else { return (.notKnown, "age not known") }
                guard age >= 6 else { return (.met, "age \(Self.number(age)) years: the under-6 rule applies") }
            }
            return compare(facts.weightKg, "weight", unit: " kg", { $0 >= limit }, ">=")
        case .priorCombination, .priorDrug:
            guard let regimens = facts.priorTherapy else { return (.notKnown, "prior therapy not known") }
            let drugs = criterion.drugs
            let given = regimens.first { regimen in drugs.allSatisfy(regimen.contains) }
            let written = regimens.map { $0.joined(separator: "+") }.joined(separator: ";")
            let what = drugs.joined(separator: " and ") + (drugs.count > 1 ? " together" : "")
            if let given { return (.notMet, "prior therapy \(given.joined(separator: "+")) gave \(what)") }
            return (.met, "prior therapy '\(written)' never gave \(what)")
        case .ic50Route:
            return compare(facts.dasatinibIC50nM, "ex-vivo dasatinib IC50", unit: " nM", { $0 < limit }, "<")
        case .crlf2Route:
            guard let overexpressed = facts.crlf2Overexpression else { return (.notKnown, "CRLF2 overexpression not known") }
            return (overexpressed ? .met : .notMet, "CRLF2 overexpression \(overexpressed ? "yes" : "no") by flow cytometry")
        }
    }

    /// `4`, `0.5`, `12.25`.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

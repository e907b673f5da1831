/// A non-molecular criterion of an arm's registry text (`criteria.tsv`): age, weight, prior therapy,
/// and the routes into an arm that are not a variant call (B's ex-vivo dasatinib IC50, C's CRLF2
/// overexpression). The clinical sheet (`--clinical`) is read against them.
public struct ClinicalCriterion: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Age at first diagnosis at least `value` years (`1` for 12 months).
        case minAgeAtDiagnosis = "min-age-at-diagnosis-years"
        /// Age at first diagnosis at most `value` years of age (18: up to the 19th birthday).
        case maxAgeAtDiagnosis = "max-age-at-diagnosis-years"
        /// Age now (at inclusion) below `value` years.
        case maxAge = "max-age-years"
        /// Weight at least `value` kg.
        case minWeight = "min-weight-kg"
        /// Weight at least `value` kg below 6 years of age (D's 7 kg; `min-weight-kg` from 6 years).
        case minWeightUnder6 = "min-weight-kg-under-6-years"
        /// No earlier regimen that gave all these drugs together (`value`: `dasatinib+venetoclax`).
        case priorCombination = "no-prior-combination"
        /// No earlier regimen that gave this drug at all.
        case priorDrug = "no-prior-drug"
        /// A route in: an ex-vivo dasatinib IC50 below `value` nM.
        case ic50Route = "route-dasatinib-ic50-below-nm"
        /// A route in: CRLF2 overexpression by flow cytometry.
        case crlf2Route = "route-crlf2-overexpression"

        /// A route makes an arm a candidate when met; it never bars one.
        public var isRoute: Bool { self == .ic50Route || self == .crlf2Route }
    }

    public let group: String
    /// The registry's number for it (`inclusion 1`, `exclusion 10`).
    public let criterion: String
    public let kind: Kind
    /// The number (years, kg, nM) or the drugs (`dasatinib+venetoclax`); empty for the CRLF2 route.
    public let value: String
    public let sourceIDs: [String]
    /// The registry's words, shortened.
    public let text: String

    /// `value` as a number, for the numeric kinds (checked on load).
    public var number: Double { Double(value) ?? .nan }
    /// `value` as drugs, lower case, for the prior-therapy kinds.
    public var drugs: [String] { value.lowercased().split(separator: "+").map(String.init) }
}

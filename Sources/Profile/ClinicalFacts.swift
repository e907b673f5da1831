/// One sample's row of the clinical sheet (`--clinical`); `nil` is "not known" (an empty cell).
public struct ClinicalFacts: Codable, Sendable, Equatable {
    public var ageAtDiagnosisYears: Double?
    public var ageYears: Double?
    public var weightKg: Double?
    /// Earlier regimens, each the drugs given together, lower case (`[["dasatinib", "venetoclax"], ["cytarabine"]]`).
    public var priorTherapy: [[String]]?
    /// CRLF2 overexpression by flow cytometry.
    public var crlf2Overexpression: Bool?
    /// Ex-vivo dasatinib IC50, nM.
    public var dasatinibIC50nM: Double?
    /// The sample's blast fraction (0-1), for the clonality cue (as `--blast-fraction` gives it for a run).
    public var blastFraction: Double?
    /// Where the row stands: `sheet.tsv line 3`.
    public var source: String

    public init(source: String) {
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case source
        case ageAtDiagnosisYears = "age_at_diagnosis_years"
        case ageYears = "age_years"
        case weightKg = "weight_kg"
        case priorTherapy = "prior_therapy"
        case crlf2Overexpression = "crlf2_overexpression"
        case dasatinibIC50nM = "dasatinib_ic50_nm"
        case blastFraction = "blast_fraction"
    }
}

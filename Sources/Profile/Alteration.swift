/// An actionable alteration found in a sample, with the rule it meets and the evidence for it.
public struct Alteration: Codable, Sendable, Equatable {
    public let gene: String
    /// One-letter HGVS protein change (`p.G12D`), `GENE1::GENE2` for a fusion, or a named event (`ITD`).
    public let alteration: String
    /// Group letters this alteration qualifies for.
    public let groups: [String]
    public let pathway: String
    public let ruleID: String
    /// How directly the trial text supports the rule (JSON: `named`, `pathway`, `literature`, `flagged`).
    public let evidenceLevel: EvidenceLevel
    public let sources: [Citation]
    /// How the alteration was recognised, e.g. `VEP CSQ on ENST00000311936.8` or `hotspot allele table`.
    public let basis: String
    public let transcript: String
    public let hgvsc: String
    public let hgvsp: String
    public let records: [SupportingRecord]
    /// Why a near-miss is not an alteration: inherited (`common-polymorphism`, `germline`) or a broad copy loss.
    public var nearMissReason: NearMissReason?
    /// The allele's highest population frequency and the field it came from, when known.
    public var populationAF: Double?
    public var populationAFField: String?
    /// The copy-number segment behind a deletion or amplification and its extent.
    public var segment: SegmentExtent?
    /// The VAF-based clonality cue, when a record gives a VAF.
    public var clonality: Clonality?

    /// An exclusion for tables: `JAK2 p.Y931C (bars C; NCT05745714-EXCL11)`, the criterion's source ids last.
    public var asExclusion: String {
        "\(gene) \(alteration) (bars \(groups.joined(separator: ", "))" + (sources.isEmpty ? "" : "; " + sources.map(\.id).joined(separator: ", "))
            + ")"
    }

    /// The highest VAF among the supporting records.
    public var maxVAF: Double? { records.compactMap(\.vaf).max() }

    public init(
        gene: String, alteration: String, groups: [String], pathway: String, ruleID: String, evidenceLevel: EvidenceLevel,
        sources: [Citation], basis: String, transcript: String, hgvsc: String, hgvsp: String, records: [SupportingRecord]
    ) {
        self.gene = gene
        self.alteration = alteration
        self.groups = groups
        self.pathway = pathway
        self.ruleID = ruleID
        self.evidenceLevel = evidenceLevel
        self.sources = sources
        self.basis = basis
        self.transcript = transcript
        self.hgvsc = hgvsc
        self.hgvsp = hgvsp
        self.records = records
    }

    enum CodingKeys: String, CodingKey {
        case gene, alteration, groups, pathway
        case ruleID = "rule_id"
        case evidenceLevel = "evidence_level"
        case sources, basis, transcript, hgvsc, hgvsp, records
        case nearMissReason = "near_miss_reason"
        case populationAF = "population_af"
        case populationAFField = "population_af_field"
        case segment, clonality
    }
}

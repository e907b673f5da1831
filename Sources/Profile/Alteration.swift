/// An actionable alteration found in a sample, with the rule it meets and the evidence for it.
public struct Alteration: Codable, Sendable, Equatable {
    public let gene: String
    /// One-letter HGVS protein change (`p.G12D`), `GENE1::GENE2` for a fusion, or a named event (`ITD`).
    public let alteration: String
    /// Group letters this alteration qualifies for.
    public let groups: [String]
    public let pathway: String
    public let ruleID: String
    /// `named`, `pathway` or `flagged` (see the knowledge base).
    public let evidenceLevel: String
    public let sources: [Citation]
    /// How the alteration was recognised, e.g. `VEP CSQ on ENST00000311936.8` or `hotspot allele table`.
    public let basis: String
    public let transcript: String
    public let hgvsc: String
    public let hgvsp: String
    public let records: [SupportingRecord]

    public init(gene: String, alteration: String, groups: [String], pathway: String, ruleID: String, evidenceLevel: String,
                sources: [Citation], basis: String, transcript: String, hgvsc: String, hgvsp: String, records: [SupportingRecord]) {
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
    }
}

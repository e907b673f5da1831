/// Something a person must look at before acting on a profile.
public struct ProfileFlag: Codable, Sendable, Equatable, Hashable {
    /// What kind of flag it is.
    public enum Code: String, Codable, Sendable, CaseIterable {
        /// BCR::ABL1 meets group B's text only read literally: confirm with the sponsor or iLTB.
        case confirmWithBoard = "confirm-with-board"
        /// The allele is also in the normal sample, or its VAF looks germline.
        case germlineSuspected = "germline-suspected"
        /// CRLF2 on GRCh37: the PAR1 assembly defect makes its annotation unreliable.
        case crlf2OnGRCh37 = "crlf2-on-grch37"
        /// Rules that need an annotation (domain, in-frame, truncating, splice) could not be evaluated.
        case rulesNotEvaluated = "rules-not-evaluated"
        /// A record that would qualify failed its FILTER.
        case filteredNearMiss = "filtered-near-miss"
        /// Every group an alteration qualified for was excluded.
        case allGroupsExcluded = "all-groups-excluded"
        /// Records the file holds but hemimatch could not fully use (a malformed annotation, a broken breakend).
        case unusableRecords = "unusable-records"
        /// A structural record's caller wrote no support the sample's columns tell apart: it was given to every sample.
        case supportNotPerSample = "support-not-per-sample"
    }

    public let code: Code
    public let message: String

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }
}

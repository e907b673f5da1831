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
        /// An allele meeting a rule is common in the population (annotation or polymorphism table): not an alteration.
        case commonPolymorphism = "common-polymorphism"
        /// An allele meeting a rule has germline-level support in the matched normal: not an alteration.
        case germlineInNormal = "germline-in-normal"
        /// A germline allele in a gene whose inherited variants are a syndrome of their own (the knowledge base's
        /// `policy.tsv`: RASopathies, JMML predisposition): a finding for the board, not silently dropped.
        case germlineRASopathy = "germline-rasopathy"
        /// An allele kept as the tumor's has low support in the normal: possible tumor-in-normal contamination.
        case tumorInNormal = "tumor-in-normal"
        /// An allele is in the normal, but with too few reads there to tell germline from tumor-in-normal: kept, said.
        case normalTooShallow = "normal-too-shallow"
        /// Records the file holds but hemimatch could not fully use (a malformed annotation, a broken breakend).
        case unusableRecords = "unusable-records"
        /// A variant touches a codon an exclusion names but could not be translated: the exclusion was not evaluated.
        case exclusionNotEvaluated = "exclusion-not-evaluated"
        /// A resistance change the registry does not exclude (ABL1 kinase domain beside dasatinib; BCL2 beside
        /// venetoclax, including group A's venetoclax and navitoclax).
        case resistanceChange = "resistance-change"
        /// What no variant call can assess (the knowledge base's not-assessed note: B's ex-vivo dasatinib IC50,
        /// C's CRLF2 overexpression, age, prior therapy).
        case routesNotAssessable = "routes-not-assessable"
        /// A qualifying alteration's VAF is low in absolute terms or beside the sample's clonal alterations (`Clonality`).
        case subclonal
        /// A deletion rule's gene lies in a loss of more than half its chromosome arm: not a focal gene deletion.
        case broadCopyLoss = "broad-copy-loss"
        /// A structural record's caller wrote no support the sample's columns tell apart: it was given to every sample.
        case supportNotPerSample = "support-not-per-sample"
        /// An in-frame insertion written in an intron beside an exon was placed as a tandem duplication of the
        /// exon's bases (an ITD whose caller wrote it outside the exon): confirm by fragment analysis or PCR.
        case itdSiteIntronic = "itd-site-intronic"
        /// The file holds two or more samples and names no normal: each was profiled as a tumor.
        case normalNotNamed = "normal-not-named"
        /// The screen missed small variants, rearrangements or copy number (`SampleScreen.missing`): a
        /// group found is not the whole answer, and no group found is `incomplete`, not group A.
        case screenIncomplete = "screen-incomplete"
        /// A criterion of the arm's registry text (age, weight, prior therapy) is not met by the clinical
        /// sheet: the arm is not suggested.
        case clinicalCriterionNotMet = "clinical-criterion-not-met"
        /// A candidate arm is not recruiting, or its status is not known (the knowledge base's `recruitment.tsv`).
        case armNotRecruiting = "arm-not-recruiting"
    }

    public let code: Code
    public let message: String

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }
}

import CallerEvidence
import Knowledge
import Matching

extension ProfileBuilder {
    /// Per-sample evidence below which an allele is a near-miss rather than an alteration.
    public struct Thresholds: Sendable, Equatable {
        public var minimumVAF = 0.02
        public var minimumDepth = 10
        /// An allele whose population frequency is above this is a polymorphism, never an alteration
        /// (`--max-population-af`; see `GermlineScreen` and the README's tumor-only section).
        public var maximumPopulationAF = 0.001
        /// An allele with at least this VAF in the matched normal is germline (het ~0.5, hom ~1.0);
        /// below it, support in the normal is read as possible tumor-in-normal contamination.
        public var germlineNormalVAF = 0.2
        /// The depth and alt reads a normal needs before its VAF can call an allele germline.
        public var normalFloor = GermlineScreen.NormalFloor()
        /// The sample's blast fraction (`--blast-fraction`), when known: the clonality cue's absolute cut follows it.
        public var blastFraction: Double?
        /// `--min-fusion-reads`: a fusion with fewer supporting reads (a table's split and spanning reads, a
        /// VCF record's split and paired reads as its caller counts them) is a near-miss.
        public var minimumFusionReads = FusionCandidate.defaultMinimumReads

        public init() {}

        public init(minimumVAF: Double, minimumDepth: Int) {
            self.minimumVAF = minimumVAF
            self.minimumDepth = minimumDepth
        }

        /// Why a sample's evidence is too weak for an alteration (`below --min-vaf 0.02 (VAF 0.01)`), if it is.
        func weakness(of support: SampleSupport?) -> String? {
            if let vaf = support?.vaf, vaf < minimumVAF {
                return NearMissReason.below("--min-vaf", "\(minimumVAF)", seen: "VAF \((vaf * 1000).rounded() / 1000)")
            }
            if let depth = support?.depth, depth < minimumDepth {
                return NearMissReason.below("--min-depth", "\(minimumDepth)", seen: "depth \(depth)")
            }
            return nil
        }

        /// Why a rearrangement from a VCF record has too few reads to act as a fusion: the sample's split and
        /// paired reads, as its caller counts them (Manta PR/SR, DELLY DV/RV, GRIDSS VF, SvABA AD, LUMPY SU),
        /// below `--min-fusion-reads`, whatever FILTER says.
        func readShortfall(_ kind: RuleKind, support: SampleSupport?) -> String? {
            guard [.fusion, .kinaseFusion].contains(kind), let reads = support?.altReads, reads < minimumFusionReads else { return nil }
            return "\(reads) supporting read\(reads == 1 ? "" : "s") < --min-fusion-reads \(minimumFusionReads)"
                + (support?.vafSource.map { " (\($0))" } ?? "")
        }
    }
}

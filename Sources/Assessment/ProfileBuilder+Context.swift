import Knowledge
import Profile

extension ProfileBuilder {
    /// What the run knows that the flags depend on.
    public struct Context: Sendable {
        public var build: GenomeBuild
        /// Whether the header declares a consequence annotation (`CSQ`, `ANN`, `BCSQ`).
        public var annotated: Bool
        /// Small-variant panel records that nevertheless carry none.
        public var unannotatedRecords: Int
        /// Whether `--fasta` lets the consequence engine translate substitutions.
        public var translates: Bool
        public var thresholds: Thresholds
        /// Records that could not be fully used, each described in the run's warnings.
        public var unusableRecords = 0
        /// Header indices of the normal samples (`##normal_sample`, `##tumor_sample`'s other columns,
        /// a `NORMAL` column or `--normal`), to spot germline alleles.
        public var normalIndices: [Int]
        /// Their names, in the same order, for messages.
        public var normalNames: [String] = []
        /// Flags about the whole file that every profiled sample carries (a normal the file does not name).
        public var fileFlags: [ProfileFlag] = []
        /// What the run's inputs let hemimatch screen, per sample; `nil` builds profiles without a
        /// screen (and so without the `incomplete` decision), as unit tests of other steps do.
        public var screening: Screening?
        /// The clinical sheet's rows by sample name (`--clinical`).
        public var clinical: [String: ClinicalFacts] = [:]

        public init(
            build: GenomeBuild, annotated: Bool, unannotatedRecords: Int = 0, translates: Bool = false,
            thresholds: Thresholds = Thresholds(), normalIndices: [Int]
        ) {
            self.build = build
            self.annotated = annotated
            self.unannotatedRecords = unannotatedRecords
            self.translates = translates
            self.thresholds = thresholds
            self.normalIndices = normalIndices
        }

        /// The normals as (header index, name), `sample N` when a name is missing.
        var normals: [(index: Int, name: String)] {
            normalIndices.enumerated().map { offset, index in
                (index, offset < normalNames.count ? normalNames[offset] : "sample \(index + 1)")
            }
        }
    }
}

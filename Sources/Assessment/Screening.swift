import Knowledge
import Profile

/// Decides, sample by sample, what the run's inputs let hemimatch screen (issue 26):
/// - small variants are assessed when annotated (CSQ/ANN/BCSQ, a MAF's annotation) or translated with
///   `--fasta`; partial when only the hotspot allele table could speak;
/// - rearrangements are assessed when a fusion table or structural-caller records are given for the sample;
/// - copy number when copy-number segments or records are;
/// - the clinical criteria when a sheet row is.
///
/// A lab's alteration list shows what the lab reported, not what it looked at: given as the input, its
/// small variants are `partial`; its rearrangements and copy number are `partial` for a sample it
/// reports a fusion (or a deletion or amplification) for and `not-assessed` otherwise, unless a caller's
/// table or records assess them. It gives no normal and no population frequency: an inherited
/// polymorphism is recognised only where the knowledge base's polymorphism table names it.
///
/// The arms a missing part could change are read from the knowledge base's qualifying rules, so they
/// follow the rules: fusion rules for rearrangements, deletion and amplification rules for copy number.
public struct Screening: Sendable {
    /// A caller table given beside the variants, and the samples its rows name (empty: every sample).
    public struct Table: Sendable, Equatable {
        public let path: String
        public let samples: Set<String>

        public init(path: String, samples: Set<String> = []) {
            self.path = path
            self.samples = samples
        }

        func covers(_ sample: String) -> Bool { samples.isEmpty || samples.contains(sample) }
    }

    /// A lab's alteration list: the samples its rows went to, and those it reports a fusion, or a
    /// deletion or amplification, for.
    public struct AlterationList: Sendable, Equatable {
        public let path: String
        public let samples: Set<String>
        /// Whether the list is the run's input (no calls beside it to screen small variants from).
        public let isInput: Bool
        public let rearrangements: Set<String>
        public let copyNumber: Set<String>

        public init(path: String, samples: Set<String>, isInput: Bool, rearrangements: Set<String> = [], copyNumber: Set<String> = []) {
            self.path = path
            self.samples = samples
            self.isInput = isInput
            self.rearrangements = rearrangements
            self.copyNumber = copyNumber
        }
    }

    /// What the run had.
    public struct Inputs: Sendable, Equatable {
        /// The consequence annotation the variants carry (`VEP CSQ`, `MAF annotation`...), nil without one.
        public var annotation: String?
        /// Panel records without that annotation.
        public var unannotatedRecords = 0
        /// `--fasta`, which lets the consequence engine translate.
        public var fasta: String?
        /// The variant file's name, for the bases.
        public var variantFile: String
        /// Whether the variant file holds (or its header declares) structural-caller records.
        public var structuralRecords = false
        /// Whether the variant file holds copy-number records.
        public var copyNumberRecords = false
        public var fusionTables: [Table] = []
        public var copyNumberTables: [Table] = []
        public var alterationLists: [AlterationList] = []
        /// The clinical sheet (`--clinical`), when one is given.
        public var clinicalSheet: String?

        public init(variantFile: String) {
            self.variantFile = variantFile
        }
    }

    public let inputs: Inputs
    private let arms: (smallVariants: [String], rearrangements: [String], copyNumber: [String])

    public init(inputs: Inputs, knowledgeBase: KnowledgeBase) {
        self.inputs = inputs
        func groups(_ kinds: Set<RuleKind>) -> [String] {
            Array(Set(knowledgeBase.rules.filter { $0.role == .qualifies && kinds.contains($0.kind) }.flatMap(\.groups))).sorted()
        }
        arms = (groups(ProfileBuilder.needAminoAcids), groups([.fusion, .kinaseFusion]), groups([.amplification, .deletion]))
    }

    /// The screen of `sample`.
    public func screen(for sample: String, clinical: ClinicalFacts? = nil) -> SampleScreen {
        SampleScreen(
            smallVariants: smallVariants(sample), rearrangements: rearrangements(sample), copyNumber: copyNumber(sample),
            clinical: Self.clinicalPart(clinical, sheet: inputs.clinicalSheet))
    }

    /// The clinical part: assessed from the sample's sheet row (`facts`), else not assessed, naming the
    /// sheet (`--clinical`) that has no row for it.
    static func clinicalPart(_ facts: ClinicalFacts?, sheet: String?) -> SampleScreen.Part {
        facts.map { SampleScreen.Part(status: .assessed, basis: "clinical sheet \($0.source)") }
            ?? SampleScreen.Part(
                status: .notAssessed,
                basis: sheet.map { "no row for this sample in \(name($0))" } ?? "no clinical sheet (--clinical)")
    }

    /// The small variants of `sample`: from the input's calls, or from a list given as the input, with
    /// any list beside the calls named in the basis.
    private func smallVariants(_ sample: String) -> SampleScreen.Part {
        let lists = inputs.alterationLists.filter { $0.samples.contains(sample) }
        if let list = lists.first(where: \.isInput) {
            return SampleScreen.Part(
                status: .partial,
                basis: "alteration list \(Self.name(list.path)): the changes the lab reported, not what it looked at; "
                    + "no normal and no population frequency, so an inherited polymorphism is recognised only where the knowledge base's polymorphism table names it",
                couldChange: arms.smallVariants)
        }
        let part = smallVariants
        guard !lists.isEmpty else { return part }
        return SampleScreen.Part(
            status: part.status,
            basis: part.basis + "; and the changes alteration list "
                + lists.map { Self.name($0.path) }.joined(separator: ", ") + " reports", couldChange: part.couldChange)
    }

    private var smallVariants: SampleScreen.Part {
        if let fasta = inputs.fasta {
            return SampleScreen.Part(
                status: .assessed,
                basis: "consequences translated with --fasta \(Self.name(fasta))"
                    + (inputs.annotation.map { " and \($0) annotation" } ?? ""))
        }
        guard let annotation = inputs.annotation else {
            return SampleScreen.Part(
                status: .partial, basis: "hotspot allele table only: no consequence annotation and no --fasta",
                couldChange: arms.smallVariants)
        }
        guard inputs.unannotatedRecords == 0 else {
            return SampleScreen.Part(
                status: .partial,
                basis: "\(annotation) annotation; \(inputs.unannotatedRecords) panel records without it read through the hotspot allele table only",
                couldChange: arms.smallVariants)
        }
        return SampleScreen.Part(status: .assessed, basis: "\(annotation) annotation")
    }

    private func rearrangements(_ sample: String) -> SampleScreen.Part {
        callerPart(
            sample, tables: inputs.fusionTables, table: "fusion table", records: inputs.structuralRecords ? "structural-caller" : nil,
            lists: inputs.alterationLists.filter { $0.rearrangements.contains(sample) }, listed: "a fusion",
            absent: "no fusion table (--fusions) and no structural-caller records", arms: arms.rearrangements)
    }

    private func copyNumber(_ sample: String) -> SampleScreen.Part {
        callerPart(
            sample, tables: inputs.copyNumberTables, table: "copy-number segments", records: inputs.copyNumberRecords ? "copy-number" : nil,
            lists: inputs.alterationLists.filter { $0.copyNumber.contains(sample) }, listed: "a deletion or amplification",
            absent: "no copy-number segments (--cnv) and no copy-number records", arms: arms.copyNumber)
    }

    /// A part callers' tables or the variant file's own records (`records`: their kind, when it holds them)
    /// assess; alteration lists that report such a change for the sample (`lists`) show it only in part.
    private func callerPart(
        _ sample: String, tables: [Table], table: String, records: String?, lists: [AlterationList], listed: String,
        absent: String, arms: [String]
    ) -> SampleScreen.Part {
        let bases =
            tables.filter { $0.covers(sample) }.map { "\(table) \(Self.name($0.path))" }
            + (records.map { ["\($0) records of \(Self.name(inputs.variantFile))"] } ?? [])
        let listBases = lists.map { "alteration list \(Self.name($0.path))" }
        guard bases.isEmpty else { return SampleScreen.Part(status: .assessed, basis: (bases + listBases).joined(separator: "; ")) }
        guard listBases.isEmpty else {
            return SampleScreen.Part(
                status: .partial,
                basis: listBases.joined(separator: "; ") + " reports \(listed) for this sample: "
                    + "what the lab reported, not what it looked at", couldChange: arms)
        }
        return SampleScreen.Part(status: .notAssessed, basis: "\(absent) for this sample", couldChange: arms)
    }

    /// The file's name without its folder: bases name inputs as the run metadata's `inputs` list them in full.
    static func name(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

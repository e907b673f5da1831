/// Something the user should know that does not stop the run: its kind, the file it is about and
/// its sentence. A file's warnings are gathered in one list (`List`) as its steps give them and listed
/// by kind, from reading the file to profiling its samples; they are rendered only at the edge: the
/// report keeps the sentences (`run.warnings`), the command line prints `hemimatch: warning: FILE: …`.
public struct RunWarning: Sendable, Equatable {
    /// Where a warning comes from, in the order a report lists them.
    public enum Kind: Sendable, Comparable, CaseIterable {
        /// A file compressed with plain gzip: read whole, never through an index.
        case compression
        /// How the genome build was decided when the header did not say (the `##reference` line, the annotated codons, the calls).
        case genomeBuild
        /// What the reader passed over: odd records, a MAF's rows that cannot be placed.
        case reading
        /// Reading through the index: what it cannot see, an index that finds nothing.
        case index
        /// A record matched despite a problem (an annotation that does not parse, a malformed structural record).
        case record
        /// Caller-table rows read past with a reason (a CNVkit segment without probes).
        case callerTable
        /// A fusion table whose breakpoints fit the other genome build better.
        case tableBuild
        /// A table's rows given to a sample of another name, or a caller's ploidy overridden (`TableAttribution`).
        case attribution
        /// An alteration list's rows neither checked nor matched (genes without a MANE model).
        case alterationList
        /// Rearrangement evidence a board should see (breakpoints outside their gene, contradicting copy number).
        case rearrangement
        /// Structural records that give no sample any support.
        case structuralSupport
        /// Records whose REF disagrees with `--fasta`.
        case reference
        /// Several samples and no normal named (also a flag on each profile).
        case unnamedNormal
        /// A cohort naming one file twice.
        case repeatedFile
        /// Reports on different genome builds (`cohort`, `merge`).
        case buildMix
        /// A sample in two files of a cohort.
        case sampleInTwoFiles
    }

    public let kind: Kind
    /// The input the warning is about (the variant file, for a file's warnings).
    public let file: String
    /// The sentence, as the report and standard error give it.
    public let message: String

    public init(_ kind: Kind, file: String, _ message: String) {
        (self.kind, self.file, self.message) = (kind, file, message)
    }

    /// A file's warnings, gathered as its steps give them.
    struct List {
        let file: String
        private var gathered: [RunWarning] = []

        init(file: String) {
            self.file = file
        }

        mutating func add(_ kind: Kind, _ messages: [String]) {
            gathered += messages.map { RunWarning(kind, file: file, $0) }
        }

        mutating func add(_ kind: Kind, _ message: String) {
            add(kind, [message])
        }

        /// By kind, in the order of `Kind`'s cases; within a kind, in the order given.
        var ordered: [RunWarning] {
            gathered.enumerated().sorted { ($0.element.kind, $0.offset) < ($1.element.kind, $1.offset) }.map(\.element)
        }
    }
}

/// The sentences of the warnings `Run` itself gives (the lower modules' come with their findings).
extension RunWarning {
    static let plainGzip = "compressed with plain gzip, not BGZF: read whole, but it cannot be indexed (bgzip it)"

    static let translocationsOutsideIndex =
        "read through the index: the header declares single-record translocations (INFO/CHR2, as DELLY writes them); "
        + "one written at a partner outside the panel genes is not seen (stream the whole file to see it)"

    /// Nothing was read through `index`, so the whole file was streamed to tell an index that misses
    /// records from a file without panel records.
    static func indexFoundNothing(index: String, recordsRead: Int, recordsKept: Int) -> String {
        recordsKept == 0
            ? "0 records through the index \(index): the whole file was streamed to check (\(recordsRead) records, none in panel genes)"
            : "0 records through the index \(index), but streaming the whole file found \(recordsKept) records to match: "
                + "the index misses records (rebuild it); this report is from the whole file"
    }

    static func referenceMismatch(_ count: Int, fasta: String?, examples: [String]) -> String {
        "\(count) panel records have a REF that disagrees with \(fasta ?? "the FASTA") (e.g. \(examples.joined(separator: "; "))): "
            + "is it the genome the calls were made on?"
    }

    /// `path` names a file the cohort already named as `earlier`.
    static func repeatedFile(_ path: String, earlier: String) -> RunWarning {
        RunWarning(.repeatedFile, file: path, "the cohort names this file twice (also as \(earlier)): its samples are reported twice")
    }

    static func sampleInTwoFiles(_ sample: String, file: String, earlier: String) -> RunWarning {
        RunWarning(.sampleInTwoFiles, file: file, "sample \(sample) is also in \(earlier): two reports name the same sample")
    }
}

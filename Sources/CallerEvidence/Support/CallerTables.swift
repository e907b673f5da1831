import FoundationEssentials

/// The fusion tables, copy-number files and alteration lists given beside the VCF (or a list given as
/// the input itself), read before any record is.
public struct CallerTables: Sendable {
    /// What a table is to the run (the run metadata's input roles, spelled as the schema spells them).
    public enum Role: String, Sendable {
        case fusions
        case copyNumber = "copy-number"
        /// A purity/ploidy summary (PURPLE, ASCAT, FACETS) given with `--cnv`: it speaks for no copy-number screen.
        case ploidy
        /// A lab's alteration list (`--alterations`, or the input itself).
        case alterations
    }

    /// One file read: its role and format, for the run metadata, and its rows as candidates.
    public struct File: Sendable {
        public let path: String
        public let role: Role
        public let format: String
        public var fusions: [FusionCandidate] = []
        public var copyNumberEvents: [CopyNumberEvent] = []
        /// A lab's reported alterations, matched once each row has its sample (`AlterationListMatcher`).
        public var alterations: [ReportedAlteration] = []
        /// A purity/ploidy summary's tumor ploidies (role `ploidy`).
        public var ploidies: [SamplePloidy] = []
        /// The samples its rows name, in order of first row; nil for a table without a sample column.
        public let samples: [String]?
    }

    public var files: [File] = []
    /// Rows read past with a reason (a CNVkit segment without probes), for the run's warnings.
    public var warnings: [String] = []

    public init() {}

    public var isEmpty: Bool { files.allSatisfy { $0.fusions.isEmpty && $0.copyNumberEvents.isEmpty && $0.alterations.isEmpty } }

    /// Reads every table in order; the first that cannot be read or parsed stops the run (`unreadable`
    /// set when the file cannot be read at all).
    public static func load(
        fusionTables: [String], copyNumberFiles: [String], alterationLists: [String] = [],
        thresholds: CopyNumberThresholds
    ) throws(CallerTableError) -> CallerTables {
        var tables = CallerTables()
        for path in alterationLists {
            try requireReadable(path)
            tables.append(try AlterationList.read(path: path))
        }
        for path in fusionTables {
            try requireReadable(path)
            let table = try FusionTableReader.candidates(path: path)
            let named = table.candidates.compactMap(\.tableSample)
            tables.files.append(
                File(
                    path: path, role: .fusions, format: table.format.rawValue, fusions: table.candidates,
                    samples: named.isEmpty && !table.candidates.isEmpty ? nil : distinct(named)))
        }
        for path in copyNumberFiles {
            try requireReadable(path)
            let table = try CopyNumberReader.read(path: path)
            let samples = table.samples
            let rows = table.segments.count + table.ploidies.count
            // A purity/ploidy summary speaks for no copy-number screen: its role is `ploidy`.
            tables.files.append(
                File(
                    path: path, role: table.format.isPloidySummary ? .ploidy : .copyNumber,
                    format: table.format.rawValue, copyNumberEvents: table.events(thresholds: thresholds),
                    ploidies: table.ploidies, samples: samples.isEmpty && rows > 0 ? nil : samples))
            tables.warnings += table.warnings
        }
        return tables
    }

    /// Adds a lab's alteration list, its rows to be given to the samples they name.
    public mutating func append(_ list: AlterationList) {
        files.append(File(path: list.path, role: .alterations, format: "alteration list", alterations: list.rows, samples: list.samples))
    }

    private static func distinct(_ names: [String]) -> [String] {
        names.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    private static func requireReadable(_ path: String) throws(CallerTableError) {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw CallerTableError(file: path, problem: "no such readable file", unreadable: true)
        }
    }
}

import FoundationEssentials

/// One variant file of a cohort and the evidence that belongs to it alone: a file list row's fusion
/// and copy-number tables, its normals, its table-sample mapping and its clinical sheet
/// (`CohortFileList`). They reach this file's run only, as `match`'s `--fusions`, `--cnv`, `--normal`,
/// `--table-sample` and `--clinical` would.
public struct CohortInput: Sendable, Equatable {
    public var path: String
    public var fusionTables: [String] = []
    public var copyNumberFiles: [String] = []
    /// The row's normals; empty: the cohort's `--normal`, else what the header says.
    public var normals: [String] = []
    /// The row's `table_sample` mapping: a table's sample name (or a sample-less table's file name) onto this file's sample.
    public var tableSamples: [String: String] = [:]
    /// The row's clinical sheet, instead of the cohort's `--clinical`; it names this file's samples only.
    public var clinicalSheet: String?
    /// Where the row was read (`samples.tsv line 3 (P001)`), put before each of its errors; nil for a
    /// file named on the command line or in a plain list of paths.
    public var origin: String?

    public init(path: String) {
        self.path = path
    }

    /// The row's tables (its clinical sheet included) with the column that names each.
    public var tables: [(column: CohortFileList.Column, path: String)] {
        fusionTables.map { (.fusions, $0) } + copyNumberFiles.map { (.cnv, $0) } + (clinicalSheet.map { [(.clinical, $0)] } ?? [])
    }
}

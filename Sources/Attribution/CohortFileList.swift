import FoundationEssentials
import Tables

/// `cohort --file-list FILE`: a plain list of variant files (one path a line), or a tab-separated
/// sheet whose header line names its columns, as the Snakemake workflow's `samples.tsv` does: `vcf`
/// (the variant file) and, optionally, `sample` (the row's name, used in messages), `fusions`, `cnv`,
/// `normal`, `table_sample` and `clinical`. Several tables, normals or mappings in one cell are separated by `;`;
/// an empty cell gives nothing. Blank lines and lines starting with `#` are skipped in both forms.
public enum CohortFileList {
    /// A sheet's columns, each giving its row what one of `match`'s options gives a file.
    public enum Column: String, CaseIterable, Sendable {
        case sample, vcf, fusions, cnv, normal
        case tableSample = "table_sample"
        case clinical
    }

    /// The inputs `text`, read from `path`, lists in order. A sheet's error names the list, the line
    /// and the column (a usage error, exit 64): a column it does not know, a row without a variant
    /// file or with more cells than the header, a mapping that is not `NAME=SAMPLE`.
    public static func inputs(path: String, text: String) throws(AttributionError) -> [CohortInput] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            let content = line.trimmed(newlines: true)
            return content.isEmpty || content.hasPrefix("#") ? nil : (number: index + 1, text: line.trimmedNewlines())
        }
        guard let first = lines.first, cells(first.text).contains(Column.vcf.rawValue) else {
            return lines.map { CohortInput(path: $0.text.trimmed()) }
        }
        let header = try columns(cells(first.text), at: "\(path) line \(first.number)")
        return try lines.dropFirst().map { line throws(AttributionError) in try row(line.text, header: header, at: "\(path) line \(line.number)") }
    }

    private static func cells(_ line: String) -> [String] {
        line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmed() }
    }

    /// The header's columns, each known and named once.
    private static func columns(_ names: [String], at place: String) throws(AttributionError) -> [Column] {
        var columns: [Column] = []
        for name in names {
            guard let column = Column(rawValue: name) else {
                throw AttributionError(
                    "\(place): column '\(name)' is not one a file list takes (\(Column.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard !columns.contains(column) else { throw AttributionError("\(place): column '\(name)' is named twice") }
            columns.append(column)
        }
        return columns
    }

    private static func row(_ line: String, header: [Column], at place: String) throws(AttributionError) -> CohortInput {
        let values = cells(line)
        guard values.count <= header.count else {
            throw AttributionError(
                "\(place): \(values.count) cells, but the header names \(header.count) columns (\(header.map(\.rawValue).joined(separator: ", ")))")
        }
        var cell: [Column: [String]] = [:]
        for (column, value) in zip(header, values) {
            cell[column] = value.split(separator: ";").map { $0.trimmed() }.filter { !$0.isEmpty }
        }
        let sample = cell[.sample]?.first
        let origin = place + (sample.map { " (\($0))" } ?? "")
        guard let vcfs = cell[.vcf], vcfs.count == 1 else {
            throw AttributionError(
                "\(origin), column vcf: \(cell[.vcf, default: []].isEmpty ? "empty" : "names \(cell[.vcf]!.count) files"): each row names one variant file"
            )
        }
        var input = CohortInput(path: vcfs[0])
        input.origin = origin
        input.fusionTables = cell[.fusions] ?? []
        input.copyNumberFiles = cell[.cnv] ?? []
        input.normals = cell[.normal] ?? []
        if let sheets = cell[.clinical], sheets.count > 1 {
            throw AttributionError("\(origin), column clinical: names \(sheets.count) sheets: each row names at most one")
        }
        input.clinicalSheet = cell[.clinical]?.first
        var pairs: [(name: String, sample: String)] = []
        for text in cell[.tableSample] ?? [] {
            guard let pair = TableSamples.pair(text) else {
                throw AttributionError("\(origin), column table_sample: '\(text)' is not NAME=SAMPLE (several are separated by ;)")
            }
            pairs.append(pair)
        }
        input.tableSamples = try TableSamples.dictionary(pairs, source: "\(origin), column table_sample")
        return input
    }
}

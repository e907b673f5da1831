import Tables

/// Reads a fusion caller's table (Arriba, STAR-Fusion, FusionInspector, ctat-LR-fusion, FusionCatcher,
/// JAFFA/JAFFAL, CICERO) or a hand-written list of fusions.
///
/// The layout is recognised from the header line, never from the file name, and every column is read by name.
public enum FusionTableReader {
    /// Every caller layout, in the order tried: the first that recognises a header reads the table.
    static let layouts: [any FusionTableLayout] = [
        Arriba(), CtatLRFusion(), FusionInspector(), StarFusion(), FusionCatcher(), Jaffa(), Cicero(),
    ]

    /// The layouts read, for `--fusions`' help: each caller with the columns that identify it, then the plain list.
    public static var layoutsHelp: String {
        layouts.map { "\($0.name) (\($0.identifyingColumns))" }.joined(separator: ", ") + ", or " + PlainList.description
    }

    /// The layout found and every fusion in the file at `path`, in file order. A header without rows gives no calls.
    public static func read(path: String) throws(CallerTableError) -> (format: FusionTableFormat, calls: [FusionCall]) {
        do throws(TableProblem) {
            return try read(TextLine.read(path: path), source: fileName(path))
        } catch {
            throw CallerTableError(file: path, line: error.line, problem: error.problem)
        }
    }

    /// Finds the header among the leading comment lines; the first line that is neither starts a plain list.
    private static func read(_ lines: [TextLine], source: String) throws(TableProblem)
        -> (format: FusionTableFormat, calls: [FusionCall])
    {
        let lines = Jaffa.commaSeparatedAsTabs(lines)
        for (index, line) in lines.enumerated() where !line.text.hasPrefix("##") {
            let names = line.fields.map { String($0.drop { $0 == "#" }) }
            if let layout = layouts.first(where: { $0.recognises(names) }) {
                let header = try TableHeader(
                    line, names: names, required: layout.requiredColumns,
                    omittable: layout.omittableColumns)
                let sampleColumn = layout.sampleColumn(names)
                var calls: [FusionCall] = []
                for line in lines[(index + 1)...] where !line.isComment {
                    let row = try header.row(line)
                    var call = try layout.call(row, evidence: .tableRow(file: source, line: line.number))
                    if let sampleColumn {
                        guard !row[sampleColumn].isEmpty else { throw row.problem(sampleColumn, "names no sample") }
                        call.sample = row[sampleColumn]
                    }
                    calls.append(call)
                }
                return (layout.format, calls)
            }
            if !line.isComment {
                try PlainList.require(lines[index...], header: names, tried: layouts)
                return (.plainList, try PlainList.calls(lines[index...], source: source))
            }
        }
        return (.plainList, [])
    }

    /// Column names that say a table's rows belong to different samples.
    static let sampleColumnNames = ["sample", "sample_name", "sample_id", "Sample", "SampleID"]

    /// The partner named in `gene` with its breakpoint; throws when the gene cell is empty.
    static func partner(
        _ row: TableRow, gene: String, breakpoint: String,
        name: (String) -> String = { $0 }
    ) throws(TableProblem) -> FusionPartner {
        let symbol = cleanGene(name(row[gene]))
        guard !symbol.isEmpty else { throw row.problem(gene, "names no gene") }
        let place = try row.breakpoint(breakpoint)
        return FusionPartner(gene: symbol, contig: place?.contig, position: place?.position)
    }

    /// A gene symbol without STAR-Fusion's `^ENSG…` suffix or a locus name's trailing `@` (`IGH@` is IGH);
    /// empty for Arriba's `.` (no gene).
    static func cleanGene(_ text: String) -> String {
        var symbol = text.prefix { $0 != "^" }.trimmed()
        if symbol.hasSuffix("@") { symbol.removeLast() }
        return symbol == "." ? "" : symbol
    }
}

import Tables

/// Reads copy-number segments: CNVkit, PURPLE, FACETS, ASCAT, GDC/TCGA/IGV `.seg`, GISTIC, DNAcopy,
/// GATK ModelSegments, Sequenza, and BED-like segment tables.
///
/// The layout comes from the header line (column names in any letter case), never from the file name.
/// Tables that hold several samples keep each row's sample; nothing here decides whose a row is.
public enum CopyNumberReader {
    /// Every caller layout, in the order tried: the first that recognises a header reads the table.
    static let layouts: [any CopyNumberLayout] = [
        Purple(), Facets(), Ascat(), GATKModelFinal(), GATKCopyRatio(), Sequenza(), DNAcopy(), Gistic(), Seg(), CNVkit(), Segments(),
    ]

    /// The layouts read, for `--cnv`'s help: each caller with the columns that identify it.
    public static var layoutsHelp: String {
        layouts.map { "\($0.name) (\($0.identifyingColumns))" }.joined(separator: ", ") + "; and " + PloidySummary.help
    }

    /// The segments of one file, in file order, with 1-based inclusive coordinates, and the rows skipped.
    public struct Table: Sendable, Equatable {
        public let format: CopyNumberFormat
        public let segments: [CopyNumberSegment]
        /// One per row skipped (a CNVkit segment without probes), naming the file and line.
        public let warnings: [String]
        /// The tumor ploidies of a purity/ploidy summary (PURPLE, ASCAT, FACETS): one per sample it names.
        public var ploidies: [SamplePloidy] = []
        /// The samples the rows name, in order of first row; empty for a table without a sample column.
        public var samples: [String] {
            (segments.map(\.sample) + ploidies.map(\.sample)).reduce(into: [String]()) { names, sample in
                if let sample, !names.contains(sample) { names.append(sample) }
            }
        }
    }

    /// Every segment in the file at `path`.
    public static func read(path: String) throws(CallerTableError) -> Table {
        do throws(TableProblem) {
            return try read(TextLine.read(path: path), source: fileName(path), path: path)
        } catch {
            throw CallerTableError(file: path, line: error.line, problem: error.problem)
        }
    }

    private static func read(_ lines: [TextLine], source: String, path: String) throws(TableProblem) -> Table {
        let isBEDHeader = { (line: TextLine) in line.text.lowercased().hasPrefix("#chrom") }
        // GATK writes a SAM-style header (`@HD`, `@SQ`, `@RG … SM:sample`) before the column names.
        let samHeader = lines.prefix { $0.text.hasPrefix("@") }
        let readGroupSample = samHeader.lazy.filter { $0.text.hasPrefix("@RG") }
            .compactMap { $0.fields.first { $0.hasPrefix("SM:") }.map { String($0.dropFirst(3)) } }.first
        var lines = Array(lines.dropFirst(samHeader.count))
        guard let headerIndex = lines.firstIndex(where: { !$0.isComment || isBEDHeader($0) }) else {
            return Table(format: .segments, segments: [], warnings: [])
        }
        // Sequenza (R's write.table) quotes names and text cells.
        if lines[headerIndex].text.hasPrefix("\"") {
            lines = lines.map { TextLine(number: $0.number, text: $0.text.replacing("\"", with: "")) }
        }
        let headerLine = lines[headerIndex]
        var names = headerLine.fields.map { $0.lowercased() }
        names[0] = String(names[0].drop { $0 == "#" })
        // PURPLE before version 2.4 wrote `#chromosome`: its header, not a BED one.
        let bedHeader = isBEDHeader(headerLine) && names[0] != "chromosome"
        if let summary = PloidySummary.recognise(names) {
            return try ploidies(
                summary, rows: lines[(headerIndex + 1)...], header: TableHeader(headerLine, names: names, required: []),
                source: source, path: path)
        }
        guard let (layout, columns) = layouts.lazy.compactMap({ layout in layout.columns(names, bedHeader: bedHeader).map { (layout, $0) } }).first
        else {
            throw TableProblem(
                line: headerLine.number,
                problem: "is not a copy-number header. Layouts tried: "
                    + layoutsHelp + " (column names in any letter case)")
        }
        let header = try TableHeader(headerLine, names: names, required: [])

        var segments: [CopyNumberSegment] = []
        var warnings: [String] = []
        for line in lines[(headerIndex + 1)...] where !line.isComment {
            let row = try header.row(line)
            var contig = row[columns.chromosome]
            guard !contig.isEmpty else { throw row.problem(columns.chromosome, "names no contig") }
            if layout.format == .facets, contig == "23" { contig = "X" }
            let start = try row.wholeNumber(columns.start) + (columns.zeroBased ? 1 : 0)
            let end = try row.wholeNumber(columns.end)
            if layout.format == .cnvkit, end < start || row["probes"] == "0" {
                warnings.append(
                    "\(path) line \(line.number): CNVkit segment \(contig):\(row[columns.start])-\(end) "
                        + "with \(row["probes"].isEmpty ? "no" : row["probes"]) probes skipped (it covers no bases or no probes)")
                continue
            }
            guard start >= 1, end >= start else {
                throw TableProblem(
                    line: line.number,
                    problem: "\(columns.start) \(row[columns.start]) and \(columns.end) \(end) "
                        + "make no segment (starts are \(columns.zeroBased ? "0" : "1")-based here)")
            }
            var ratio: Double?
            for column in columns.log2 where ratio == nil { ratio = try row.decimal(column) }
            var total: Double?
            for column in columns.copyNumber where total == nil { total = try row.decimal(column) }
            if total == nil, let alleles = columns.alleles, let major = try row.decimal(alleles.major),
                let minor = try row.decimal(alleles.minor)
            {
                total = major + minor
            }
            var sample = readGroupSample
            if let column = columns.sample {
                guard !row[column].isEmpty else { throw row.problem(column, "names no sample") }
                sample = row[column]
            }
            var segment = CopyNumberSegment(
                contig: contig, start: start, end: end, log2: ratio, copyNumber: total,
                evidence: .segment(file: source, line: line.number), sample: sample)
            // A caller's filter column (GATK's FILTER, a lab's QC flag): a failed segment is a near-miss.
            if names.contains("filter"), !row["filter"].isEmpty { segment.filter = row["filter"] }
            segments.append(segment)
        }
        return Table(format: layout.format, segments: segments, warnings: warnings)
    }

    /// The ploidy of each sample a purity/ploidy summary names (the one sample of a summary without a
    /// sample column): its first row with a ploidy; a later row giving another is warned about, and a
    /// ploidy that is missing or not above 0 (ASCAT writes 0 when it finds no solution) is no ploidy.
    private static func ploidies(
        _ summary: PloidySummary, rows: ArraySlice<TextLine>, header: TableHeader, source: String,
        path: String
    ) throws(TableProblem) -> Table {
        var ploidies: [SamplePloidy] = []
        var warnings: [String] = []
        for line in rows where !line.isComment {
            let row = try header.row(line)
            var sample: String?
            if let column = summary.sample {
                guard !row[column].isEmpty else { throw row.problem(column, "names no sample") }
                sample = row[column]
            }
            let whose = sample.map { " for \($0)" } ?? ""
            guard let ploidy = try row.decimal("ploidy"), ploidy > 0 else {
                warnings.append(
                    "\(path) line \(line.number): \(summary.name) gives no ploidy\(whose) ('\(row["ploidy"])'): "
                        + "an amplification is judged by --cnv-gain-copies alone")
                continue
            }
            if let first = ploidies.first(where: { $0.sample == sample }) {
                if first.ploidy != ploidy {
                    warnings.append(
                        "\(path) line \(line.number): \(summary.name) gives ploidy \(ploidy)\(whose), but \(first.evidence) "
                            + "gave \(first.ploidy): the first row's is used")
                }
                continue
            }
            ploidies.append(
                SamplePloidy(ploidy: ploidy, sample: sample, evidence: .summary(summary.format, file: source, line: line.number)))
        }
        var table = Table(format: summary.format, segments: [], warnings: warnings)
        table.ploidies = ploidies
        return table
    }
}

import Tables

/// Reads copy-number segments: CNVkit `.cns`/`.cnr`/`.call.cns`, PURPLE, FACETS, ASCAT, BED-like segment
/// tables and PCGR's allele-specific tables.
///
/// The layout comes from the header line (`CopyNumberFormat`, column names in any letter case), never from
/// the file name.
public enum CopyNumberReader {
    /// The segments of one file, in file order, with 1-based inclusive coordinates, and the rows skipped.
    public struct Table: Sendable, Equatable {
        public let format: CopyNumberFormat
        public let segments: [CopyNumberSegment]
        /// One per row skipped (a CNVkit segment without probes), naming the file and line.
        public let warnings: [String]
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
        guard let headerIndex = lines.firstIndex(where: { !$0.isComment || isBEDHeader($0) }) else {
            return Table(format: .segments, segments: [], warnings: [])
        }
        let headerLine = lines[headerIndex]
        var names = headerLine.fields.map { $0.lowercased() }
        names[0] = String(names[0].drop { $0 == "#" })
        // PURPLE before version 2.4 wrote `#chromosome`: its header, not a BED one.
        guard let (format, columns) = CopyNumberFormat.recognise(names, bedHeader: isBEDHeader(headerLine) && names[0] != "chromosome") else {
            throw TableProblem(line: headerLine.number, problem: "is not a copy-number header: it needs chrom or chromosome, "
                + "start, end, and log2, log2_ratio, cn, copy_number or nMajor and nMinor (or PURPLE's copyNumber, "
                + "FACETS' tcn.em, ASCAT's chr startpos endpos nMajor nMinor)")
        }
        let header = try TableHeader(headerLine, names: names, required: [])

        var segments: [CopyNumberSegment] = []
        var warnings: [String] = []
        var samples = Set<String>()
        for line in lines[(headerIndex + 1)...] where !line.isComment {
            let row = try header.row(line)
            var contig = row[columns.chromosome]
            guard !contig.isEmpty else { throw row.problem(columns.chromosome, "names no contig") }
            if format == .facets, contig == "23" { contig = "X" }
            if format == .ascat, !row["sample"].isEmpty { samples.insert(row["sample"]) }
            let start = try row.wholeNumber(columns.start) + (columns.zeroBased ? 1 : 0)
            let end = try row.wholeNumber(columns.end)
            if format == .cnvkit, end < start || row["probes"] == "0" {
                warnings.append("\(path) line \(line.number): CNVkit segment \(contig):\(row[columns.start])-\(end) "
                    + "with \(row["probes"].isEmpty ? "no" : row["probes"]) probes skipped (it covers no bases or no probes)")
                continue
            }
            guard start >= 1, end >= start else {
                throw TableProblem(line: line.number, problem: "\(columns.start) \(row[columns.start]) and \(columns.end) \(end) "
                    + "make no segment (starts are \(columns.zeroBased ? "0" : "1")-based here)")
            }
            let ratio: Double? = if let log2 = columns.log2 { try row.decimal(log2) } else { nil }
            var total: Double?
            for column in columns.copyNumber where total == nil { total = try row.decimal(column) }
            if total == nil, let alleles = columns.alleles, let major = try row.decimal(alleles.major),
               let minor = try row.decimal(alleles.minor) {
                total = major + minor
            }
            segments.append(CopyNumberSegment(contig: contig, start: start, end: end, log2: ratio,
                                              copyNumber: total, evidence: "\(source) line \(line.number)"))
        }
        guard samples.count <= 1 else {
            throw TableProblem(line: nil, problem: "holds the segments of \(samples.count) samples (\(samples.sorted().joined(separator: ", "))): "
                + "give one sample's segments")
        }
        return Table(format: format, segments: segments, warnings: warnings)
    }
}

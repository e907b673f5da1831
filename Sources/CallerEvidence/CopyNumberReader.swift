/// Reads copy-number segments: CNVkit `.cns`/`.cnr`, BED-like segment tables, PCGR/ASCAT allele-specific tables.
///
/// The layout comes from the header line (column names in any letter case), never from the file name:
/// `chrom` or `chromosome`, `start`, `end`, and at least one of `log2`/`log2_ratio`, `cn`/`copy_number`,
/// or `nMajor` with `nMinor` (copy number = their sum). Starts are 0-based in CNVkit tables (which begin
/// `chromosome start end gene` and have `log2`) and where the header starts `#chrom` (BED); else 1-based.
public enum CopyNumberReader {
    /// Every segment in the file at `path`, in file order, with 1-based inclusive coordinates.
    public static func read(path: String) throws(CallerTableError) -> [CopyNumberSegment] {
        do throws(TableProblem) {
            return try read(TextLine.read(path: path), source: fileName(path))
        } catch {
            throw CallerTableError(file: path, line: error.line, problem: error.problem)
        }
    }

    private static func read(_ lines: [TextLine], source: String) throws(TableProblem) -> [CopyNumberSegment] {
        let isBEDHeader = { (line: TextLine) in line.text.lowercased().hasPrefix("#chrom") }
        guard let headerIndex = lines.firstIndex(where: { !$0.isComment || isBEDHeader($0) }) else { return [] }
        let headerLine = lines[headerIndex]
        var names = headerLine.fields.map { $0.lowercased() }
        names[0] = String(names[0].drop { $0 == "#" })
        let chromosome = ["chromosome", "chrom"].first(where: names.contains)
        let log2 = ["log2", "log2_ratio"].first(where: names.contains)
        let copyNumber = ["cn", "copy_number"].first(where: names.contains)
        let alleles = names.contains("nmajor") && names.contains("nminor")
        guard let chromosome, names.contains("start"), names.contains("end"), log2 != nil || copyNumber != nil || alleles else {
            throw TableProblem(line: headerLine.number, problem: "is not a copy-number header: it needs chrom or chromosome, "
                + "start, end, and log2, log2_ratio, cn, copy_number or nMajor and nMinor")
        }
        let zeroBased = isBEDHeader(headerLine) || (names.starts(with: ["chromosome", "start", "end", "gene"]) && log2 == "log2")
        let header = try TableHeader(headerLine, names: names, required: [])

        var segments: [CopyNumberSegment] = []
        for line in lines[(headerIndex + 1)...] where !line.isComment {
            let row = try header.row(line)
            guard !row[chromosome].isEmpty else { throw row.problem(chromosome, "names no contig") }
            let start = try row.wholeNumber("start") + (zeroBased ? 1 : 0)
            let end = try row.wholeNumber("end")
            guard start >= 1, end >= start else {
                throw TableProblem(line: line.number, problem: "start \(row["start"]) and end \(end) make no segment "
                    + "(starts are \(zeroBased ? "0" : "1")-based here)")
            }
            let ratio: Double? = if let log2 { try row.decimal(log2) } else { nil }
            let total: Double? = if let copyNumber {
                try row.decimal(copyNumber)
            } else if alleles, let major = try row.decimal("nmajor"), let minor = try row.decimal("nminor") {
                major + minor
            } else {
                nil
            }
            segments.append(CopyNumberSegment(contig: row[chromosome], start: start, end: end, log2: ratio,
                                              copyNumber: total, evidence: "\(source) line \(line.number)"))
        }
        return segments
    }
}

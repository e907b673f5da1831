import FoundationEssentials
import Knowledge
import Tables
import VariantIO

/// Reads a Mutation Annotation Format table (GDC, TCGA, cBioPortal, vcf2maf; plain, gzip or BGZF)
/// into the records a VCF of the same calls gives, so that both go through one matcher.
///
/// One sample per `Tumor_Sample_Barcode`, and its `Matched_Norm_Sample_Barcode` as the normal of a
/// tumor/normal pair. Each row is one record: the tumor genotyped `0/1` with `AD` from
/// `t_ref_count`/`t_alt_count` (else TCGA's `TumorRefReads_WU`/`TumorVarReads_WU`) and `DP` from
/// `t_depth`, its normal `0/0` with the normal's counts, every other sample `0/0`. Coordinates are
/// 1-based; MAF writes an indel without the base before it (`-` for the empty allele), which VCF
/// needs: that base is written `N` (unknown), so a deletion of `CAT` at 101 becomes `100 NCAT>N` and
/// an insertion after 100 `100 N>NGGA`; the consequence engine reads indels from their position
/// and length, not from that base. Annotation columns (`HGVSp_Short`/`HGVSp`, `Consequence`,
/// `Variant_Classification`, `Transcript_ID`/`RefSeq`, VEP's protein and frequency fields) become a
/// VEP `CSQ` entry laid out by `consequenceFormat`, as do WashU's MAF 2.x columns (`transcript_name`,
/// `trv_type`, `c_position`, `amino_acid_change`); a MAF without any of them is unannotated.
public enum MAFReader {
    /// The columns a MAF must have.
    static let required = ["Chromosome", "Start_Position", "Reference_Allele", "Tumor_Seq_Allele2", "Tumor_Sample_Barcode"]

    /// True when `data`, a text's first bytes (decompressed), opens with a MAF header after any
    /// comment lines; lines may end in LF, CRLF or CR alone. A VCF is told by its first line, a BCF by its magic.
    public static func isMAF(_ data: Data) -> Bool {
        guard !data.starts(with: Array("##fileformat".utf8)), !data.starts(with: Array("BCF".utf8)) else { return false }
        let lines = data.split(maxSplits: 4096, omittingEmptySubsequences: true) { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        guard let header = lines.first(where: { $0.first != UInt8(ascii: "#") }),
            let text = String(validating: header, as: UTF8.self)
        else { return false }
        let names = Set(text.split(separator: "\t").map { $0.trimmed(newlines: true) })
        return required.allSatisfy(names.contains)
    }

    /// The calls of the MAF at `path`; a malformed row throws, naming its line and column.
    public static func read(path: String) throws(CallerTableError) -> MAFCalls {
        do throws(TableProblem) {
            return try read(TextLine.read(path: path))
        } catch {
            throw CallerTableError(file: path, line: error.line, problem: error.problem)
        }
    }

    /// The calls of a MAF already read (decompressed) from `path`.
    public static func read(_ data: Data, path: String) throws(CallerTableError) -> MAFCalls {
        do throws(TableProblem) {
            return try read(TextLine.lines(in: data))
        } catch {
            throw CallerTableError(file: path, line: error.line, problem: error.problem)
        }
    }

    private static func read(_ lines: [TextLine]) throws(TableProblem) -> MAFCalls {
        guard let headerIndex = lines.firstIndex(where: { !$0.isComment }) else {
            throw TableProblem(line: nil, problem: "has no MAF header line")
        }
        let header = try TableHeader(
            lines[headerIndex], names: lines[headerIndex].fields.map { $0.trimmed() },
            required: required)
        let layout = MAFAnnotationLayout(columns: header.names)
        var rows: [(row: TableRow, alleles: MAFAlleles)] = []
        var tumors: [String] = [], normals: [String] = [], builds: [String] = []
        var unplaced: [(row: TableRow, problem: TableProblem)] = []
        for line in lines[(headerIndex + 1)...] where !line.isComment {
            let row = try header.row(line)
            let tumor = row["Tumor_Sample_Barcode"]
            guard !tumor.isEmpty else { throw row.problem("Tumor_Sample_Barcode", "names no sample") }
            if !tumors.contains(tumor) { tumors.append(tumor) }
            do {
                rows.append((row, try MAFAlleles(row)))
            } catch {
                // One row that cannot be placed costs that row, not every patient of the table; a garbled row stops the run.
                guard case .unplaceable(let problem) = error else { throw error.problem }
                unplaced.append((row, problem))
            }
            let normal = row["Matched_Norm_Sample_Barcode"]
            if !normal.isEmpty, normal != tumor, !normals.contains(normal) { normals.append(normal) }
            let build = row["NCBI_Build"]
            if !build.isEmpty, !builds.contains(build) { builds.append(build) }
        }
        let normalsOnly = normals.filter { !tumors.contains($0) }
        let samples = tumors + normalsOnly
        let index = Dictionary(uniqueKeysWithValues: samples.enumerated().map { ($0.element, $0.offset) })
        let absent = SampleCall(genotype: [0, 0], integers: [:], floats: [:])
        var records: [VariantRecord] = []
        records.reserveCapacity(rows.count)
        for (ordinal, (row, alleles)) in rows.enumerated() {
            var calls = [SampleCall](repeating: absent, count: samples.count)
            calls[index[row["Tumor_Sample_Barcode"]]!] = try call(row, genotype: [0, 1], counts: tumorCounts)
            let normal = row["Matched_Norm_Sample_Barcode"]
            if let position = index[normal], normal != row["Tumor_Sample_Barcode"] {
                calls[position] = try call(row, genotype: [0, 0], counts: normalCounts)
            }
            var filters = row["FILTER"].split(whereSeparator: { $0 == ";" || $0 == "," }).map(String.init).filter { $0 != "PASS" && $0 != "." }
            // A germline row is never the tumor's.
            if row["Mutation_Status"].lowercased() == "germline" { filters.append("germline") }
            records.append(
                VariantRecord(
                    ordinal: ordinal + 1, contig: row["Chromosome"], position: alleles.position, id: ".", ref: alleles.ref,
                    alts: [alleles.alt], filters: filters, info: InfoValues(layout.info(row)), samples: calls))
        }
        let hasNormalCounts = Self.normalCounts.contains { header.names.contains($0.0) && header.names.contains($0.1) }
        var warnings =
            normals.isEmpty || hasNormalCounts
            ? []
            : [
                "the matched normals (Matched_Norm_Sample_Barcode) come without read counts (n_ref_count, n_alt_count): an allele inherited from the normal cannot be told from the table itself"
            ]
        if !unplaced.isEmpty { warnings.append(unplacedWarning(unplaced)) }
        return MAFCalls(
            samples: samples, tumors: tumors, normals: normalsOnly, buildNames: builds,
            consequenceFormat: layout.headerDescription, records: records, warnings: warnings, unplacedRows: unplaced.count)
    }

    /// One warning for every row that could not be placed: how many, and the first three with their sample.
    private static func unplacedWarning(_ unplaced: [(row: TableRow, problem: TableProblem)]) -> String {
        let samples = Set(unplaced.map { $0.row["Tumor_Sample_Barcode"] })
        let examples = unplaced.prefix(3).map { "line \($0.row.line) (\($0.row["Tumor_Sample_Barcode"])): \($0.problem.problem)" }
        return
            "\(unplaced.count) row\(unplaced.count == 1 ? "" : "s") of \(samples.count) sample\(samples.count == 1 ? "" : "s") cannot be placed on the genome and \(unplaced.count == 1 ? "was" : "were") skipped, "
            + "so what they hold was not assessed (e.g. \(examples.joined(separator: "; ")))"
    }

    private static let tumorCounts = [("t_ref_count", "t_alt_count", "t_depth"), ("TumorRefReads_WU", "TumorVarReads_WU", "")]
    private static let normalCounts = [("n_ref_count", "n_alt_count", "n_depth"), ("NormalRefReads_WU", "NormalVarReads_WU", "")]

    /// A sample's call: `genotype`, with `AD` and `DP` from the first pair of count columns the row fills.
    private static func call(_ row: TableRow, genotype: [Int?], counts: [(String, String, String)]) throws(TableProblem) -> SampleCall {
        var integers: [String: [Int]] = [:]
        for (refColumn, altColumn, depthColumn) in counts {
            guard let ref = try count(row, refColumn), let alt = try count(row, altColumn) else { continue }
            integers["AD"] = [ref, alt]
            integers["DP"] = [try count(row, depthColumn) ?? ref + alt]
            break
        }
        return SampleCall(genotype: genotype, integers: FormatValues(integers), floats: [:])
    }

    /// A read count, or nil when the column is absent or the cell empty, `.` or `NA`.
    private static func count(_ row: TableRow, _ column: String) throws(TableProblem) -> Int? {
        guard !column.isEmpty, !["", ".", "na"].contains(row[column].lowercased()) else { return nil }
        return try row.wholeNumber(column)
    }
}

/// A MAF row's alleles as a VCF record writes them.
struct MAFAlleles {
    let position: Int
    let ref: String
    let alt: String

    /// Why a row gives no record: it cannot be placed (no position, alleles that contradict its
    /// `Variant_Type`: skipped and counted), or it is malformed (the table is refused).
    enum Problem: Error {
        case unplaceable(TableProblem)
        case malformed(TableProblem)

        var problem: TableProblem {
            switch self {
            case .unplaceable(let problem), .malformed(let problem): problem
            }
        }
    }

    init(_ row: TableRow) throws(Problem) {
        if ["", "na", ".", "nan"].contains(row["Start_Position"].lowercased()) {
            throw .unplaceable(row.problem("Start_Position", "is empty: no position"))
        }
        let start: Int, ref: String, alt: String
        do throws(TableProblem) {
            start = try row.wholeNumber("Start_Position")
            guard start >= 1 else { throw row.problem("Start_Position", "is not a 1-based position") }
            ref = try Self.allele(row, "Reference_Allele")
            var altColumn = "Tumor_Seq_Allele2"
            if try Self.allele(row, altColumn) == ref, !row["Tumor_Seq_Allele1"].isEmpty { altColumn = "Tumor_Seq_Allele1" }
            alt = try Self.allele(row, altColumn)
            guard alt != ref else { throw row.problem(altColumn, "is the Reference_Allele: no change") }
        } catch {
            throw .malformed(error)
        }
        if let problem = Self.contradiction(type: row["Variant_Type"].uppercased(), ref: ref, alt: alt) {
            throw .unplaceable(row.problem("Variant_Type", problem))
        }
        switch (ref, alt) {
        case ("", _):
            (position, self.ref, self.alt) = (start, "N", "N" + alt)
        case (_, ""):
            guard start >= 2 else { throw .malformed(row.problem("Start_Position", "leaves no base before the deletion")) }
            (position, self.ref, self.alt) = (start - 1, "N" + ref, "N")
        default:
            (position, self.ref, self.alt) = (start, ref, alt)
        }
    }

    /// Why the alleles cannot be the `Variant_Type` the row names (SNP, DNP, TNP, ONP, INS, DEL); nil
    /// when they can be, or no type is given.
    private static func contradiction(type: String, ref: String, alt: String) -> String? {
        let substitution = ["SNP": 1, "DNP": 2, "TNP": 3]
        switch type {
        case "INS" where !ref.isEmpty: return "is INS but Reference_Allele is not '-'"
        case "DEL" where !alt.isEmpty: return "is DEL but the tumor allele is not '-'"
        case "ONP" where ref.count != alt.count || ref.count < 2: return "is ONP but the alleles are not of one length of 2 or more bases"
        default:
            guard let length = substitution[type], ref.count != length || alt.count != length else { return nil }
            return "is \(type) but the alleles are not \(length) base\(length == 1 ? "" : "s") each"
        }
    }

    /// The allele in upper case, empty for `-`; throws when it is not bases.
    private static func allele(_ row: TableRow, _ column: String) throws(TableProblem) -> String {
        let text = row[column].uppercased()
        if text == "-" { return "" }
        guard !text.isEmpty, text.allSatisfy({ "ACGTN".contains($0) }) else {
            throw row.problem(column, "is not an allele (bases A, C, G, T, N, or - for none)")
        }
        return text
    }
}

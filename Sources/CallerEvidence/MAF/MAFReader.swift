import Foundation
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

    /// True when the first line that is not a comment is a MAF header (decompressed when it is compressed).
    /// Reads at most one BGZF block's worth: a VCF is told by its first line, a BCF by its magic.
    public static func isMAF(path: String) -> Bool {
        guard path != "-", let data = try? TextFile.bytes(path: path, limit: 1 << 16),
              !data.starts(with: Array("##fileformat".utf8)), !data.starts(with: Array("BCF".utf8)) else { return false }
        let lines = data.split(separator: UInt8(ascii: "\n"), maxSplits: 4096, omittingEmptySubsequences: true)
        guard let header = lines.first(where: { $0.first != UInt8(ascii: "#") }),
              let text = String(validating: header, as: UTF8.self) else { return false }
        let names = Set(text.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
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

    private static func read(_ lines: [TextLine]) throws(TableProblem) -> MAFCalls {
        guard let headerIndex = lines.firstIndex(where: { !$0.isComment }) else {
            throw TableProblem(line: nil, problem: "has no MAF header line")
        }
        let header = try TableHeader(lines[headerIndex], names: lines[headerIndex].fields.map { $0.trimmingCharacters(in: .whitespaces) },
                                     required: required)
        let layout = MAFAnnotationLayout(columns: header.names)
        var rows: [(row: TableRow, alleles: MAFAlleles)] = []
        var tumors: [String] = [], normals: [String] = [], builds: [String] = []
        for line in lines[(headerIndex + 1)...] where !line.isComment {
            let row = try header.row(line)
            let tumor = row["Tumor_Sample_Barcode"]
            guard !tumor.isEmpty else { throw row.problem("Tumor_Sample_Barcode", "names no sample") }
            rows.append((row, try MAFAlleles(row)))
            if !tumors.contains(tumor) { tumors.append(tumor) }
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
            records.append(VariantRecord(
                ordinal: ordinal + 1, contig: row["Chromosome"], position: alleles.position, id: ".", ref: alleles.ref,
                alts: [alleles.alt], filters: filters, info: layout.info(row), samples: calls))
        }
        let hasNormalCounts = Self.normalCounts.contains { header.names.contains($0.0) && header.names.contains($0.1) }
        let warnings = normals.isEmpty || hasNormalCounts ? [] : [
            "the matched normals (Matched_Norm_Sample_Barcode) come without read counts (n_ref_count, n_alt_count): an allele inherited from the normal cannot be told from the table itself",
        ]
        return MAFCalls(samples: samples, tumors: tumors, normals: normalsOnly, buildNames: builds,
                        consequenceFormat: layout.headerDescription, records: records, warnings: warnings)
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
        return SampleCall(genotype: genotype, integers: integers, floats: [:])
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

    init(_ row: TableRow) throws(TableProblem) {
        let start = try row.wholeNumber("Start_Position")
        guard start >= 1 else { throw row.problem("Start_Position", "is not a 1-based position") }
        let ref = try Self.allele(row, "Reference_Allele")
        var altColumn = "Tumor_Seq_Allele2"
        if try Self.allele(row, altColumn) == ref, !row["Tumor_Seq_Allele1"].isEmpty { altColumn = "Tumor_Seq_Allele1" }
        let alt = try Self.allele(row, altColumn)
        guard alt != ref else { throw row.problem(altColumn, "is the Reference_Allele: no change") }
        switch (ref, alt) {
        case ("", _):
            (position, self.ref, self.alt) = (start, "N", "N" + alt)
        case (_, ""):
            guard start >= 2 else { throw row.problem("Start_Position", "leaves no base before the deletion") }
            (position, self.ref, self.alt) = (start - 1, "N" + ref, "N")
        default:
            (position, self.ref, self.alt) = (start, ref, alt)
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

import FoundationEssentials
import Tables

/// A lab's list of reported alterations (a relapse screen that arrives as a report, not a VCF): a
/// tab-separated table with the columns `sample`, `gene` and `alteration`, and optionally `vaf` and
/// `transcript` (names in any letter case, `#` lines comments; plain, gzip or BGZF).
///
/// An `alteration` is a protein change (`p.G12D`, `G12D`, `p.(G12D)`, `p.E746_A750del`), a fusion
/// (`ETV6::ABL1`, or `ETV6--ABL1`; 5' partner first, and `gene` one of the two), `ITD`, `deletion` or
/// `amplification`. A row that says none of these, names no sample or gene, or gives a VAF outside
/// 0 to 1 refuses the list, naming its line and column: a hand-made table is fixed in one cell, and a
/// row read past would be an alteration never screened.
public struct AlterationList: Sendable {
    public let path: String
    public let rows: [ReportedAlteration]

    /// The samples the rows name, in order of first row.
    public var samples: [String] {
        rows.reduce(into: [String]()) { names, row in
            if !names.contains(row.sample) { names.append(row.sample) }
        }
    }

    /// The columns a list must have.
    public static let required = ["sample", "gene", "alteration"]

    /// True when `data`, a text's first bytes (decompressed), opens with a list's header after any
    /// comment lines: what tells a list from a MAF or a VCF given as the input.
    public static func isAlterationList(_ data: Data) -> Bool {
        let lines = data.split(maxSplits: 4096, omittingEmptySubsequences: true) { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        guard let header = lines.first(where: { $0.first != UInt8(ascii: "#") }),
            let text = String(validating: header, as: UTF8.self)
        else { return false }
        let names = Set(columnNames(text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        return required.allSatisfy(names.contains)
    }

    /// The list at `path`.
    public static func read(path: String) throws(CallerTableError) -> AlterationList {
        do throws(TableProblem) {
            return try read(TextLine.read(path: path), path: path)
        } catch {
            throw CallerTableError(file: path, line: error.line, problem: error.problem)
        }
    }

    /// The list already read (decompressed) from `path`: the run's input itself.
    public static func read(_ data: Data, path: String) throws(CallerTableError) -> AlterationList {
        do throws(TableProblem) {
            return try read(TextLine.lines(in: data), path: path)
        } catch {
            throw CallerTableError(file: path, line: error.line, problem: error.problem)
        }
    }

    private static func read(_ lines: [TextLine], path: String) throws(TableProblem) -> AlterationList {
        guard let headerIndex = lines.firstIndex(where: { !$0.isComment }) else {
            throw TableProblem(line: nil, problem: "has no header line (sample, gene, alteration)")
        }
        let header = try TableHeader(
            lines[headerIndex], names: columnNames(lines[headerIndex].fields), required: required,
            omittable: ["vaf", "transcript"])
        var rows: [ReportedAlteration] = []
        for line in lines[(headerIndex + 1)...] where !line.isComment {
            let row = try header.row(line)
            for column in ["sample", "gene", "alteration"] where row[column].isEmpty {
                throw row.problem(column, "is empty: every row names a sample, a gene and an alteration")
            }
            let gene = FusionTableReader.cleanGene(row["gene"])
            let change = try change(row, gene: gene)
            let transcript = row["transcript"]
            rows.append(
                ReportedAlteration(
                    sample: row["sample"], gene: gene, change: change, text: row["alteration"],
                    vaf: try fraction(row), transcript: ["", ".", "-"].contains(transcript) ? nil : transcript,
                    path: path, line: line.number))
        }
        return AlterationList(path: path, rows: rows)
    }

    /// Header names in lower case, without a leading `#` or spaces.
    private static func columnNames(_ fields: [String]) -> [String] {
        fields.map { String($0.trimmed().lowercased().drop { $0 == "#" }) }
    }

    /// What the `alteration` cell reports; a protein change is only given its `p.` here (`Matching` reads it).
    private static func change(_ row: TableRow, gene: String) throws(TableProblem) -> ReportedAlteration.Change {
        let text = row["alteration"]
        switch text.lowercased() {
        case "deletion": return .deletion
        case "amplification": return .amplification
        case "itd": return .tandemDuplication
        default: break
        }
        if text.contains("::") || text.contains("--") {
            let genes = text.components(separatedBy: text.contains("::") ? "::" : "--").map(FusionTableReader.cleanGene)
            guard genes.count == 2, !genes[0].isEmpty, !genes[1].isEmpty else {
                throw row.problem("alteration", "is not a fusion of two genes written FIVE::THREE")
            }
            guard genes.contains(gene) else {
                throw row.problem("gene", "is neither partner of the fusion \(text)")
            }
            return .fusion(fivePrime: genes[0], threePrime: genes[1])
        }
        var protein = text.hasPrefix("p.") ? String(text.dropFirst(2)) : text
        if protein.hasPrefix("("), protein.hasSuffix(")") { protein = String(protein.dropFirst().dropLast()) }
        guard protein.first.map({ $0.isUppercase || $0 == "*" }) == true, protein.contains(where: \.isNumber) else {
            throw row.problem("alteration", "is not a protein change (p.G12D), a fusion (GENE1::GENE2), ITD, deletion or amplification")
        }
        return .protein("p." + protein)
    }

    /// The `vaf` cell: a fraction from 0 to 1, or nil when empty or `NA`.
    private static func fraction(_ row: TableRow) throws(TableProblem) -> Double? {
        guard let value = try row.decimal("vaf") else { return nil }
        guard (0...1).contains(value) else {
            throw row.problem("vaf", "is not a fraction from 0 to 1" + (value > 1 && value <= 100 ? " (a percent? write \(value / 100))" : ""))
        }
        return value
    }
}

import Tables

/// JAFFA / JAFFAL `jaffa_results.csv`: `fusion genes` is `5'GENE:3'GENE`, breakpoints in
/// `chrom1`/`base1` and `chrom2`/`base2`, support in `spanning reads` and `spanning pairs` (JAFFAL
/// has no pairs), the tier in `classification`; `sample` names each row's sample (the FASTQ's name).
/// JAFFA writes comma-separated values with quoted text (`commaSeparatedAsTabs`).
struct Jaffa: FusionTableLayout {
    var format: FusionTableFormat { .jaffa }
    var name: String { "JAFFA/JAFFAL" }
    var identifyingColumns: String { "fusion genes and classification, comma- or tab-separated" }
    var requiredColumns: [String] { ["fusion genes", "chrom1", "base1", "chrom2", "base2", "classification"] }

    func recognises(_ names: [String]) -> Bool { names.contains("fusion genes") && names.contains("classification") }

    /// JAFFA's classification tiers: the two highest are confidences, the rest near-misses.
    static let tiers: [String: String] = ["HighConfidence": "high", "MediumConfidence": "medium"]

    func call(_ row: TableRow, evidence: Evidence) throws(TableProblem) -> FusionCall {
        let genes = row["fusion genes"].split(separator: ":", omittingEmptySubsequences: false)
            .map { FusionTableReader.cleanGene(String($0)) }
        guard genes.count == 2, !genes[0].isEmpty, !genes[1].isEmpty else {
            throw row.problem("fusion genes", "is not two genes written GENE1:GENE2")
        }
        func place(_ chrom: String, _ base: String) throws(TableProblem) -> (String, Int)? {
            guard !row[chrom].isEmpty, !row[base].isEmpty else { return nil }
            let position = try row.wholeNumber(base)
            return position > 0 ? (row[chrom], position) : nil
        }
        let five = try place("chrom1", "base1"), three = try place("chrom2", "base2")
        var reads = 0
        for column in ["spanning reads", "spanning pairs"] where Int(row[column]) != nil {
            reads += try row.wholeNumber(column)
        }
        let tier = row["classification"]
        var call = FusionCall(
            fivePrime: FusionPartner(gene: genes[0], contig: five?.0, position: five?.1),
            threePrime: FusionPartner(gene: genes[1], contig: three?.0, position: three?.1),
            inFrame: ["TRUE": true, "FALSE": false][row["inframe"].uppercased()],
            confidence: Self.tiers[tier] ?? tier, supportingReads: reads, evidence: evidence)
        if Self.tiers[tier] == nil { call.lowTier = "JAFFA classification \(tier.isEmpty ? "(none)" : tier)" }
        return call
    }

    /// A comma-separated JAFFA file turned into tab-separated lines (fields unquoted), so that one
    /// header and row reader serves every table; any other file unchanged.
    static func commaSeparatedAsTabs(_ lines: [TextLine]) -> [TextLine] {
        guard let first = lines.first(where: { !$0.text.hasPrefix("##") }), !first.text.contains("\t"),
            FusionTableReader.csvFields(first.text).map({ $0.drop { $0 == "#" } }).contains("fusion genes")
        else { return lines }
        return lines.map { TextLine(number: $0.number, text: FusionTableReader.csvFields($0.text).joined(separator: "\t")) }
    }
}

extension FusionTableReader {
    /// The fields of one comma-separated line: `"…"` quotes a field, `""` inside it is a quote.
    public static func csvFields(_ text: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var justClosed = false
        for character in text {
            if quoted {
                if character == "\"" { quoted = false; justClosed = true } else { field.append(character) }
                continue
            }
            if character == "\"" {
                if justClosed { field.append("\"") }
                quoted = true
            } else if character == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
            justClosed = false
        }
        fields.append(field)
        return fields
    }
}

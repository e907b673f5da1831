import Tables

// Row readers for the long-read, validation and pediatric callers' fusion tables: ctat-LR-fusion,
// JAFFA/JAFFAL and CICERO (STAR-Fusion's reader serves FusionInspector). Every column is read by name.

extension FusionTableReader {
    /// ctat-LR-fusion: STAR-Fusion's gene and breakpoint columns, support in `num_LR` (and `num_SR`
    /// when short reads were given too).
    static func ctatLRFusionCall(_ row: TableRow, evidence: String) throws(TableProblem) -> FusionCall {
        let shortReads = row["num_SR"].isEmpty ? 0 : try row.wholeNumber("num_SR")
        return FusionCall(fivePrime: try partner(row, gene: "LeftGene", breakpoint: "LeftBreakpoint"),
                          threePrime: try partner(row, gene: "RightGene", breakpoint: "RightBreakpoint"),
                          inFrame: ["INFRAME": true, "FRAMESHIFT": false][row["PROT_FUSION_TYPE"]],
                          supportingReads: try row.wholeNumber("num_LR") + shortReads, evidence: evidence)
    }

    /// JAFFA's classification tiers: the two highest are confidences, the rest near-misses.
    static let jaffaTiers: [String: String] = ["HighConfidence": "high", "MediumConfidence": "medium"]

    /// JAFFA / JAFFAL: `fusion genes` is `5'GENE:3'GENE`, breakpoints in `chrom1`/`base1` and
    /// `chrom2`/`base2`, support in `spanning reads` and `spanning pairs` (JAFFAL has no pairs), the
    /// tier in `classification`.
    static func jaffaCall(_ row: TableRow, evidence: String) throws(TableProblem) -> FusionCall {
        let genes = row["fusion genes"].split(separator: ":", omittingEmptySubsequences: false).map { cleanGene(String($0)) }
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
        var call = FusionCall(fivePrime: FusionPartner(gene: genes[0], contig: five?.0, position: five?.1),
                              threePrime: FusionPartner(gene: genes[1], contig: three?.0, position: three?.1),
                              inFrame: ["TRUE": true, "FALSE": false][row["inframe"].uppercased()],
                              confidence: jaffaTiers[tier] ?? tier, supportingReads: reads, evidence: evidence)
        if jaffaTiers[tier] == nil { call.lowTier = "JAFFA classification \(tier.isEmpty ? "(none)" : tier)" }
        return call
    }

    /// CICERO: `geneA` is 5' when `sv_ort` is `>` (CICERO could orient the fusion), support in
    /// `readsA` + `readsB`, `frame` 1 in frame and 0 out of frame; `rating` HQ acts, LQ and RT
    /// (read-through) are near-misses.
    static func ciceroCall(_ row: TableRow, evidence: String) throws(TableProblem) -> FusionCall {
        func gene(_ column: String) throws(TableProblem) -> String {
            let symbol = cleanGene(row[column].split(separator: ",").first.map(String.init) ?? "")
            guard !symbol.isEmpty else { throw row.problem(column, "names no gene") }
            return symbol
        }
        let first = FusionPartner(gene: try gene("geneA"), contig: row["chrA"], position: try row.wholeNumber("posA"))
        let second = FusionPartner(gene: try gene("geneB"), contig: row["chrB"], position: try row.wholeNumber("posB"))
        let frame = row["frame"]
        let rating = row["rating"]
        var call = FusionCall(fivePrime: first, threePrime: second, orientationKnown: row["sv_ort"] == ">",
                              inFrame: frame.contains("1") ? true : frame == "0" ? false : nil,
                              confidence: rating.isEmpty ? nil : rating,
                              supportingReads: try row.wholeNumber("readsA") + row.wholeNumber("readsB"), evidence: evidence)
        if rating != "HQ" { call.lowTier = "CICERO rating \(rating.isEmpty ? "(none)" : rating)" }
        return call
    }

    /// JAFFA writes comma-separated values with quoted text: such a file is turned into tab-separated
    /// lines (fields unquoted) so that one header and row reader serves every table.
    static func commaSeparatedAsTabs(_ lines: [TextLine]) -> [TextLine] {
        guard let first = lines.first(where: { !$0.text.hasPrefix("##") }), !first.text.contains("\t"),
              csvFields(first.text).map({ $0.drop { $0 == "#" } }).contains("fusion genes") else { return lines }
        return lines.map { TextLine(number: $0.number, text: csvFields($0.text).joined(separator: "\t")) }
    }

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

import Tables

/// CICERO `final_fusions.txt`: `geneA` is 5' when `sv_ort` is `>` (CICERO could orient the fusion),
/// support in `readsA` + `readsB`, `frame` 1 in frame and 0 out of frame; `rating` HQ acts, LQ and RT
/// (read-through) are near-misses; `sample` names each row's sample.
struct Cicero: FusionTableLayout {
    var format: FusionTableFormat { .cicero }
    var name: String { "CICERO" }
    var identifyingColumns: String { "geneA, geneB and rating" }
    var requiredColumns: [String] { ["geneA", "chrA", "posA", "geneB", "chrB", "posB", "readsA", "readsB", "rating"] }

    func recognises(_ names: [String]) -> Bool { ["geneA", "geneB", "rating"].allSatisfy(names.contains) }

    func call(_ row: TableRow, evidence: Evidence) throws(TableProblem) -> FusionCall {
        func gene(_ column: String) throws(TableProblem) -> String {
            let symbol = FusionTableReader.cleanGene(row[column].split(separator: ",").first.map(String.init) ?? "")
            guard !symbol.isEmpty else { throw row.problem(column, "names no gene") }
            return symbol
        }
        let first = FusionPartner(gene: try gene("geneA"), contig: row["chrA"], position: try row.wholeNumber("posA"))
        let second = FusionPartner(gene: try gene("geneB"), contig: row["chrB"], position: try row.wholeNumber("posB"))
        let frame = row["frame"]
        let rating = row["rating"]
        var call = FusionCall(
            fivePrime: first, threePrime: second, orientationKnown: row["sv_ort"] == ">",
            inFrame: frame.contains("1") ? true : frame == "0" ? false : nil,
            confidence: rating.isEmpty ? nil : rating,
            supportingReads: try row.wholeNumber("readsA") + row.wholeNumber("readsB"), evidence: evidence)
        if rating != "HQ" { call.lowTier = "CICERO rating \(rating.isEmpty ? "(none)" : rating)" }
        return call
    }
}

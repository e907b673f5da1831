/// PURPLE `.purple.cnv.somatic.tsv`: `chromosome` (or `#chromosome`), `start`, `end`, `copyNumber`,
/// `bafCount`, …; 1-based. One sample per file.
struct Purple: CopyNumberLayout {
    var format: CopyNumberFormat { .purple }
    var name: String { "PURPLE" }
    var identifyingColumns: String { "chromosome, start, end, copyNumber and bafCount" }

    func columns(_ names: [String], bedHeader: Bool) -> CopyNumberColumns? {
        guard ["copynumber", "bafcount", "chromosome", "start", "end"].allSatisfy(names.contains) else { return nil }
        return CopyNumberColumns(chromosome: "chromosome", start: "start", end: "end", copyNumber: ["copynumber"])
    }
}

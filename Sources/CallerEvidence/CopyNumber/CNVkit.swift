/// CNVkit `.cns`/`.cnr`/`.call.cns`: `chromosome start end gene …` with `log2` (0-based starts); `cn` (from
/// `cnvkit.py call`) is the copy number; a segment with no probes is skipped. One sample per file.
struct CNVkit: CopyNumberLayout {
    var format: CopyNumberFormat { .cnvkit }
    var name: String { "CNVkit" }
    var identifyingColumns: String { "chromosome start end gene first, and log2" }

    func columns(_ names: [String], bedHeader: Bool) -> CopyNumberColumns? {
        guard names.starts(with: ["chromosome", "start", "end", "gene"]), names.contains("log2") else { return nil }
        return CopyNumberColumns(
            chromosome: "chromosome", start: "start", end: "end", log2: ["log2"],
            copyNumber: names.contains("cn") ? ["cn"] : [], zeroBased: true)
    }
}

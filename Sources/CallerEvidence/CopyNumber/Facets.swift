/// FACETS `cncf` (`fit$cncf`, facets-suite's `.cncf.txt`): `chrom`, `start`/`end` or
/// `loc.start`/`loc.end`, `tcn.em` (else `tcn`); chromosome X written 23; 1-based; `ID` names the
/// sample where facets-suite writes it.
struct Facets: CopyNumberLayout {
    var format: CopyNumberFormat { .facets }
    var name: String { "FACETS" }
    var identifyingColumns: String { "chrom and tcn.em or tcn" }

    func columns(_ names: [String], bedHeader: Bool) -> CopyNumberColumns? {
        guard names.contains("chrom"), names.contains("tcn.em") || names.contains("tcn") else { return nil }
        let loc = names.contains("loc.start") && names.contains("loc.end")
        guard loc || (names.contains("start") && names.contains("end")) else { return nil }
        return CopyNumberColumns(
            chromosome: "chrom", start: loc ? "loc.start" : "start", end: loc ? "loc.end" : "end",
            copyNumber: ["tcn.em", "tcn"].filter(names.contains),
            sample: names.contains("id") ? "id" : nil)
    }
}

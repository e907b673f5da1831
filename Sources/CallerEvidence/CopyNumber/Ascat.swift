/// ASCAT `segments`: `sample chr startpos endpos nMajor nMinor`, copy number their sum; 1-based;
/// `sample` names each row's sample (one file may hold many).
struct Ascat: CopyNumberLayout {
    var format: CopyNumberFormat { .ascat }
    var name: String { "ASCAT" }
    var identifyingColumns: String { "chr startpos endpos nMajor nMinor" }

    func columns(_ names: [String], bedHeader: Bool) -> CopyNumberColumns? {
        guard ["chr", "startpos", "endpos", "nmajor", "nminor"].allSatisfy(names.contains) else { return nil }
        return CopyNumberColumns(
            chromosome: "chr", start: "startpos", end: "endpos", alleles: ("nmajor", "nminor"),
            sample: names.contains("sample") ? "sample" : nil)
    }
}

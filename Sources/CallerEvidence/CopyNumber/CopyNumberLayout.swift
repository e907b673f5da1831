/// The copy-number layouts `CopyNumberReader` recognises from their header line (names in any letter case).
public enum CopyNumberFormat: String, Sendable {
    /// CNVkit `.cns`/`.cnr`/`.call.cns`: `chromosome start end gene log2 …` (0-based starts); `cn`
    /// (from `cnvkit.py call`) is the copy number; a segment with no probes is skipped.
    case cnvkit
    /// PURPLE `.purple.cnv.somatic.tsv`: `chromosome` (or `#chromosome`), `start`, `end`, `copyNumber`,
    /// `bafCount`, …; 1-based.
    case purple
    /// FACETS `cncf` (`fit$cncf`, facets-suite's `.cncf.txt`): `chrom`, `start`/`end` or
    /// `loc.start`/`loc.end`, `tcn.em` (else `tcn`); chromosome X written 23; 1-based.
    case facets
    /// ASCAT `segments`: `sample chr startpos endpos nMajor nMinor`, copy number their sum; 1-based.
    case ascat
    /// Any other segment table: `chrom` or `chromosome`, `start`, `end`, and `log2`/`log2_ratio`,
    /// `cn`/`copy_number` or `nMajor` with `nMinor`; 0-based when the header starts `#chrom` (BED).
    case segments

    /// How a layout names its columns, and where its coordinates start.
    struct Columns {
        let chromosome: String
        let start: String
        let end: String
        let log2: String?
        /// Total copy number columns, the first non-empty one counting.
        let copyNumber: [String]
        /// Major and minor allele copy numbers, summed, when the table gives them instead.
        let alleles: (major: String, minor: String)?
        let zeroBased: Bool
    }

    /// The layout these lower-case column names (leading `#` removed) name; `bedHeader` when the line started `#chrom`.
    static func recognise(_ names: [String], bedHeader: Bool) -> (CopyNumberFormat, Columns)? {
        let has = { (column: String) in names.contains(column) }
        if has("copynumber"), has("bafcount"), has("chromosome"), has("start"), has("end") {
            return (.purple, Columns(chromosome: "chromosome", start: "start", end: "end", log2: nil, copyNumber: ["copynumber"],
                                     alleles: nil, zeroBased: false))
        }
        if has("chrom"), has("tcn.em") || has("tcn") {
            let loc = has("loc.start") && has("loc.end")
            if loc || (has("start") && has("end")) {
                return (.facets, Columns(chromosome: "chrom", start: loc ? "loc.start" : "start", end: loc ? "loc.end" : "end",
                                         log2: nil, copyNumber: ["tcn.em", "tcn"].filter(has), alleles: nil, zeroBased: false))
            }
        }
        if has("chr"), has("startpos"), has("endpos"), has("nmajor"), has("nminor") {
            return (.ascat, Columns(chromosome: "chr", start: "startpos", end: "endpos", log2: nil, copyNumber: [],
                                    alleles: ("nmajor", "nminor"), zeroBased: false))
        }
        guard let chromosome = ["chromosome", "chrom"].first(where: has), has("start"), has("end") else { return nil }
        let log2 = ["log2", "log2_ratio"].first(where: has)
        let copyNumber = ["cn", "copy_number"].filter(has)
        let alleles = has("nmajor") && has("nminor") ? ("nmajor", "nminor") : nil
        guard log2 != nil || !copyNumber.isEmpty || alleles != nil else { return nil }
        let cnvkit = names.starts(with: ["chromosome", "start", "end", "gene"]) && log2 == "log2"
        return (cnvkit ? .cnvkit : .segments,
                Columns(chromosome: chromosome, start: "start", end: "end", log2: log2, copyNumber: copyNumber,
                        alleles: alleles, zeroBased: cnvkit || bedHeader))
    }
}

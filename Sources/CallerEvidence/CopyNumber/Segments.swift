/// Any other segment table: `chrom` or `chromosome`, `start`, `end`, and `log2`/`log2_ratio`,
/// `cn`/`copy_number` or `nMajor` with `nMinor` (PCGR's allele-specific tables, GDC's ASCAT segments);
/// 0-based when the header starts `#chrom` (BED); a sample column read when present.
struct Segments: CopyNumberLayout {
    var format: CopyNumberFormat { .segments }
    var name: String { "segment table" }
    var identifyingColumns: String { "chrom or chromosome, start, end, and log2, log2_ratio, cn, copy_number or nMajor and nMinor" }

    func columns(_ names: [String], bedHeader: Bool) -> CopyNumberColumns? {
        guard let chromosome = CopyNumberColumns.first(["chromosome", "chrom"], in: names),
            names.contains("start"), names.contains("end")
        else { return nil }
        let log2 = ["log2", "log2_ratio"].filter(names.contains)
        let copyNumber = ["cn", "copy_number"].filter(names.contains)
        let alleles = names.contains("nmajor") && names.contains("nminor") ? ("nmajor", "nminor") : nil
        guard !log2.isEmpty || !copyNumber.isEmpty || alleles != nil else { return nil }
        let sample = CopyNumberColumns.first(CopyNumberColumns.sampleNames, in: names)
        return CopyNumberColumns(
            chromosome: chromosome, start: "start", end: "end", log2: log2, copyNumber: copyNumber,
            alleles: alleles, sample: sample, zeroBased: bedHeader)
    }
}

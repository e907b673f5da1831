/// GISTIC 2 segmentation input: `Sample Chromosome Start.bp End.bp Num.Markers Seg.CN` (also written
/// `Start Position`/`End Position`), `Seg.CN` being log2(copy number) − 1, a log2 ratio; IGV's `.seg`
/// example writes the same columns with `Log2.Ratio`; 1-based; the first column names each row's sample.
struct Gistic: CopyNumberLayout {
    var format: CopyNumberFormat { .gistic }
    var name: String { "GISTIC 2/IGV .seg" }
    var identifyingColumns: String { "Sample, Chromosome, Start.bp, End.bp, Seg.CN or Log2.Ratio" }

    func columns(_ names: [String], bedHeader: Bool) -> CopyNumberColumns? {
        guard let start = CopyNumberColumns.first(["start.bp", "start position"], in: names),
            let end = CopyNumberColumns.first(["end.bp", "end position"], in: names),
            let chromosome = CopyNumberColumns.first(["chromosome", "chrom"], in: names),
            let value = CopyNumberColumns.first(["seg.cn", "log2.ratio"], in: names), names[0] != chromosome
        else { return nil }
        return CopyNumberColumns(chromosome: chromosome, start: start, end: end, log2: [value], sample: names[0])
    }
}

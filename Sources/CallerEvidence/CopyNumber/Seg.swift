/// GDC/TCGA and IGV `.seg`: the sample in the first column (`GDC_Aliquot`, `Sample`, `ID`), then
/// `Chromosome Start End Num_Probes Segment_Mean`, the mean a log2 ratio; 1-based. One file may hold many samples.
struct Seg: CopyNumberLayout {
    var format: CopyNumberFormat { .seg }
    var name: String { "GDC/TCGA/IGV .seg" }
    var identifyingColumns: String { "a sample column, Chromosome, Start, End, Segment_Mean" }

    func columns(_ names: [String], bedHeader: Bool) -> CopyNumberColumns? {
        guard ["chromosome", "start", "end", "segment_mean"].allSatisfy(names.contains), names[0] != "chromosome" else { return nil }
        return CopyNumberColumns(chromosome: "chromosome", start: "start", end: "end", log2: ["segment_mean"], sample: names[0])
    }
}

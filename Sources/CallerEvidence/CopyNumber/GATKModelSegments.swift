/// GATK ModelSegments `.modelFinal.seg`: `CONTIG START END NUM_POINTS_COPY_RATIO … LOG2_COPY_RATIO_POSTERIOR_50 …`
/// after SAM-style `@` lines (the sample in `@RG … SM:`); the posterior median is the log2 ratio; 1-based.
struct GATKModelFinal: CopyNumberLayout {
    var format: CopyNumberFormat { .gatkModelFinal }
    var name: String { "GATK ModelSegments .modelFinal.seg" }
    var identifyingColumns: String { "CONTIG, START, END, LOG2_COPY_RATIO_POSTERIOR_50" }

    func columns(_ names: [String], bedHeader: Bool) -> CopyNumberColumns? {
        guard ["contig", "start", "end", "log2_copy_ratio_posterior_50"].allSatisfy(names.contains) else { return nil }
        return CopyNumberColumns(chromosome: "contig", start: "start", end: "end", log2: ["log2_copy_ratio_posterior_50"])
    }
}

/// GATK ModelSegments `.cr.seg` and CallCopyRatioSegments `.called.seg`: `CONTIG START END
/// NUM_POINTS_COPY_RATIO MEAN_LOG2_COPY_RATIO` after `@` lines; 1-based.
struct GATKCopyRatio: CopyNumberLayout {
    var format: CopyNumberFormat { .gatkCopyRatio }
    var name: String { "GATK .cr.seg/.called.seg" }
    var identifyingColumns: String { "CONTIG, START, END, MEAN_LOG2_COPY_RATIO" }

    func columns(_ names: [String], bedHeader: Bool) -> CopyNumberColumns? {
        guard ["contig", "start", "end", "mean_log2_copy_ratio"].allSatisfy(names.contains) else { return nil }
        return CopyNumberColumns(chromosome: "contig", start: "start", end: "end", log2: ["mean_log2_copy_ratio"])
    }
}

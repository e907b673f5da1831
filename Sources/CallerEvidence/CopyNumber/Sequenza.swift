/// Sequenza `*_segments.txt` (`sequenza.results`): `chromosome start.pos end.pos Bf N.BAF sd.BAF
/// depth.ratio N.ratio sd.ratio CNt A B LPP`, names and contigs in double quotes; `CNt` the total copy
/// number; 1-based. One sample per file (its name is the file's prefix).
struct Sequenza: CopyNumberLayout {
    var format: CopyNumberFormat { .sequenza }
    var name: String { "Sequenza" }
    var identifyingColumns: String { "chromosome, start.pos, end.pos, CNt" }

    func columns(_ names: [String], bedHeader: Bool) -> CopyNumberColumns? {
        guard ["chromosome", "start.pos", "end.pos", "cnt"].allSatisfy(names.contains) else { return nil }
        return CopyNumberColumns(
            chromosome: "chromosome", start: "start.pos", end: "end.pos", copyNumber: ["cnt"],
            alleles: names.contains("a") && names.contains("b") ? ("a", "b") : nil)
    }
}

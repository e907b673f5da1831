import Tables

/// Arriba `fusions.tsv`: `gene1`, `gene2`, `strand1(gene/fusion)` first; support in `split_reads1`,
/// `split_reads2` and `discordant_mates`; `confidence` high, medium or low. One sample per file.
struct Arriba: FusionTableLayout {
    var format: FusionTableFormat { .arriba }
    var name: String { "Arriba" }
    var identifyingColumns: String { "gene1, gene2, strand1(gene/fusion) first" }
    var requiredColumns: [String] {
        [
            "gene1", "gene2", "strand1(gene/fusion)", "strand2(gene/fusion)", "breakpoint1", "breakpoint2",
            "direction1", "direction2", "split_reads1", "split_reads2", "discordant_mates",
        ]
    }

    func recognises(_ names: [String]) -> Bool { names.starts(with: ["gene1", "gene2", "strand1(gene/fusion)"]) }

    func sampleColumn(_ names: [String]) -> String? { nil }

    func call(_ row: TableRow, evidence: Evidence) throws(TableProblem) -> FusionCall {
        let first = try FusionTableReader.partner(row, gene: "gene1", breakpoint: "breakpoint1", name: Self.nearestGene)
        let second = try FusionTableReader.partner(row, gene: "gene2", breakpoint: "breakpoint2", name: Self.nearestGene)
        let firstIsFivePrime = Self.sideOneIsFivePrime(row)
        let confidence = row["confidence"].lowercased()
        var call = FusionCall(
            fivePrime: firstIsFivePrime == false ? second : first,
            threePrime: firstIsFivePrime == false ? first : second,
            orientationKnown: firstIsFivePrime != nil,
            inFrame: Self.inFrame(row["reading_frame"]),
            confidence: confidence.isEmpty || confidence == "." ? nil : confidence,
            supportingReads: try row.wholeNumber("split_reads1") + row.wholeNumber("split_reads2")
                + row.wholeNumber("discordant_mates"),
            evidence: evidence)
        // Arriba's own low confidence: where its artifacts live (docs/matching.md, ARRIBA_CONFIDENCE).
        if confidence == "low" { call.lowTier = "Arriba confidence low" }
        return call
    }

    // How Arriba spells gene names, orientation and reading frame.

    /// An intergenic breakpoint is named by its neighbours, `GENE1(1234),GENE2(567)`: the nearest one
    /// (the first on a tie). A name without a distance is a gene the breakpoint lies in.
    static func nearestGene(_ text: String) -> String {
        let candidates = text.split(separator: ",").map { part -> (name: Substring, distance: Int) in
            guard part.hasSuffix(")"), let open = part.lastIndex(of: "("),
                let distance = Int(part[part.index(after: open)..<part.index(before: part.endIndex)])
            else {
                return (part, 0)
            }
            return (part[..<open], distance)
        }
        return String(candidates.min { $0.distance < $1.distance }?.name ?? "")
    }

    /// Whether side 1 is the 5' partner: true, false (then gene2 is 5'), or nil when Arriba could not tell.
    ///
    /// A side is 5' when transcription runs through it towards the partner: transcribed strand `+` (after the
    /// slash in `strand1(gene/fusion)`) with the partner `downstream`, or `-` with the partner `upstream`.
    /// One side with a known transcribed strand decides; two that contradict each other decide nothing.
    static func sideOneIsFivePrime(_ row: TableRow) -> Bool? {
        let one = isFivePrime(strands: row["strand1(gene/fusion)"], direction: row["direction1"])
        let two = isFivePrime(strands: row["strand2(gene/fusion)"], direction: row["direction2"])
        switch (one, two) {
        case let (one?, two?): return one != two ? one : nil
        case let (one?, nil): return one
        case let (nil, two?): return !two
        case (nil, nil): return nil
        }
    }

    private static func isFivePrime(strands: String, direction: String) -> Bool? {
        let parts = strands.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1] == "+" || parts[1] == "-",
            direction == "upstream" || direction == "downstream"
        else { return nil }
        return (parts[1] == "+") == (direction == "downstream")
    }

    /// `in-frame` is true; `out-of-frame` and `stop-codon` (the 3' end is not translated) are false; `.` is nil.
    static func inFrame(_ readingFrame: String) -> Bool? {
        ["in-frame": true, "out-of-frame": false, "stop-codon": false][readingFrame]
    }
}

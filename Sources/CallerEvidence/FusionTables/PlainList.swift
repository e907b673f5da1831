import Tables

/// A hand-written list of fusions: one `GENE1::GENE2` or `GENE1--GENE2` a line in the first column,
/// any further columns ignored, `#` lines comments, an optional one-word-per-column header.
enum PlainList {
    static let description = "a plain list (GENE1::GENE2 or GENE1--GENE2 in the first column, a single '-' belonging to gene names)"

    /// Throws unless the lines are a plain list: the first line (or the line after a one-word-per-column
    /// header) names a fusion `A::B` or `A--B`. Anything else is an unknown table, refused with the
    /// layouts tried.
    static func require(_ lines: ArraySlice<TextLine>, header names: [String], tried layouts: [any FusionTableLayout]) throws(TableProblem) {
        let rows = lines.filter { !$0.isComment }
        guard let first = rows.first else { return }
        func namesFusion(_ line: TextLine) -> Bool {
            let cell = line.fields[0]
            return cell.contains("::") || cell.contains("--")
        }
        if namesFusion(first) { return }
        let looksLikeHeader = names.count > 1 && names[0].allSatisfy { $0.isLetter || $0 == "_" || $0 == " " }
        if looksLikeHeader, rows.count > 1, namesFusion(rows[rows.index(after: rows.startIndex)]) { return }
        if looksLikeHeader, rows.count == 1 { return }
        let tried = layouts.map { "\($0.name) (\($0.identifyingColumns))" }.joined(separator: "; ")
        let culprit = looksLikeHeader && rows.count > 1 ? rows[rows.index(after: rows.startIndex)] : first
        throw TableProblem(
            line: first.number,
            problem: "is no fusion table hemimatch reads. Formats tried: \(tried); "
                + description + ", but line \(culprit.number) starts with '\(culprit.fields[0])'")
    }

    /// The calls of a plain list. A first line whose first cell looks like a column name (letters and `_`
    /// only) with more columns after it is a header.
    static func calls(_ lines: ArraySlice<TextLine>, source: String) throws(TableProblem) -> [FusionCall] {
        var calls: [FusionCall] = []
        for line in lines where !line.isComment {
            let cells = line.fields
            let name = cells[0].trimmed()
            let separator = name.contains("::") ? "::" : "--"
            let genes = name.split(separator: separator, omittingEmptySubsequences: false).map { FusionTableReader.cleanGene(String($0)) }
            guard genes.count == 2 else {
                if line.number == lines.first?.number, cells.count > 1,
                    name.allSatisfy({ $0.isLetter || $0 == "_" || $0 == " " })
                {
                    continue
                }
                throw TableProblem(
                    line: line.number,
                    problem: genes.count > 2
                        ? "'\(name)' names more than two genes"
                        : "'\(name)' is not a fusion written GENE1::GENE2 or GENE1--GENE2 (a single '-' belongs to gene names)")
            }
            switch (genes[0].isEmpty, genes[1].isEmpty) {
            case (true, true): throw TableProblem(line: line.number, problem: "'\(name)' names no gene on either side")
            case (true, false): throw TableProblem(line: line.number, problem: "'\(name)' has no 5' gene")
            case (false, true): throw TableProblem(line: line.number, problem: "'\(name)' has no 3' gene")
            case (false, false):
                calls.append(
                    FusionCall(
                        fivePrime: FusionPartner(gene: genes[0]), threePrime: FusionPartner(gene: genes[1]),
                        evidence: .tableRow(file: source, line: line.number)))
            }
        }
        return calls
    }
}

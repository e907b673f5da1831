import Tables

/// Reads a fusion caller's table (Arriba, STAR-Fusion, FusionInspector, ctat-LR-fusion, FusionCatcher,
/// JAFFA/JAFFAL, CICERO) or a hand-written list of fusions.
///
/// The layout is recognised from the header line, never from the file name, and every column is read by name.
public enum FusionTableReader {
    /// The layout found and every fusion in the file at `path`, in file order. A header without rows gives no calls.
    public static func read(path: String) throws(CallerTableError) -> (format: FusionTableFormat, calls: [FusionCall]) {
        do throws(TableProblem) {
            return try read(TextLine.read(path: path), source: fileName(path))
        } catch {
            throw CallerTableError(file: path, line: error.line, problem: error.problem)
        }
    }

    /// A function that turns one row of a caller's table into a call, given the row's evidence text.
    private typealias RowReader = (TableRow, String) throws(TableProblem) -> FusionCall

    /// Finds the header among the leading comment lines; the first line that is neither starts a plain list.
    private static func read(_ lines: [TextLine], source: String) throws(TableProblem)
        -> (format: FusionTableFormat, calls: [FusionCall]) {
        let lines = commaSeparatedAsTabs(lines)
        for (index, line) in lines.enumerated() where !line.text.hasPrefix("##") {
            let names = line.fields.map { String($0.drop { $0 == "#" }) }
            if case let (format, readRow)? = layout(header: names) {
                let header = try TableHeader(line, names: names, required: format.requiredColumns,
                                             omittable: format.omittableColumns)
                let sampleColumn = sampleColumn(format, names: names)
                var calls: [FusionCall] = []
                for line in lines[(index + 1)...] where !line.isComment {
                    let row = try header.row(line)
                    var call = try readRow(row, "\(source) line \(line.number)")
                    if let sampleColumn {
                        guard !row[sampleColumn].isEmpty else { throw row.problem(sampleColumn, "names no sample") }
                        call.sample = row[sampleColumn]
                    }
                    calls.append(call)
                }
                return (format, calls)
            }
            if !line.isComment {
                try requirePlainList(lines[index...], header: names)
                return (.plainList, try plainList(lines[index...], source: source))
            }
        }
        return (.plainList, [])
    }

    /// The caller layout whose header these column names (leading `#` removed) name, and its row reader.
    private static func layout(header names: [String]) -> (FusionTableFormat, RowReader)? {
        let columns = Set(names)
        if names.starts(with: ["gene1", "gene2", "strand1(gene/fusion)"]) { return (.arriba, arribaCall) }
        if columns.contains("FusionName"), columns.contains("num_LR") { return (.ctatLRFusion, ctatLRFusionCall) }
        // STAR-Fusion's own tables start with FusionName; consolidated ones put one sample column first.
        if let position = names.firstIndex(of: "FusionName"), position <= 1 {
            if columns.contains("NumCounterFusionLeft") || columns.contains("FAR_left") { return (.fusionInspector, starFusionCall) }
            return (.starFusion, starFusionCall)
        }
        if names.first == "Gene_1_symbol(5end_fusion_partner)" { return (.fusionCatcher, fusionCatcherCall) }
        if columns.contains("fusion genes"), columns.contains("classification") { return (.jaffa, jaffaCall) }
        if columns.contains("geneA"), columns.contains("geneB"), columns.contains("rating") { return (.cicero, ciceroCall) }
        return nil
    }

    /// Column names that say a consolidated table's rows belong to different samples.
    static let sampleColumnNames = ["sample", "sample_name", "sample_id", "Sample", "SampleID"]

    /// The column naming each row's sample: a column before STAR-Fusion's `FusionName`, else one named
    /// as `sampleColumnNames` (JAFFA's and CICERO's `sample`).
    private static func sampleColumn(_ format: FusionTableFormat, names: [String]) -> String? {
        let named = sampleColumnNames.first(where: names.contains)
        switch format {
        case .starFusion, .fusionInspector, .ctatLRFusion:
            return names.firstIndex(of: "FusionName") == 1 ? names[0] : named
        case .jaffa, .cicero:
            return named
        case .arriba, .fusionCatcher, .plainList:
            return nil
        }
    }

    /// A table is read as a plain list only when it is one: its first line (or the line after a
    /// one-word-per-column header) names a fusion `A::B` or `A--B`. Anything else is an unknown
    /// table, refused with the formats tried.
    private static func requirePlainList(_ lines: ArraySlice<TextLine>, header names: [String]) throws(TableProblem) {
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
        let tried = FusionTableFormat.identification.map { "\($0.name) (\($0.columns))" }.joined(separator: "; ")
        let culprit = looksLikeHeader && rows.count > 1 ? rows[rows.index(after: rows.startIndex)] : first
        throw TableProblem(line: first.number, problem: "is no fusion table hemimatch reads. Formats tried: \(tried); "
            + "a plain list (GENE1::GENE2 or GENE1--GENE2 in the first column, a single '-' belonging to gene names), "
            + "but line \(culprit.number) starts with '\(culprit.fields[0])'")
    }

    private static func arribaCall(_ row: TableRow, evidence: String) throws(TableProblem) -> FusionCall {
        let first = try partner(row, gene: "gene1", breakpoint: "breakpoint1", name: ArribaColumns.nearestGene)
        let second = try partner(row, gene: "gene2", breakpoint: "breakpoint2", name: ArribaColumns.nearestGene)
        let firstIsFivePrime = ArribaColumns.sideOneIsFivePrime(row)
        let confidence = row["confidence"].lowercased()
        return FusionCall(fivePrime: firstIsFivePrime == false ? second : first,
                          threePrime: firstIsFivePrime == false ? first : second,
                          orientationKnown: firstIsFivePrime != nil,
                          inFrame: ArribaColumns.inFrame(row["reading_frame"]),
                          confidence: confidence.isEmpty || confidence == "." ? nil : confidence,
                          supportingReads: try row.wholeNumber("split_reads1") + row.wholeNumber("split_reads2")
                              + row.wholeNumber("discordant_mates"),
                          evidence: evidence)
    }

    private static func starFusionCall(_ row: TableRow, evidence: String) throws(TableProblem) -> FusionCall {
        FusionCall(fivePrime: try partner(row, gene: "LeftGene", breakpoint: "LeftBreakpoint"),
                   threePrime: try partner(row, gene: "RightGene", breakpoint: "RightBreakpoint"),
                   inFrame: ["INFRAME": true, "FRAMESHIFT": false][row["PROT_FUSION_TYPE"]],
                   supportingReads: try row.wholeNumber("JunctionReadCount") + row.wholeNumber("SpanningFragCount"),
                   evidence: evidence)
    }

    private static func fusionCatcherCall(_ row: TableRow, evidence: String) throws(TableProblem) -> FusionCall {
        FusionCall(fivePrime: try partner(row, gene: "Gene_1_symbol(5end_fusion_partner)",
                                          breakpoint: "Fusion_point_for_gene_1(5end_fusion_partner)"),
                   threePrime: try partner(row, gene: "Gene_2_symbol(3end_fusion_partner)",
                                           breakpoint: "Fusion_point_for_gene_2(3end_fusion_partner)"),
                   inFrame: ["in-frame": true, "out-of-frame": false][row["Predicted_effect"]],
                   supportingReads: try row.wholeNumber("Spanning_pairs") + row.wholeNumber("Spanning_unique_reads"),
                   evidence: evidence)
    }

    /// The partner named in `gene` with its breakpoint; throws when the gene cell is empty.
    static func partner(_ row: TableRow, gene: String, breakpoint: String,
                                name: (String) -> String = { $0 }) throws(TableProblem) -> FusionPartner {
        let symbol = cleanGene(name(row[gene]))
        guard !symbol.isEmpty else { throw row.problem(gene, "names no gene") }
        let place = try row.breakpoint(breakpoint)
        return FusionPartner(gene: symbol, contig: place?.contig, position: place?.position)
    }

    /// `GENE1::GENE2` or `GENE1--GENE2` in the first column of each line; `#` lines are comments. A first line
    /// whose first cell looks like a column name (letters and `_` only) with more columns after it is a header.
    private static func plainList(_ lines: ArraySlice<TextLine>, source: String) throws(TableProblem) -> [FusionCall] {
        var calls: [FusionCall] = []
        for line in lines where !line.isComment {
            let cells = line.fields
            let name = cells[0].trimmingCharacters(in: .whitespaces)
            let separator = name.contains("::") ? "::" : "--"
            let genes = name.split(separator: separator, omittingEmptySubsequences: false).map { cleanGene(String($0)) }
            guard genes.count == 2 else {
                if line.number == lines.first?.number, cells.count > 1,
                   name.allSatisfy({ $0.isLetter || $0 == "_" || $0 == " " }) { continue }
                throw TableProblem(line: line.number, problem: genes.count > 2
                    ? "'\(name)' names more than two genes"
                    : "'\(name)' is not a fusion written GENE1::GENE2 or GENE1--GENE2 (a single '-' belongs to gene names)")
            }
            switch (genes[0].isEmpty, genes[1].isEmpty) {
            case (true, true): throw TableProblem(line: line.number, problem: "'\(name)' names no gene on either side")
            case (true, false): throw TableProblem(line: line.number, problem: "'\(name)' has no 5' gene")
            case (false, true): throw TableProblem(line: line.number, problem: "'\(name)' has no 3' gene")
            case (false, false):
                calls.append(FusionCall(fivePrime: FusionPartner(gene: genes[0]), threePrime: FusionPartner(gene: genes[1]),
                                        evidence: "\(source) line \(line.number)"))
            }
        }
        return calls
    }

    /// A gene symbol without STAR-Fusion's `^ENSG…` suffix or a locus name's trailing `@` (`IGH@` is IGH);
    /// empty for Arriba's `.` (no gene).
    static func cleanGene(_ text: String) -> String {
        var symbol = text.prefix { $0 != "^" }.trimmingCharacters(in: .whitespaces)
        if symbol.hasSuffix("@") { symbol.removeLast() }
        return symbol == "." ? "" : symbol
    }
}

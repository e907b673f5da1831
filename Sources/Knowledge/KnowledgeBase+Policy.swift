import FoundationEssentials
import Tables

extension KnowledgeBase {
    /// Reads `policy.tsv`: every cue known, every gene in `genes.tsv`, every undermined drug given by
    /// some group, every source in `sources.tsv`, no cue twice for a gene, exactly one not-assessed note.
    static func loadPolicy(
        _ path: String, genes: [String: Gene], groups: [TreatmentGroup],
        sources: [String: Source]
    ) throws(KnowledgeBaseError) -> TrialPolicy {
        let table = try TSVTable(path: path, requiredColumns: ["cue", "gene", "value", "source_ids"])
        let drugs = Set(groups.flatMap { $0.drugs.lowercased().split(separator: ",").map { $0.trimmed() } })
        var entries: [TrialPolicy.Entry] = []
        for row in table.rows {
            func fail(_ field: String, _ problem: String) -> KnowledgeBaseError {
                KnowledgeBaseError(file: path, line: row.line, field: field, problem: problem)
            }
            guard let cue = TrialPolicy.Cue(rawValue: row["cue"]) else {
                throw fail("cue", "unknown cue '\(row["cue"])' (\(TrialPolicy.Cue.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let gene = row["gene"], value = row["value"]
            if cue == .notAssessedNote {
                guard gene.isEmpty else { throw fail("gene", "the not-assessed note names no gene") }
            } else if genes[gene] == nil {
                throw fail("gene", "unknown gene '\(gene)' (not in \(File.genes))")
            }
            guard !value.isEmpty || cue == .contextDeletion else { throw fail("value", "\(cue.rawValue) needs a value") }
            if cue == .underminedDrug, !drugs.contains(value.lowercased()) {
                throw fail("value", "no group of \(File.groups) gives '\(value)'")
            }
            guard !entries.contains(where: { $0.cue == cue && $0.gene == gene && (cue != .underminedDrug || $0.value == value) }) else {
                throw fail("gene", cue == .notAssessedNote ? "a second not-assessed note" : "\(gene) has this \(cue.rawValue) already")
            }
            let sourceIDs: [String]
            do {
                sourceIDs = try sourceList(row["source_ids"], row: row, table: table, sources: sources)
            } catch {
                throw fail("source_ids", error.problem)
            }
            entries.append(TrialPolicy.Entry(cue: cue, gene: gene, value: value, sourceIDs: sourceIDs))
        }
        guard entries.contains(where: { $0.cue == .notAssessedNote }) else {
            throw KnowledgeBaseError(file: path, problem: "has no not-assessed-note row (what no variant call can assess)")
        }
        return TrialPolicy(entries: entries)
    }
}

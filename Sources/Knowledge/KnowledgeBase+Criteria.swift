extension KnowledgeBase {
    /// Reads `criteria.tsv`: a group of `groups.tsv`, a known kind, a number where the kind needs one,
    /// drugs where it names drugs, a criterion number and its sources.
    static func loadCriteria(_ path: String, groups: [TreatmentGroup], sources: [String: Source]) throws(KnowledgeBaseError) -> [ClinicalCriterion] {
        let table = try TSVTable(path: path, requiredColumns: ["group", "criterion", "kind", "value", "source_ids", "text"])
        let letters = Set(groups.map(\.letter))
        return try table.rows.map { row throws(KnowledgeBaseError) in
            func fail(_ field: String, _ problem: String) -> KnowledgeBaseError {
                KnowledgeBaseError(file: path, line: row.line, field: field, problem: problem)
            }
            guard letters.contains(row["group"]) else { throw fail("group", "unknown group '\(row["group"])' (not in \(File.groups))") }
            guard let kind = ClinicalCriterion.Kind(rawValue: row["kind"]) else {
                throw fail("kind", "unknown kind '\(row["kind"])' (\(ClinicalCriterion.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard !row["criterion"].isEmpty else { throw fail("criterion", "needs the registry's criterion number") }
            switch kind {
            case .priorCombination, .priorDrug:
                guard !row["value"].isEmpty, !row["value"].split(separator: "+", omittingEmptySubsequences: false).contains(where: { $0.isEmpty })
                else {
                    throw fail("value", "needs the drugs, joined by +")
                }
            case .crlf2Route:
                break
            default:
                guard let number = Double(row["value"]), number > 0 else { throw fail("value", "needs a positive number, not '\(row["value"])'") }
            }
            let sourceIDs: [String]
            do throws(KnowledgeBaseError) {
                sourceIDs = try sourceList(row["source_ids"], row: row, table: table, sources: sources)
            } catch {
                throw fail("source_ids", error.problem)
            }
            return ClinicalCriterion(
                group: row["group"], criterion: row["criterion"], kind: kind, value: row["value"],
                sourceIDs: sourceIDs, text: row["text"])
        }
    }
}

extension KnowledgeBase {
    /// Reads `recruitment.tsv`: one row per group of `groups.tsv` at most, a known status, a date
    /// (YYYY-MM or YYYY-MM-DD) unless the status is unknown, known sources.
    static func loadRecruitment(_ path: String, groups: [TreatmentGroup], sources: [String: Source]) throws(KnowledgeBaseError) -> [Recruitment] {
        let table = try TSVTable(path: path, requiredColumns: ["group", "status", "as_of", "source_ids", "note"])
        let letters = Set(groups.map(\.letter))
        var rows: [Recruitment] = []
        for row in table.rows {
            func fail(_ field: String, _ problem: String) -> KnowledgeBaseError {
                KnowledgeBaseError(file: path, line: row.line, field: field, problem: problem)
            }
            let group = row["group"]
            guard letters.contains(group) else { throw fail("group", "unknown group '\(group)' (not in \(File.groups))") }
            guard !rows.contains(where: { $0.group == group }) else { throw fail("group", "group \(group) listed twice") }
            guard let status = Recruitment.Status(rawValue: row["status"]) else {
                throw fail("status", "unknown status '\(row["status"])' (\(Recruitment.Status.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let date = row["as_of"]
            let shape = date.split(separator: "-", omittingEmptySubsequences: false)
            let dated = (2...3).contains(shape.count) && shape.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) } && shape[0].count == 4
            guard dated || (status == .unknown && date.isEmpty) else { throw fail("as_of", "needs the source's date, YYYY-MM or YYYY-MM-DD") }
            let sourceIDs: [String]
            do throws(KnowledgeBaseError) {
                sourceIDs = try sourceList(row["source_ids"], row: row, table: table, sources: sources)
            } catch {
                throw fail("source_ids", error.problem)
            }
            rows.append(Recruitment(group: group, status: status, asOf: date, sourceIDs: sourceIDs, note: row["note"]))
        }
        return rows
    }
}

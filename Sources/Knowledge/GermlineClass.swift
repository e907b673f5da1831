import FoundationEssentials
import Tables

/// What is known of an allele's origin, from `Reference/germline_classes.tsv`: a constitutional
/// (RASopathy) allele is reported to the board when it is inherited, never silently dropped; a
/// somatic-only hotspot seen in the matched normal below the tumor's VAF is tumor-in-normal.
public struct GermlineClass: Sendable, Equatable {
    public enum Origin: String, Sendable {
        /// Reported as a germline cause of a RASopathy or JMML predisposition.
        case constitutional
        /// A somatic hotspot not reported as constitutional: in a normal it is leukemic cells.
        case somaticOnly = "somatic-only"
    }

    public let gene: String
    /// `p.N308D` (that change), `G12` (any change at the codon) or a rule id (`D-FLT3-ITD`).
    public let targets: [String]
    public let origin: Origin
    public let sourceIDs: [String]

    /// Whether an alteration of `gene` met by `ruleID` (`p.G12D`, `p.N308D`) is one of the targets.
    public func covers(gene: String, alteration: String, ruleID: String) -> Bool {
        guard gene == self.gene else { return false }
        let body = alteration.hasPrefix("p.") ? alteration.dropFirst(2) : ""
        let residue = body.prefix { $0.isLetter }
        let number = body.dropFirst(residue.count).prefix { $0.isNumber }
        let codon = residue.count == 1 && !number.isEmpty ? String(residue + number) : ""
        return targets.contains { $0 == ruleID || $0 == alteration || (!codon.isEmpty && $0 == codon) }
    }
}

extension KnowledgeBase {
    /// The germline-class table; a knowledge base without the file has no entries.
    static func loadGermlineClasses(
        _ path: String, genes: [String: Gene], rules: [Rule],
        sources: [String: Source]
    ) throws(KnowledgeBaseError) -> [GermlineClass] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let table = try TSVTable(path: path, requiredColumns: ["gene", "targets", "origin", "source_ids", "note"])
        let ruleIDs = Set(rules.map(\.id))
        return try table.rows.map { row throws(KnowledgeBaseError) -> GermlineClass in
            func fail(_ field: String, _ problem: String) -> KnowledgeBaseError {
                KnowledgeBaseError(file: path, line: row.line, field: field, problem: problem)
            }
            guard genes[row["gene"]] != nil else { throw fail("gene", "unknown gene '\(row["gene"])'") }
            guard let origin = GermlineClass.Origin(rawValue: row["origin"]) else { throw fail("origin", "must be constitutional or somatic-only") }
            let targets = listItems(row["targets"], separator: ",")
            for target in targets
            where !(target.hasPrefix("p.") || ruleIDs.contains(target) || target.first?.isLetter == true && target.dropFirst().allSatisfy(\.isNumber))
            {
                throw fail("targets", "'\(target)' is neither a protein change, a codon nor a rule id")
            }
            guard !targets.isEmpty else { throw fail("targets", "names nothing") }
            let ids = listItems(row["source_ids"], separator: ";")
            for id in ids where sources[id] == nil { throw fail("source_ids", "unknown source '\(id)'") }
            guard !ids.isEmpty else { throw fail("source_ids", "names no source") }
            return GermlineClass(gene: row["gene"], targets: targets, origin: origin, sourceIDs: ids)
        }
    }
}

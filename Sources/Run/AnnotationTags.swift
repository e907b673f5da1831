import FoundationEssentials
import Profile
import VariantIO

/// The input written back through htslib with `HEMI_RULE`, `HEMI_GROUP` and `HEMI_ALTERATION` on
/// the records behind an actionable alteration: `annotate`'s work below its atomic rename.
public enum AnnotationTags {
    /// The INFO tags written, with their header descriptions.
    public static let definitions = [
        ("HEMI_RULE", "hemimatch knowledge-base rule(s) the record's alteration meets"),
        ("HEMI_GROUP", "HEM-iSMART group(s) the record's alteration qualifies for"),
        ("HEMI_ALTERATION", "Actionable alteration(s) the record supports, as GENE:change"),
    ]

    /// Copies `input` to `output` in `format`, every record kept, tagging those `report` names.
    public static func write(input: String, report: MatchReport, to output: String, format: VariantWriter.Format) throws(RunError) {
        let tags = tags(report)
        let headerLines =
            definitions.map { "##INFO=<ID=\($0.0),Number=.,Type=String,Description=\"\($0.1)\">" } + [
                "##hemimatch_version=\(report.run.toolVersion)",
                "##hemimatch_kb_version=\(report.run.knowledgeBaseLabel)",
                "##hemimatch_genome_build=\(report.run.genomeBuildLabel)",
            ]
        do {
            _ = try VariantWriter.copy(
                input: input, output: output, format: format,
                headerLines: headerLines, infoTags: definitions.map(\.0)
            ) { record in
                record.keys.lazy.compactMap { tags[$0] }.first ?? []
            }
        } catch let error as VariantIOError {
            throw RunError(error)
        } catch {
            throw RunError(.outputFailed, "\(error)")
        }
    }

    /// The INFO values per record (an allele, or a structural record by its ID), from every profiled
    /// sample's alterations; a table row or segment names no record of the file and tags none.
    static func tags(_ report: MatchReport) -> [VariantKey: [(tag: String, value: String)]] {
        var alterations: [VariantKey: [Alteration]] = [:]
        for alteration in report.samples.flatMap(\.alterations) {
            for record in alteration.records {
                guard let key = record.locus.flatMap(key), !(alterations[key] ?? []).contains(alteration) else { continue }
                alterations[key, default: []].append(alteration)
            }
        }
        return alterations.mapValues { found in
            let unique = { (values: [String]) in
                var seen: Set<String> = []
                return values.filter { seen.insert($0).inserted }.map(clean).joined(separator: ",")
            }
            return [
                ("HEMI_RULE", unique(found.map(\.ruleID))),
                ("HEMI_GROUP", unique(found.flatMap(\.groups).sorted())),
                ("HEMI_ALTERATION", unique(found.map { "\($0.gene):\($0.alteration)" })),
            ]
        }
    }

    /// The key the writer finds the record by: an allele, or a structural record or single breakend by
    /// its ID; nil for a row of a fusion table or copy-number file, which is no record of the file.
    static func key(_ locus: RecordLocus) -> VariantKey? {
        switch locus.kind {
        case .allele:
            guard let contig = locus.contig, let position = locus.position, let ref = locus.ref, let alt = locus.alt else { return nil }
            return .allele(contig: contig, position: position, ref: ref, alt: alt)
        case .structuralRecord, .singleBreakend:
            guard let contig = locus.contig, let position = locus.position, let id = locus.id else { return nil }
            return .record(contig: contig, position: position, id: id)
        case .tableRow, .segment: return nil
        }
    }

    /// A value an INFO string may hold: no white space, `;`, `=` or `,`.
    private static func clean(_ value: String) -> String {
        String(value.map { $0.isWhitespace || ";=,".contains($0) ? "_" : $0 })
    }
}

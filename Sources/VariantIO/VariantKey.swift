/// How a variant is named in findings and found again when the file is annotated: one value for the
/// matcher that names it and the writer that looks it up, compared field by field (a contig or ID that
/// holds a `:` cannot make two records equal), and one spelling in reports (`description`).
public enum VariantKey: Hashable, Sendable, CustomStringConvertible {
    /// One ALT allele of a record.
    case allele(contig: String, position: Int, ref: String, alt: String)
    /// A structural record by its ID (its mate names it so).
    case record(contig: String, position: Int, id: String)

    /// `contig:pos:ref:alt` for an allele, `contig:pos:id` for a record by its ID.
    public var description: String {
        switch self {
        case .allele(let contig, let position, let ref, let alt): "\(contig):\(position):\(ref):\(alt)"
        case .record(let contig, let position, let id): "\(contig):\(position):\(id)"
        }
    }
}

extension VariantRecord {
    /// The FILTER column as written: `PASS`, `.`, or the failing filters joined by `;`.
    public var filterText: String { filters.isEmpty ? "." : filters.joined(separator: ";") }
}

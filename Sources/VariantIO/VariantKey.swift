/// How a variant is named in findings and found again when the file is annotated: one spelling for
/// the matcher that names it and the writer that looks it up.
public enum VariantKey {
    /// `contig:pos:ref:alt`, one allele of a record.
    public static func allele(contig: String, position: Int, ref: String, alt: String) -> String {
        "\(contig):\(position):\(ref):\(alt)"
    }

    /// `contig:pos:id`, a structural record by its ID (its mate names it so).
    public static func record(contig: String, position: Int, id: String) -> String {
        "\(contig):\(position):\(id)"
    }
}

extension VariantRecord {
    /// The FILTER column as written: `PASS`, `.`, or the failing filters joined by `;`.
    public var filterText: String { filters.isEmpty ? "." : filters.joined(separator: ";") }
}

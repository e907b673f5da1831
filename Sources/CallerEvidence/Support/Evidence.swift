import VariantIO

/// What a finding rests on, as the input wrote it: one ALT allele of a record, a structural record, a
/// row of a fusion table, a segment of a copy-number file, or a single breakend (or, for `explain`, a
/// change only written). Its filter or confidence travels beside it. Its `description` is
/// how reports and warnings name it (`chr12:25245350:C:T`, `chr22:23290413:bnd_1`, `arriba.tsv line 2`);
/// identity and grouping use the value, never that text.
public enum Evidence: Hashable, Sendable, CustomStringConvertible {
    /// One ALT allele of a VCF/BCF record or MAF row.
    case allele(contig: String, position: Int, ref: String, alt: String)
    /// A structural record (a breakend or a symbolic allele), by the ID its mate names it with.
    case structuralRecord(contig: String, position: Int, id: String)
    /// A row of a fusion caller's table (`file` is the table's file name).
    case tableRow(file: String, line: Int)
    /// A row of a copy-number segment file (`file` is its file name).
    case segment(file: String, line: Int)
    /// A structural record with one side only (`.A`, `A.`): its partner is not placed.
    case singleBreakend(contig: String, position: Int, id: String)
    /// A change as a person wrote it (`explain BCR::ABL1`): no record behind it.
    case asWritten(String)

    public var description: String {
        switch self {
        case .allele(let contig, let position, let ref, let alt):
            VariantKey.allele(contig: contig, position: position, ref: ref, alt: alt).description
        case .structuralRecord(let contig, let position, let id), .singleBreakend(let contig, let position, let id):
            VariantKey.record(contig: contig, position: position, id: id).description
        case .tableRow(let file, let line), .segment(let file, let line): "\(file) line \(line)"
        case .asWritten(let text): text
        }
    }
}

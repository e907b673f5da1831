/// Where a supporting record sits, as fields an export can read without parsing `SupportingRecord.variant`:
/// an allele at a locus (contig, position, ref, alt), a structural record or single breakend (contig,
/// position, id), or a row of a fusion table or copy-number file (file, line).
public struct RecordLocus: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case allele
        case structuralRecord = "structural-record"
        case singleBreakend = "single-breakend"
        case tableRow = "table-row"
        case segment
    }

    public let kind: Kind
    public var contig: String?
    public var position: Int?
    public var ref: String?
    public var alt: String?
    public var id: String?
    public var file: String?
    public var line: Int?

    public init(
        kind: Kind, contig: String? = nil, position: Int? = nil, ref: String? = nil, alt: String? = nil, id: String? = nil,
        file: String? = nil, line: Int? = nil
    ) {
        self.kind = kind
        self.contig = contig
        self.position = position
        self.ref = ref
        self.alt = alt
        self.id = id
        self.file = file
        self.line = line
    }

    /// One ALT allele of a record.
    public static func allele(contig: String, position: Int, ref: String, alt: String) -> RecordLocus {
        RecordLocus(kind: .allele, contig: contig, position: position, ref: ref, alt: alt)
    }

    /// A structural record or single breakend, by the ID its record gives.
    public static func record(_ kind: Kind, contig: String, position: Int, id: String) -> RecordLocus {
        RecordLocus(kind: kind, contig: contig, position: position, id: id)
    }

    /// A row of a fusion table or copy-number file.
    public static func row(_ kind: Kind, file: String, line: Int) -> RecordLocus {
        RecordLocus(kind: kind, file: file, line: line)
    }
}

/// A contig declared in the header (`##contig`), with its length when one is given.
public struct Contig: Sendable, Equatable {
    public let name: String
    public let length: Int?

    public init(name: String, length: Int?) {
        self.name = name
        self.length = length
    }
}

/// An INFO or FORMAT field as the header declares it.
public struct FieldDefinition: Sendable, Equatable {
    public let id: String
    public let number: String
    public let type: String
    public let description: String

    /// A definition made by hemimatch itself (a MAF's annotation layout), not read from a file.
    public init(id: String, number: String, type: String, description: String) {
        self.id = id
        self.number = number
        self.type = type
        self.description = description
    }
}

/// What the header of a VCF/BCF file says, copied out of htslib into plain values.
public struct VariantHeader: Sendable {
    public let samples: [String]
    public let contigs: [Contig]
    public let info: [FieldDefinition]
    public let format: [FieldDefinition]
    /// Generic `##key=value` lines in file order (e.g. `reference`, `tumor_sample`).
    public let meta: [(key: String, value: String)]
    /// Structured `##key=<ID=…,…>` lines other than INFO, FORMAT, FILTER and contig, in file order
    /// (MuTect's `##GATKCommandLine`, megSAP's `##SAMPLE`), their values unquoted.
    public let structuredMeta: [(key: String, fields: [String: String])]

    /// A header made by hemimatch itself: what a VCF of a table's calls would declare.
    public init(
        samples: [String], contigs: [Contig], info: [FieldDefinition], format: [FieldDefinition],
        meta: [(key: String, value: String)], structuredMeta: [(key: String, fields: [String: String])] = []
    ) {
        self.samples = samples
        self.contigs = contigs
        self.info = info
        self.format = format
        self.meta = meta
        self.structuredMeta = structuredMeta
    }

    /// The first value of a generic `##key=value` line.
    public func metaValue(_ key: String) -> String? {
        meta.first { $0.key == key }?.value
    }

    public func infoDefinition(_ id: String) -> FieldDefinition? {
        info.first { $0.id == id }
    }

    public func formatDefinition(_ id: String) -> FieldDefinition? {
        format.first { $0.id == id }
    }
}

import VariantIO

/// A MAF's calls as the records and samples a VCF of the same calls holds.
public struct MAFCalls: Sendable {
    /// Every sample: the tumors (`Tumor_Sample_Barcode`, in order of first row), then the matched
    /// normals that are not tumors themselves.
    public let samples: [String]
    public let tumors: [String]
    /// `Matched_Norm_Sample_Barcode` values that name no tumor.
    public let normals: [String]
    /// The distinct `NCBI_Build` values, in order of first row.
    public let buildNames: [String]
    /// The VEP `CSQ` header description the records' annotation follows; nil for an unannotated MAF.
    public let consequenceFormat: String?
    /// One record per row, in file order.
    public let records: [VariantRecord]
    /// What the user should know about the table (matched normals without read counts, rows skipped).
    public let warnings: [String]
    /// Rows skipped because they cannot be placed on the genome (no position, alleles that contradict
    /// their `Variant_Type`); named in `warnings`.
    public let unplacedRows: Int

    /// The header a VCF of these calls would have: the samples, the `CSQ` definition when annotated,
    /// and each normal named by a `##normal_sample` line.
    public var header: VariantHeader {
        VariantHeader(
            samples: samples, contigs: [],
            info: consequenceFormat.map { [FieldDefinition(id: "CSQ", number: ".", type: "String", description: $0)] } ?? [],
            format: [], meta: normals.map { (key: "normal_sample", value: $0) })
    }
}

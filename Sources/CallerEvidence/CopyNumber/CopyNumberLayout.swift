/// One copy-number caller's segment table: how its header is recognised and which columns a row is read from.
///
/// `CopyNumberReader.layouts` lists every layout in the order they are tried; a new caller is one
/// file conforming to this protocol, one entry there, and its tests.
protocol CopyNumberLayout: Sendable {
    /// The format the report names.
    var format: CopyNumberFormat { get }
    /// The caller's name, for the help and the message when no layout fits.
    var name: String { get }
    /// The columns that identify the layout, as the help and the message say them.
    var identifyingColumns: String { get }
    /// How a row is read, when these lower-case column names (leading `#` and quotes removed) are this
    /// caller's header; `bedHeader` when the line started `#chrom`.
    func columns(_ names: [String], bedHeader: Bool) -> CopyNumberColumns?
}

/// The copy-number layouts `CopyNumberReader` recognises from their header line (names in any letter case).
public enum CopyNumberFormat: String, Sendable {
    case cnvkit, purple, facets, ascat
    /// GDC/TCGA and IGV `.seg`: a sample column, `Chromosome Start End Num_Probes Segment_Mean`.
    case seg
    /// GISTIC 2 segments: `Sample Chromosome Start.bp End.bp Num.Markers Seg.CN`.
    case gistic
    /// DNAcopy / CBS `segments.p` or IGV `.seg`: `ID chrom loc.start loc.end num.mark seg.mean`.
    case dnacopy
    /// GATK ModelSegments `.modelFinal.seg` (posterior median log2 ratio) after SAM-style `@` lines.
    case gatkModelFinal = "gatk-modelfinal"
    /// GATK ModelSegments `.cr.seg` and CallCopyRatioSegments `.called.seg` (mean log2 ratio).
    case gatkCopyRatio = "gatk-cr"
    /// Sequenza `*_segments.txt`: `CNt` the total copy number.
    case sequenza
    /// Any other segment table: `chrom` or `chromosome`, `start`, `end`, and `log2`/`log2_ratio`,
    /// `cn`/`copy_number` or `nMajor` with `nMinor`; 0-based when the header starts `#chrom` (BED).
    case segments
    /// PURPLE `*.purple.purity.tsv`, ASCAT `*.purityploidy.txt`, facets-suite's run summary: a ploidy, no segments.
    case purplePurity = "purple-purity"
    case ascatPurityPloidy = "ascat-purityploidy"
    case facetsRun = "facets-run"

    /// Whether the file is a purity/ploidy summary rather than segments.
    public var isPloidySummary: Bool { [.purplePurity, .ascatPurityPloidy, .facetsRun].contains(self) }
}

/// Where a layout keeps what a segment needs, and where its coordinates start.
struct CopyNumberColumns {
    var chromosome: String
    var start: String
    var end: String
    /// log2 copy-ratio columns, the first non-empty one counting.
    var log2: [String] = []
    /// Total copy number columns, the first non-empty one counting.
    var copyNumber: [String] = []
    /// Major and minor allele copy numbers, summed, when the table gives them instead.
    var alleles: (major: String, minor: String)?
    /// The column naming each row's sample, in tables that hold several.
    var sample: String?
    var zeroBased = false

    /// The first of `candidates` among `names`.
    static func first(_ candidates: [String], in names: [String]) -> String? {
        candidates.first(where: names.contains)
    }

    /// Column names that name a row's sample in segment tables (GDC's `GDC_Aliquot`, TCGA's `Sample`, DNAcopy's `ID`).
    static let sampleNames = ["sample", "sample_id", "samplename", "gdc_aliquot", "id"]
}

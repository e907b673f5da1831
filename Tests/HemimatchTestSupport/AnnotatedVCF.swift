/// A small VEP-annotated GRCh38 VCF of one tumor sample (`TUMOR`, GT:AD), for decision tests that need
/// the calls annotated (so that small variants are screened in full).
public enum AnnotatedVCF {
    /// The header lines, through `#CHROM`.
    public static let header = [
        "##fileformat=VCFv4.2",
        "##contig=<ID=chr1,length=248956422>",
        "##contig=<ID=chr12,length=133275309>",
        "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp|CANONICAL\">",
        "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
        "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">",
        "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR",
    ]

    /// The header and `records`, as lines.
    public static func lines(_ records: [String]) -> [String] { header + records }
}

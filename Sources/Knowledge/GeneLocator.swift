import FoundationEssentials

/// Names the genes at a genomic position in one build, from the whole-genome gene spans
/// (`gene_spans.tsv.gz`), to name the partners of structural-variant breakends. Immunoglobulin
/// segments are named by their locus (`IGH`, `IGK`, `IGL`), as fusion callers and the trial do.
public struct GeneLocator: Sendable {
    public struct Span: Sendable, Equatable {
        public let gene: String
        public let strand: Character
        public let start: Int
        public let end: Int

        public init(gene: String, strand: Character, start: Int, end: Int) {
            self.gene = gene
            self.strand = strand
            self.start = start
            self.end = end
        }
    }

    /// Spans per normalized contig, sorted by start; `longest` bounds the backward search.
    private let spans: [String: [Span]]
    private let longest: Int

    /// Loads `gene_spans.tsv.gz` for `build`, keeping protein-coding, immunoglobulin and T-cell receptor genes.
    public init(path: String, build: GenomeBuild) throws(KnowledgeBaseError) {
        let prefix = build == .grch37 ? "grch37" : "grch38"
        // The build's column names made once, not for each of the 66,000 rows.
        let (chromColumn, startColumn, endColumn) = ("\(prefix)_chrom", "\(prefix)_start", "\(prefix)_end")
        let table = try TSVTable(bgzippedPath: path, requiredColumns: ["gene", "biotype", "strand", chromColumn, startColumn, endColumn])
        var byContig: [String: [Span]] = [:]
        var longest = 0
        for row in table.rows {
            let biotype = row["biotype"]
            guard biotype == "protein_coding" || biotype.hasPrefix("IG_") || biotype.hasPrefix("TR_"),
                let start = Int(row[startColumn]), let end = Int(row[endColumn]), start <= end,
                let strand = row["strand"].first
            else { continue }
            let contig = ContigName.normalized(row[chromColumn])
            byContig[contig, default: []].append(
                Span(
                    gene: GeneSymbol.locus(row["gene"], biotype: biotype), strand: strand,
                    start: start, end: end))
            longest = max(longest, end - start + 1)
        }
        spans = byContig.mapValues { $0.sorted { ($0.start, $0.gene) < ($1.start, $1.gene) } }
        self.longest = longest
    }

    /// Genes whose span overlaps `from...to`; sorted, without repeats.
    public func genes(contig: String, from: Int, to: Int) -> [String] {
        Array(Set(spans(contig: contig, from: from, to: to).map(\.gene))).sorted()
    }

    /// Spans overlapping `from...to`, in start order.
    public func spans(contig: String, from: Int, to: Int) -> [Span] {
        guard let list = spans[ContigName.normalized(contig)], from <= to else { return [] }
        // The first span that could reach `from` starts no earlier than `from - longest`.
        var low = 0
        var high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid].start < from - longest { low = mid + 1 } else { high = mid }
        }
        return list[low...].prefix { $0.start <= to }.filter { $0.end >= from }
    }
}

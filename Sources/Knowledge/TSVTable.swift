import FoundationEssentials
import Tables
import VariantIO

/// A tab-separated table with a header line, as the knowledge-base files are written, read by the
/// shared table reader (`Tables`). Lines starting with `#` and blank lines are skipped; every row must
/// have the header's column count.
struct TSVTable {
    typealias Row = TableRow

    let path: String
    let rows: [Row]

    init(path: String, requiredColumns: [String]) throws(KnowledgeBaseError) {
        // Read by path: a URL for each table, and `Data(contentsOf:)`'s work on it, were a tenth of the
        // knowledge base's loading.
        guard let data = FileManager.default.contents(atPath: path) else {
            throw KnowledgeBaseError(file: path, problem: "cannot be read")
        }
        try self.init(path: path, data: data, requiredColumns: requiredColumns)
    }

    /// A table `bgzip` compressed (`gene_spans.tsv.gz`), decompressed by htslib: a file that is not
    /// BGZF, or lacks its end-of-file block, is refused rather than read short.
    init(bgzippedPath path: String, requiredColumns: [String]) throws(KnowledgeBaseError) {
        let data: Data
        do {
            data = try TextFile.bgzipped(path: path)
        } catch {
            throw KnowledgeBaseError(file: path, problem: error.detail)
        }
        try self.init(path: path, data: data, requiredColumns: requiredColumns)
    }

    private init(path: String, data: Data, requiredColumns: [String]) throws(KnowledgeBaseError) {
        self.path = path
        do throws(TableProblem) {
            let lines = try TextLine.lines(in: data).filter { !$0.isComment }
            guard let first = lines.first else { throw TableProblem(line: nil, problem: "is empty") }
            let header = try TableHeader(first, names: first.fields, required: requiredColumns)
            rows = try lines.dropFirst().map { line throws(TableProblem) in try header.row(line) }
        } catch {
            throw KnowledgeBaseError(file: path, line: error.line, problem: error.problem)
        }
    }
}

import FoundationEssentials
import Tables
import VariantIO

// The caller tables' files: read through htslib's BGZF stream (plain, gzip or BGZF), then split by the
// shared table reader (`Tables`). Problems carry the line only; each reader adds the file in `CallerTableError`.

extension TextLine {
    /// The non-blank lines of the file at `path` (plain, gzip or BGZF); throws when it cannot be read,
    /// is not UTF-8 or has none.
    static func read(path: String) throws(TableProblem) -> [TextLine] {
        let data: Data
        do {
            data = try TextFile.bytes(path: path)
        } catch {
            throw TableProblem(line: nil, problem: error.detail)
        }
        return try lines(in: data)
    }
}

/// `path`'s last component, the name a report shows as evidence.
func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
}

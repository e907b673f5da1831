import CHTSShims
import CHTSlib
import FoundationEssentials

/// An input opened once through htslib and told by its content: a VCF/BCF ready to be read, or a
/// text table's decompressed bytes. A stream (standard input, a FIFO, `<(…)`) cannot be opened a
/// second time, so the format is sniffed from the handle that then reads it.
public enum OpenedInput {
    case variants(VariantReader)
    case table(Data)

    /// Opens `path` (`-`, a local path or a remote URL). Text that htslib does not recognise is
    /// accepted as a table when `isTable` holds for its first 64 KiB (decompressed); it is then read
    /// whole, at most `tableLimit` bytes. `indexed`: a VCF/BCF is to be read through its index
    /// (`VariantReader.init(path:threads:request:indexed:)`).
    public static func open(
        path: String, threads: Int, request: FieldRequest, indexed: Bool = false, isTable: (Data) -> Bool,
        tableLimit: Int = 4 << 30
    ) throws(VariantIOError) -> OpenedInput {
        let file = try VariantReader.open(path)
        let format = hts_get_format(file).pointee
        if format.category == variant_data, format.format == vcf || format.format == bcf {
            return .variants(try VariantReader(file: file, path: path, threads: threads, request: request, indexed: indexed))
        }
        defer { hts_close(file) }
        guard format.format == text_format else { throw VariantReader.notVariantFile(path, format) }
        let prefix = try read(file, path: path, limit: 1 << 16)
        guard isTable(prefix) else { throw VariantReader.notVariantFile(path, format) }
        var data = prefix
        if prefix.count == 1 << 16 { data += try read(file, path: path, limit: tableLimit - prefix.count) }
        return .table(data)
    }

    /// Up to `limit` further decompressed bytes of `file`.
    private static func read(_ file: UnsafeMutablePointer<htsFile>, path: String, limit: Int) throws(VariantIOError) -> Data {
        try TextFile.drain(path: path, limit: limit) { hm_text_read(file, $0, $1) }
    }
}

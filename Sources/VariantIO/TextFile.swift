import CHTSShims
import CHTSlib
import Foundation

/// The bytes of a text file, plain, gzip or BGZF alike: decompression is htslib's (its BGZF stream
/// reads all three), so a table is read whatever its compression, told from its content, not its name.
public enum TextFile {
    /// The file's decompressed bytes, at most `limit` of them.
    public static func bytes(path: String, limit: Int = .max) throws(VariantIOError) -> Data {
        hm_silence_htslib()
        guard let stream = bgzf_open(path, "r") else {
            throw VariantIOError(.unreadable, path: path, detail: "cannot be read")
        }
        defer { bgzf_close(stream) }
        var data = Data()
        var block = [UInt8](repeating: 0, count: 1 << 16)
        while data.count < limit {
            let read = block.withUnsafeMutableBytes { bgzf_read(stream, $0.baseAddress, min($0.count, limit - data.count)) }
            guard read >= 0 else { throw VariantIOError(.truncated, path: path, detail: "the compressed stream is truncated or corrupt") }
            if read == 0 { break }
            data.append(contentsOf: block[0..<read])
        }
        return data
    }
}

import CHTSShims
import CHTSlib
import FoundationEssentials

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
        return try drain(path: path, limit: limit) { bgzf_read(stream, $0, $1) }
    }

    /// The decompressed bytes of a file `bgzip` wrote, refused unless it is BGZF and ends with BGZF's
    /// end-of-file block: a copy cut between two blocks would otherwise read as a shorter, valid file.
    public static func bgzipped(path: String) throws(VariantIOError) -> Data {
        hm_silence_htslib()
        guard let stream = bgzf_open(path, "r") else {
            throw VariantIOError(.unreadable, path: path, detail: "cannot be read")
        }
        defer { bgzf_close(stream) }
        guard bgzf_compression(stream) == Int32(bgzf.rawValue) else {
            throw VariantIOError(.unreadable, path: path, detail: "is not bgzip-compressed (write it with bgzip)")
        }
        guard bgzf_check_EOF(stream) == 1 else {
            throw VariantIOError(.truncated, path: path, detail: "truncated: the BGZF end-of-file marker is missing")
        }
        return try drain(path: path, limit: .max) { bgzf_read(stream, $0, $1) }
    }

    /// Up to `limit` bytes from `read(buffer, capacity)`, an htslib read that returns the count,
    /// 0 at the end and < 0 on a broken stream.
    static func drain(path: String, limit: Int, _ read: (UnsafeMutableRawPointer?, Int) -> Int) throws(VariantIOError) -> Data {
        var data = Data()
        var block = [UInt8](repeating: 0, count: 1 << 16)
        while data.count < limit {
            let count = block.withUnsafeMutableBytes { read($0.baseAddress, min($0.count, limit - data.count)) }
            guard count >= 0 else { throw VariantIOError(.truncated, path: path, detail: "the compressed stream is truncated or corrupt") }
            if count == 0 { break }
            data.append(contentsOf: block[0..<count])
        }
        return data
    }
}

import CHTSShims
import CHTSlib
import FoundationEssentials

/// The bytes of a text file, plain, gzip or BGZF alike: decompression is htslib's (its BGZF stream
/// reads all three), so a table is read whatever its compression, told from its content, not its name.
public enum TextFile {
    /// The file's decompressed bytes, at most `limit` of them. A BGZF file without its end-of-file
    /// block is refused as truncated, as a variant file is: cut between two blocks, it would read as a
    /// shorter, valid table, and the rows lost would be evidence no one was told of.
    public static func bytes(path: String, limit: Int = .max) throws(VariantIOError) -> Data {
        try read(path: path, limit: limit, bgzipOnly: false)
    }

    /// The decompressed bytes of a file `bgzip` wrote, refused unless it is BGZF and ends with BGZF's
    /// end-of-file block: a copy cut between two blocks would otherwise read as a shorter, valid file.
    public static func bgzipped(path: String) throws(VariantIOError) -> Data {
        try read(path: path, limit: .max, bgzipOnly: true)
    }

    /// `bgzipOnly` refuses plain and gzip files, and a BGZF file whose end cannot be checked (a pipe).
    private static func read(path: String, limit: Int, bgzipOnly: Bool) throws(VariantIOError) -> Data {
        hm_silence_htslib()
        guard let stream = bgzf_open(path, "r") else {
            throw VariantIOError(.unreadable, path: path, detail: "cannot be read")
        }
        defer { bgzf_close(stream) }
        let isBGZF = bgzf_compression(stream) == Int32(bgzf.rawValue)
        if bgzipOnly && !isBGZF {
            throw VariantIOError(.unreadable, path: path, detail: "is not bgzip-compressed (write it with bgzip)")
        }
        if isBGZF {
            // 1: the marker is there; 0: it is missing; 2 or < 0: it cannot be checked (not seekable).
            switch bgzf_check_EOF(stream) {
            case 1: break
            case 0: throw VariantIOError(.truncated, path: path, detail: "truncated: the BGZF end-of-file marker is missing")
            default:
                if bgzipOnly {
                    throw VariantIOError(.unreadable, path: path, detail: "its BGZF end-of-file marker cannot be checked (not a regular file)")
                }
            }
        }
        return try drain(path: path, limit: limit) { bgzf_read(stream, $0, $1) }
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

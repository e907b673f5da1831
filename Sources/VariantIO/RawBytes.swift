import CHTSShims
import CHTSlib
import FoundationEssentials
import Glibc

/// A file's raw bytes (local or remote, as stored: compressed bytes stay compressed), read through
/// htslib's own transports, for a checksum of exactly what another reader sees.
public enum RawBytes {
    /// Calls `body` with each block of the bytes at `path`; throws when it cannot be opened or read.
    public static func read(_ path: String, _ body: (UnsafeRawBufferPointer) -> Void) throws(VariantIOError) {
        hm_silence_htslib()
        errno = 0
        guard let file = hm_hopen(path) else {
            throw InputPath.isRemote(path)
                ? InputPath.remoteFailure(path, errno: errno)
                : VariantIOError(.unreadable, path: path, detail: "cannot be read: \(String(cString: strerror(errno)))")
        }
        defer { hclose(file) }
        let block = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 64)
        defer { block.deallocate() }
        while true {
            let count = hm_hread(file, block.baseAddress, block.count)
            if count == 0 { return }
            guard count > 0 else {
                throw VariantIOError(.unreadable, path: path, detail: "stopped being readable: \(String(cString: strerror(errno)))")
            }
            body(UnsafeRawBufferPointer(rebasing: block[..<count]))
        }
    }

    /// True when `path` (local or remote) can be opened.
    public static func exists(_ path: String) -> Bool {
        hm_silence_htslib()
        guard let file = hm_hopen(path) else { return false }
        hclose(file)
        return true
    }
}

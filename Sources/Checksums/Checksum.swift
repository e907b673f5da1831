import Crypto
import Dispatch
import FoundationEssentials
import Glibc
import Synchronization
import VariantIO

/// SHA-256 of an input file, read in blocks; `nil` for standard input and other streams (a FIFO,
/// `<(…)`), which cannot be read twice.
public enum Checksum {
    public static func sha256(of path: String) throws(ChecksumError) -> String? {
        guard InputPath.canBeReadTwice(path) else { return nil }
        if InputPath.isRemote(path) {
            var hasher = SHA256()
            do {
                try RawBytes.read(path) { hasher.update(bufferPointer: $0) }
            } catch {
                throw .reading(error)
            }
            return hex(hasher.finalize())
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw .unreadable("\(path): cannot be read for its checksum")
        }
        defer { close(descriptor) }
        // One buffer, read into with read(2): Foundation's FileHandle allocates a Data per block. 128 KiB
        // stays in the core's cache between the copy out of the page cache and the hashing.
        let block = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 17, alignment: 64)
        defer { block.deallocate() }
        var hasher = SHA256()
        while true {
            let count = read(descriptor, block.baseAddress, block.count)
            if count == 0 { break }
            guard count > 0 else {
                if errno == EINTR { continue }
                throw .unreadable("\(path): cannot be read for its checksum: \(String(cString: strerror(errno)))")
            }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: block[..<count]))
        }
        return hex(hasher.finalize())
    }

    /// The checksum of what a run read through an index: the index's bytes, then the bytes of every
    /// record read through it, in order (`VariantReader.onRegionBytes`), so the whole file is never
    /// read only to be hashed. Kept by the reading thread alone.
    public final class OfRegions {
        private var hasher = SHA256()
        /// What the digest is of, for the report.
        public let description: String

        public init(index: String) throws(ChecksumError) {
            description = "the index \(index) and the records of the panel regions read through it"
            do {
                try RawBytes.read(index) { [self] in hasher.update(bufferPointer: $0) }
            } catch {
                throw .reading(error)
            }
        }

        public func update(_ bytes: UnsafeRawBufferPointer) {
            hasher.update(bufferPointer: bytes)
        }

        public var value: String { hex(hasher.finalize()) }
    }

    /// A digest in lower-case hexadecimal, as `sha256sum` prints it (by table: Foundation's
    /// `String(format:)` per byte was a tenth of the knowledge base's checksum, which every run computes).
    static func hex(_ digest: some Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(2 * SHA256.byteCount)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// A checksum computed on another thread while the file is matched: hashing a whole genome's
    /// calls costs as much as reading them, and the two need not wait for each other.
    public final class Pending: Sendable {
        private let group = DispatchGroup()
        private let result = Mutex<Result<String?, ChecksumError>?>(nil)

        public convenience init(path: String) {
            self.init { () throws(ChecksumError) in try Checksum.sha256(of: path) }
        }

        /// Runs `work` on another thread.
        init(_ work: @escaping @Sendable () throws(ChecksumError) -> String?) {
            DispatchQueue.global().async(group: group) {
                let outcome = Result { () throws(ChecksumError) in try work() }
                self.result.withLock { $0 = outcome }
            }
        }

        /// Waits for the checksum.
        public func value() throws(ChecksumError) -> String? {
            group.wait()
            return try result.withLock { $0! }.get()
        }
    }
}

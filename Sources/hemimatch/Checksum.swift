import Crypto
import Foundation

/// SHA-256 of an input file, read in blocks; `nil` for standard input, which cannot be read twice.
enum Checksum {
    static func sha256(of path: String) throws(Failure) -> String? {
        guard path != "-" else { return nil }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Failure(status: .unreadableInput, message: "\(path): cannot be read for its checksum")
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        do {
            while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty {
                hasher.update(data: block)
            }
        } catch {
            throw Failure(status: .unreadableInput, message: "\(path): cannot be read for its checksum: \(error.localizedDescription)")
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}

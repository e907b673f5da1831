import Crypto
import Foundation
import Synchronization

/// The knowledge base's fingerprint for a run's provenance: SHA-256 of the `sha256sum`-style
/// manifest (`<digest>  <name>` per line) of the files in its folder, names in byte order, hidden
/// files and subfolders left out. `cd Reference && LC_ALL=C sha256sum * | sha256sum` gives the same
/// digest. The folder's path does not count: two copies with the same bytes have the same checksum,
/// and an edited copy of the same version has another.
public enum KnowledgeBaseChecksum {
    /// Per folder, so that a cohort hashes its knowledge base once.
    private static let known = Mutex<[String: String]>([:])

    public static func sha256(directory: String) throws(RunError) -> String {
        if let checksum = known.withLock({ $0[directory] }) { return checksum }
        let folder = URL(fileURLWithPath: directory)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw RunError(.invalidKnowledgeBase, "\(directory): cannot be listed for the knowledge base's checksum")
        }
        var manifest = ""
        for name in names.filter({ !$0.hasPrefix(".") }).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let path = folder.appendingPathComponent(name).path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let digest: String?
            do {
                digest = try Checksum.sha256(of: path)
            } catch {
                throw RunError(.invalidKnowledgeBase, error.message)
            }
            manifest += "\(digest ?? "")  \(name)\n"
        }
        let checksum = Checksum.hex(SHA256.hash(data: Data(manifest.utf8)))
        known.withLock { $0[directory] = checksum }
        return checksum
    }
}

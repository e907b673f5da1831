import Crypto
import FoundationEssentials
import Knowledge

/// The knowledge base's fingerprint for a run's provenance: SHA-256 of the `sha256sum`-style
/// listing (`<digest>  <name>` per line) of the files in its folder, names in byte order, hidden
/// files and subfolders left out. `cd Reference && LC_ALL=C sha256sum * | sha256sum` gives the same
/// digest. The folder's path does not count: two copies with the same bytes have the same checksum,
/// and an edited copy of the same version has another. The same listing, without the manifest
/// itself, is compared with the release's `MANIFEST.sha256` (`manifest(directory:)`).
public enum KnowledgeBaseChecksum {
    /// Per folder, so that a cohort hashes its knowledge base once; `prefetch` starts it early. Guarded
    /// by a pthread lock rather than `Synchronization.Mutex`: on Linux a contended `Mutex` waits in the
    /// kernel (`FUTEX_LOCK_PI`), an ordering ThreadSanitizer cannot see, so `make sanitize-threads`
    /// reported a race whenever two in-process runs first asked for the same folder at once.
    private static let lock = PthreadLock()
    nonisolated(unsafe) private static var known: [String: Checksum.Pending] = [:]

    /// Starts hashing `directory` on another thread, to run beside the parsing of its tables
    /// (1.7 MB, most of it the bgzipped whole-genome gene spans).
    public static func prefetch(directory: String) {
        _ = pending(directory)
    }

    /// The checksum of `directory`, waiting for a prefetch under way.
    public static func sha256(directory: String) throws(ChecksumError) -> String {
        Checksum.hex(SHA256.hash(data: Data(try listing(directory).utf8)))
    }

    /// How the folder compares with the manifest its release wrote. A release's folder lists the
    /// manifest's very bytes (`make kb-manifest` writes the same lines in the same byte order), which
    /// is checked first: comparing line by line, to name what differs, took ~0.5 ms of every start.
    public static func manifest(directory: String) throws(ChecksumError) -> KnowledgeBaseManifest {
        let path = KnowledgeBase.path(of: KnowledgeBase.File.manifest, in: directory)
        guard let recorded = try? String(contentsOfFile: path, encoding: .utf8) else { return .absent }
        let suffix = "  \(KnowledgeBase.File.manifest)"
        let listing = try listing(directory)
        if recorded.utf8.elementsEqual(bytes(of: listing, droppingLinesEndingWith: suffix)) { return .matches }
        let present = listing.split(separator: "\n").filter { !$0.hasSuffix(suffix) }
        return KnowledgeBaseManifest(recorded: recorded.split(separator: "\n").map(String.init), present: present.map(String.init))
    }

    /// `listing`'s bytes (lines that each end with a newline, as `compute` writes them) without the
    /// lines that end with `suffix`.
    private static func bytes(of listing: String, droppingLinesEndingWith suffix: String) -> [UInt8] {
        let newline = UInt8(ascii: "\n"), ending = Array(suffix.utf8)
        var kept: [UInt8] = []
        for line in listing.utf8.split(separator: newline) where !line.suffix(ending.count).elementsEqual(ending) {
            kept += line
            kept.append(newline)
        }
        return kept
    }

    /// The `sha256sum` listing of `directory`, waiting for a prefetch under way.
    private static func listing(_ directory: String) throws(ChecksumError) -> String {
        try pending(directory).value() ?? ""
    }

    private static func pending(_ directory: String) -> Checksum.Pending {
        lock.lock()
        defer { lock.unlock() }
        if let pending = known[directory] { return pending }
        let pending = Checksum.Pending { () throws(ChecksumError) in try compute(directory: directory) }
        known[directory] = pending
        return pending
    }

    private static func compute(directory: String) throws(ChecksumError) -> String {
        let folderPrefix = KnowledgeBase.pathPrefix(of: directory)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .knowledgeBase("\(directory): cannot be listed for the knowledge base's checksum")
        }
        var listing = ""
        for name in names.filter({ !$0.hasPrefix(".") }).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let path = folderPrefix + name
            var isDirectory = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory else { continue }
            let digest: String?
            do {
                digest = try Checksum.sha256(of: path)
            } catch {
                throw .knowledgeBase(error.description)
            }
            listing += "\(digest ?? "")  \(name)\n"
        }
        return listing
    }
}

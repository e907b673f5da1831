import CHTSShims
import CHTSlib
import FoundationEssentials
import Glibc

/// The index beside a bgzipped VCF (`.tbi`, else `.csi`) or a BCF (`.csi`), and what a run records
/// of it: an index is trusted only when it is not older than its data and its offsets and contigs
/// fit the file (`VariantReader.restrict(to:)`).
public struct VariantIndex: Sendable, Equatable {
    public let path: String
    public let size: Int
    /// Nil for a remote index, whose time the transports do not give.
    public let modified: Date?

    /// The index lying beside `dataPath` (after `##idx##` when the path names it); `nil` when there is none.
    static func beside(_ dataPath: String, isBCF: Bool) -> VariantIndex? {
        if let marker = dataPath.firstRange(of: "##idx##") { return VariantIndex(path: String(dataPath[marker.upperBound...])) }
        for suffix in isBCF ? [".csi"] : [".tbi", ".csi"] {
            if let index = VariantIndex(path: dataPath + suffix) { return index }
        }
        return nil
    }

    init?(path: String) {
        if InputPath.isRemote(path) {
            // Fetched to be counted: indexes are small, and the run hashes the same bytes.
            var size = 0
            guard (try? RawBytes.read(path) { size += $0.count }) != nil else { return nil }
            (self.path, self.size, modified) = (path, size, nil)
            return
        }
        guard let status = Self.status(path), status.st_mode & S_IFMT == S_IFREG else { return nil }
        self.path = path
        size = Int(status.st_size)
        modified = Self.date(status.st_mtim)
    }

    /// The command that rebuilds the index of `dataPath`.
    static func rebuildCommand(_ dataPath: String, isBCF: Bool, index: String) -> String {
        isBCF || index.hasSuffix(".csi") ? "bcftools index -f \(dataPath)" : "tabix -f -p vcf \(dataPath)"
    }

    static func status(_ path: String) -> stat? {
        var status = stat()
        return stat(path, &status) == 0 ? status : nil
    }

    static func date(_ time: timespec) -> Date {
        Date(timeIntervalSince1970: TimeInterval(time.tv_sec) + TimeInterval(time.tv_nsec) / 1e9)
    }
}

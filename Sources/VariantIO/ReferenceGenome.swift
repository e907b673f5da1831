import CHTSShims
import CHTSlib
import FoundationEssentials
import Glibc

/// Reference sequence read through htslib's faidx (FASTA or bgzipped FASTA; the index is built
/// beside the file when it is missing). Not `Sendable`: read what is needed up front, in one task.
public final class ReferenceGenome {
    public let path: String
    private let index: OpaquePointer

    public init(path: String) throws(VariantIOError) {
        hm_silence_htslib()
        self.path = path
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw VariantIOError(.unreadable, path: path, detail: "no such readable FASTA file")
        }
        guard let index = fai_load(path) else {
            throw VariantIOError(
                .notVariantFile, path: path,
                detail: "not an indexable FASTA file (plain or bgzipped; the .fai is built beside it and needs a writable folder)")
        }
        self.index = index
    }

    deinit {
        fai_destroy(index)
    }

    /// Bases `start...end` (1-based, inclusive) of `contig`, upper-cased; `chr12` and `12` are one
    /// contig. `nil` when the FASTA has no such contig or range.
    public func bases(contig: String, start: Int, end: Int) -> [UInt8]? {
        let bare = contig.lowercased().hasPrefix("chr") ? String(contig.dropFirst(3)) : contig
        for name in [contig, bare, "chr" + bare] where faidx_has_seq(index, name) == 1 {
            var length: Int64 = 0
            guard let sequence = faidx_fetch_seq64(index, name, Int64(start - 1), Int64(end - 1), &length) else { return nil }
            defer { free(sequence) }
            guard length == Int64(end - start + 1) else { return nil }
            return (0..<Int(length)).map { UInt8(toupper(Int32(sequence[$0]))) }
        }
        return nil
    }
}

import CHTSShims
import CHTSlib
import FoundationEssentials
import Glibc

/// Copies a VCF/BCF through htslib into a new file of the format asked for, every record kept, with
/// header lines added and INFO strings set on the records a caller picks (`hemimatch annotate`).
public enum VariantWriter {
    /// The output format, as `bcftools view -O` names it.
    public enum Format: String, CaseIterable, Sendable {
        case vcf = "v"
        case bgzippedVCF = "z"
        case bcf = "b"
        case uncompressedBCF = "u"

        /// htslib's `hts_open` mode.
        var mode: String {
            switch self {
            case .vcf: return "w"
            case .bgzippedVCF: return "wz"
            case .bcf: return "wb"
            case .uncompressedBCF: return "wbu"
            }
        }

        /// The format a file name implies: `.vcf.gz`/`.vcf.bgz` bgzipped VCF, `.bcf` BCF, else VCF.
        public init(path: String) {
            if path.hasSuffix(".vcf.gz") || path.hasSuffix(".vcf.bgz") {
                self = .bgzippedVCF
            } else if path.hasSuffix(".bcf") {
                self = .bcf
            } else {
                self = .vcf
            }
        }
    }

    /// What identifies a record to the caller: an allele key per ALT, and a record key when it has an ID.
    public struct RecordKeys: Sendable {
        public let keys: [VariantKey]
    }

    /// The output cannot be written.
    public struct WriteError: Error, CustomStringConvertible {
        public let path: String
        public let detail: String
        public var description: String { "\(path): \(detail)" }
    }

    /// Copies `input` to `output`. `headerLines` are whole `##` lines added to the header (a plain
    /// `##key=value` line replaces the input's lines of that key). `tags(keys)` gives the INFO strings
    /// (tag → value) to set on a record; the `infoTags` it does not give are removed from the record,
    /// so a file annotated twice is annotated once.
    /// - Returns: records written and records given tags.
    public static func copy(
        input: String, output: String, format: Format, headerLines: [String], infoTags: [String],
        tags: (RecordKeys) -> [(tag: String, value: String)]
    ) throws -> (records: Int, annotated: Int) {
        hm_silence_htslib()
        guard let source = hts_open(input, "r") else {
            throw VariantIOError(.unreadable, path: input, detail: "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { hts_close(source) }
        guard let inputHeader = bcf_hdr_read(source) else {
            throw VariantIOError(.malformedHeader, path: input, detail: "the VCF header cannot be parsed")
        }
        defer { bcf_hdr_destroy(inputHeader) }
        guard let header = bcf_hdr_dup(inputHeader) else { throw WriteError(path: output, detail: "out of memory") }
        defer { bcf_hdr_destroy(header) }
        for line in headerLines where !line.contains("<") {
            bcf_hdr_remove(header, BCF_HL_GEN, String(line.dropFirst(2).prefix { $0 != "=" }))
        }
        for line in headerLines where bcf_hdr_append(header, line) != 0 {
            throw WriteError(path: output, detail: "htslib rejects the header line \(line)")
        }
        guard bcf_hdr_sync(header) == 0 else { throw WriteError(path: output, detail: "htslib cannot update the header") }

        guard let target = hts_open(output, format.mode) else {
            throw WriteError(path: output, detail: "cannot write: \(String(cString: strerror(errno)))")
        }
        var closed = false
        defer { if !closed { hts_close(target) } }
        guard bcf_hdr_write(target, header) == 0 else { throw WriteError(path: output, detail: "cannot write the header") }

        let record = bcf_init()
        defer { bcf_destroy(record) }
        var (records, annotated) = (0, 0)
        while true {
            // Read with the output header: it holds the input's dictionary unchanged, plus the new tags.
            let status = bcf_read(source, header, record)
            if status == -1 { break }
            guard status == 0, hm_unpack_str(record) == 0 else {
                throw VariantIOError(.malformedRecord, path: input, detail: "record \(records + 1) cannot be read")
            }
            records += 1
            let found = tags(keys(record!, header: header))
            for tag in infoTags {
                let value = found.first { $0.tag == tag }?.value
                guard hm_update_info_string(header, record, tag, value) == 0 else {
                    throw WriteError(path: output, detail: "cannot set INFO/\(tag) on record \(records)")
                }
            }
            if !found.isEmpty { annotated += 1 }
            guard bcf_write(target, header, record) == 0 else {
                throw WriteError(path: output, detail: "cannot write record \(records) (disk full?)")
            }
        }
        closed = true
        guard hts_close(target) == 0 else { throw WriteError(path: output, detail: "cannot finish the file (disk full?)") }
        return (records, annotated)
    }

    private static func keys(_ record: UnsafeMutablePointer<bcf1_t>, header: UnsafeMutablePointer<bcf_hdr_t>) -> RecordKeys {
        let contig = String(cString: bcf_hdr_id2name(header, record.pointee.rid))
        let position = Int(record.pointee.pos) + 1
        let ref = String(cString: hm_record_allele(record, 0))
        var keys = (1..<max(1, Int(hm_allele_count(record)))).map {
            VariantKey.allele(contig: contig, position: position, ref: ref, alt: String(cString: hm_record_allele(record, Int32($0))))
        }
        let id = String(cString: hm_record_id(record))
        if id != "." { keys.append(VariantKey.record(contig: contig, position: position, id: id)) }
        return RecordKeys(keys: keys)
    }
}

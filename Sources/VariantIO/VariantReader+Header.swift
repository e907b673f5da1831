import CHTSShims
import CHTSlib
import FoundationEssentials
import Glibc

/// The header: copied out of htslib into a `VariantHeader`, and diagnosed when htslib refuses it.
extension VariantReader {
    static func copyHeader(_ hdr: UnsafeMutablePointer<bcf_hdr_t>) -> VariantHeader {
        let samples = (0..<hm_nsamples(hdr)).map { String(cString: hm_sample_name(hdr, $0)) }
        let contigs = (0..<hm_contig_count(hdr)).map { i -> Contig in
            let length = hm_contig_length(hdr, i)
            return Contig(name: String(cString: hm_contig_name(hdr, i)), length: length > 0 ? Int(length) : nil)
        }
        var info: [FieldDefinition] = []
        var format: [FieldDefinition] = []
        var meta: [(key: String, value: String)] = []
        var structuredMeta: [(key: String, fields: [String: String])] = []
        for i in 0..<Int(hdr.pointee.nhrec) {
            guard let hrec = hdr.pointee.hrec[i]?.pointee else { continue }
            let key = String(cString: hrec.key)
            switch Int32(hrec.type) {
            case BCF_HL_GEN:
                meta.append((key: key, value: hrec.value.map { String(cString: $0) } ?? ""))
            case BCF_HL_STR:
                structuredMeta.append((key: key, fields: fields(of: hrec)))
            case BCF_HL_INFO, BCF_HL_FMT:
                let fields = fields(of: hrec)
                let definition = FieldDefinition(
                    id: fields["ID"] ?? "", number: fields["Number"] ?? "",
                    type: fields["Type"] ?? "", description: fields["Description"] ?? "")
                if Int32(hrec.type) == BCF_HL_INFO { info.append(definition) } else { format.append(definition) }
            default:
                continue
            }
        }
        return VariantHeader(samples: samples, contigs: contigs, info: info, format: format, meta: meta, structuredMeta: structuredMeta)
    }

    /// Reads the header of a text VCF as `bcf_hdr_read` does (its lines, up to and with `#CHROM`, parsed
    /// by htslib), declaring the contigs `tabix` names and the header leaves out, as `bcf_hdr_read` does
    /// with the index it loads itself: given the index a run reads through or splits by, it is loaded
    /// once, not twice; without one, the reader declares them when a record needs it
    /// (`declareIndexContigs()`). `nil` when the header cannot be read or parsed.
    static func readTextHeader(_ file: UnsafeMutablePointer<htsFile>, declaring tabix: UnsafeMutablePointer<tbx_t>?)
        -> UnsafeMutablePointer<bcf_hdr_t>?
    {
        let hash = CChar(UInt8(ascii: "#"))
        var line = kstring_t(l: 0, m: 0, s: nil)
        defer { hm_kstring_free(&line) }
        var text: [CChar] = []
        var status: Int32
        repeat {
            status = hm_getline(file, &line)
            guard status >= 0 else { break }
            guard line.l > 0, let bytes = line.s else { continue }
            guard bytes[0] == hash else { return nil }
            text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(line.l)))
            text.append(CChar(UInt8(ascii: "\n")))
        } while line.l == 0 || line.s?[1] == hash
        guard status >= -1, !text.isEmpty, let hdr = bcf_hdr_init("r") else { return nil }
        text.append(0)
        guard bcf_hdr_parse(hdr, &text) >= 0, tabix.map({ declareContigs(of: $0, in: hdr) }) ?? true else {
            bcf_hdr_destroy(hdr)
            return nil
        }
        return hdr
    }

    /// Declares in `hdr` the contigs `tabix` names that it leaves out; false when out of memory.
    static func declareContigs(of tabix: UnsafeMutablePointer<tbx_t>, in hdr: UnsafeMutablePointer<bcf_hdr_t>) -> Bool {
        var count: Int32 = 0
        guard let names = tbx_seqnames(tabix, &count) else { return false }
        defer { free(names) }
        var declared = false
        for i in 0..<Int(count) {
            guard let name = names[i], bcf_hdr_get_hrec(hdr, BCF_HL_CTG, "ID", name, nil) == nil else { continue }
            guard hm_declare_contig(hdr, name) == 0 else { return false }
            declared = true
        }
        return !declared || bcf_hdr_sync(hdr) >= 0
    }

    /// A structured header line's `key=value` pairs, values unquoted.
    private static func fields(of hrec: bcf_hrec_t) -> [String: String] {
        var fields: [String: String] = [:]
        for k in 0..<Int(hrec.nkeys) {
            fields[String(cString: hrec.keys[k]!)] = unquoted(String(cString: hrec.vals[k]!))
        }
        return fields
    }

    /// htslib keeps a header value's VCF quoting (`"Allelic depths"`); the model holds the text itself.
    static func unquoted(_ value: String) -> String {
        guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else { return value }
        return String(value.dropFirst().dropLast())
    }

    /// Why htslib refused a text header, read again line by line through htslib: no `#CHROM` line,
    /// a `#CHROM` line not separated by tabs, or a sample named twice.
    static func headerProblem(_ path: String) -> String? {
        guard let file = hts_open(path, "r") else { return nil }
        defer { hts_close(file) }
        var line = kstring_t(l: 0, m: 0, s: nil)
        defer { hm_kstring_free(&line) }
        while hm_getline(file, &line) >= 0, let text = line.s.map({ String(cString: $0) }), text.hasPrefix("#") {
            guard text.hasPrefix("#CHROM") else { continue }
            let columns = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 8 else { return "the #CHROM line is not tab-separated" }
            var seen = Set<String>()
            for sample in columns.dropFirst(9) where !seen.insert(sample).inserted {
                return "sample name '\(sample)' appears twice in the #CHROM line"
            }
            return nil
        }
        return "there is no #CHROM line"
    }

    static func describe(_ format: htsFormat) -> String {
        guard let text = withUnsafePointer(to: format, { hts_format_description($0) }) else { return "an unknown format" }
        defer { free(text) }
        return String(cString: text)
    }
}

import CHTSShims
import CHTSlib
import FoundationEssentials

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

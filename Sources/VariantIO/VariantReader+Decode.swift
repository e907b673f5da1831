import CHTSShims
import CHTSlib
import FoundationEssentials
import Tables

/// Checking and decoding a record htslib parsed: INFO and FORMAT values into a `VariantRecord`.
extension VariantReader {
    /// Throws when a record lies beyond the length its contig's header line declares.
    func checkWithinContig(_ contig: String, _ position: Int) throws(VariantIOError) {
        if contig != lengthCache.contig { lengthCache = (contig, contigLengths[contig]) }
        if let length = lengthCache.length, position > length {
            throw VariantIOError(
                .malformedRecord, path: path,
                detail:
                    "\(place(ofRecord: ordinal)) (after \(lastLocus)) is malformed: POS \(position) lies beyond \(contig)'s declared length \(length)"
            )
        }
    }

    /// Throws when htslib parsed the record but it is unusable.
    func checkParsedRecord() throws(VariantIOError) {
        if let problem = problem() {
            throw VariantIOError(.malformedRecord, path: path, detail: "\(place(ofRecord: ordinal)) (after \(lastLocus)) is malformed: \(problem)")
        }
    }

    /// Where the `number`-th record stands, for an error: `line L` of a text VCF read from its start,
    /// else `record N` (`BCF record N`; standard input cannot be read again, and an index read does not
    /// give file order).
    func place(ofRecord number: Int) -> String {
        if isBCF { return "BCF record \(number)" }
        return sourceLine(ofRecord: number).map { "line \($0.number)" } ?? "record \(number)"
    }

    /// The line number and bytes of the `number`-th record of a text VCF, found by reading the file
    /// again from its start (on an error path only); nil where it cannot be read again or was read
    /// through an index.
    func sourceLine(ofRecord number: Int) -> (number: Int, bytes: [CChar])? {
        guard !isBCF, cursor == nil, InputPath.canBeReadTwice(path), let file = hts_open(path, "r") else { return nil }
        defer { hts_close(file) }
        var text = kstring_t(l: 0, m: 0, s: nil)
        defer { free(text.s) }
        var lineNumber = 0, records = 0
        while hm_getline(file, &text) >= 0 {
            lineNumber += 1
            guard text.l > 0, text.s[0] != CChar(UInt8(ascii: "#")) else { continue }
            records += 1
            if records == number { return (lineNumber, Array(UnsafeBufferPointer(start: text.s, count: Int(text.l)))) }
        }
        return nil
    }

    /// What htslib says of a line it could not parse (`Invalid character 'b' in 'AD' FORMAT field at
    /// chr12:25245350`), by parsing the line's original bytes once more with its message captured; its
    /// error code's field where there is no message, or where the line cannot be read again.
    func parseFailure(_ bytes: UnsafeRawBufferPointer, fromBuffer: Bool) -> String {
        var message = [CChar](repeating: 0, count: 1024)
        let original = fromBuffer ? Array(bytes.bindMemory(to: CChar.self)) : sourceLine(ofRecord: ordinal)?.bytes
        if let original, hm_kstring_assign(&line, original, original.count) == 0,
            hm_vcf_parse_explained(&line, hdr, record, &message, message.count) != 0
        {
            let said = String(cString: message).split(separator: "\n").last.map(String.init) ?? ""
            // `[E::vcf_parse_format] Invalid character …`: the message without htslib's function tag.
            let text = said.firstIndex(of: "]").map { said[said.index(after: $0)...].trimmed() } ?? said
            if !text.isEmpty { return "\(text) (htslib)" }
        }
        let code = Int32(record.pointee.errcode)
        let fields: [(Int32, String)] = [
            (BCF_ERR_CTG_UNDEF, "CHROM is not a contig of the header"), (BCF_ERR_CTG_INVALID, "CHROM is not a valid contig name"),
            (BCF_ERR_TAG_UNDEF, "an INFO or FORMAT tag the header does not define"),
            (BCF_ERR_TAG_INVALID, "an INFO or FORMAT tag htslib cannot read"), (BCF_ERR_NCOLS, "the wrong number of columns"),
            (BCF_ERR_LIMITS, "a value beyond htslib's limits"), (BCF_ERR_CHAR, "an invalid character"),
        ]
        let named = fields.filter { code & $0.0 != 0 }.map(\.1)
        return named.isEmpty ? "htslib cannot parse it" : "htslib cannot parse it: " + named.joined(separator: "; ")
    }

    /// Where the last good record stood, for messages about the next one.
    var lastLocus: String {
        previous.map { "\($0.contig):\($0.position)" } ?? "the header"
    }

    /// What is wrong with the record just parsed, beyond what htslib repairs itself (undeclared contigs and tags).
    func problem() -> String? {
        if hm_record_fatal_errors(record) != 0 { return "htslib error code \(record.pointee.errcode)" }
        // POS 0 (htslib's -1) is the specification's telomere; anything lower is broken.
        if record.pointee.pos < -1 { return "POS is not a positive number" }
        if hm_allele_count(record) == 0 { return "it has no REF allele (too few columns?)" }
        if hm_allele_count(record) > Self.maximumAlleles {
            return "it has \(hm_allele_count(record)) alleles, more than the \(Self.maximumAlleles) hemimatch accepts"
        }
        if hm_record_sample_count(record) != hm_nsamples(hdr) {
            return "it has \(hm_record_sample_count(record)) sample columns, the header names \(hm_nsamples(hdr))"
        }
        return nil
    }

    func failure(_ detail: String) -> VariantIOError {
        // htslib reports a broken compressed stream and an unparsable text line alike; a text VCF
        // cannot be truncated mid-block, so its failures are malformed records.
        let compressed = hts_get_format(file).pointee.compression != no_compression
        return VariantIOError(compressed ? .truncated : .malformedRecord, path: path, detail: detail)
    }

    /// The record just parsed, decoded: the reader hands its `bcf1_t` to the record (`RecordBuffer`),
    /// whose string INFO fields and FORMAT values are views of it, and parses the next record into
    /// another from its pool.
    func decode(contig: String, position: Int) throws(VariantIOError) -> VariantRecord {
        guard hm_unpack_all(record) == 0 else {
            throw VariantIOError(.malformedRecord, path: path, detail: "\(place(ofRecord: ordinal)) cannot be unpacked")
        }
        let rec = record.pointee
        let alleleCount = Int(hm_allele_count(record))
        guard alleleCount > 0 else {
            throw VariantIOError(.malformedRecord, path: path, detail: "\(place(ofRecord: ordinal)) has no REF allele")
        }
        let ref = String(cString: rec.d.allele[0]!)
        // The ALTs straight into their array (`.`, no ALT, left out).
        var alts: [String] = []
        alts.reserveCapacity(alleleCount - 1)
        for i in 1..<alleleCount where strcmp(rec.d.allele[i]!, ".") != 0 {
            alts.append(String(cString: rec.d.allele[i]!))
        }
        let filters = self.filters()
        keptErrors = rec.errcode
        let buffer = RecordBuffer(record, pool: buffers)
        var info = InfoValues()
        for field in 0..<hm_info_field_count(record) {
            // The first of a tag given twice, as htslib's getters read it.
            guard let (tag, type) = requestedTag(info: hm_info_field_id(record, field)), !info.contains(tag) else { continue }
            if type == BCF_HT_STR, let bytes = infoBytes(field: field, of: buffer) {
                info.set(tag, bytes: bytes)
            } else if let value = infoValue(tag) {
                info[tag] = value
            }
        }
        let sampleCount = Int(hm_nsamples(hdr))
        let format = sampleCount > 0 ? RecordFormat(buffer: buffer, layout: formatLayout(), sampleCount: sampleCount) : nil
        let id = String(cString: rec.d.id)
        // From here on the record's buffers are the record's: the next record is parsed into others. The
        // record read above through `record` stays `buffer`'s until then, even where no view holds it.
        withExtendedLifetime(buffer) {}
        record = buffers.take()
        guard let format else {
            return VariantRecord(
                ordinal: ordinal, contig: contig, position: position, id: id, ref: ref, alts: alts, filters: filters, info: info, samples: [])
        }
        return VariantRecord(
            ordinal: ordinal, contig: contig, position: position, id: id, ref: ref, alts: alts, filters: filters, info: info, format: format)
    }

    /// The record's FILTER names; empty for `.`. `PASS` alone (most records) shares one array.
    func filters() -> [String] {
        let count = hm_filter_count(record)
        if count == 1 {
            let name = hm_filter_name(hdr, record, 0)!
            if strcmp(name, "PASS") == 0 { return Self.passing }
            if strcmp(name, ".") == 0 { return [] }
        }
        return (0..<count).map { String(cString: hm_filter_name(hdr, record, $0)) }
    }

    /// FILTER `PASS`, one array for every record that passes.
    static let passing = ["PASS"]

    /// A string INFO field (`CSQ`) as a view of the record's buffer, `buffer`; nil when it holds no
    /// characters (then read as `infoValue` reads it).
    func infoBytes(field: Int32, of buffer: RecordBuffer) -> BorrowedBytes? {
        var length: Int32 = 0
        guard let chars = hm_info_field_chars(buffer.record, field, &length) else { return nil }
        // BCF pads strings with NULs; trimmed on the bytes (Foundation's trimming is slow).
        var bytes = UnsafeRawBufferPointer(start: chars, count: Int(length))[...]
        while bytes.first == 0 { bytes = bytes.dropFirst() }
        while bytes.last == 0 { bytes = bytes.dropLast() }
        return BorrowedBytes(UnsafeRawBufferPointer(rebasing: bytes), owner: buffer)
    }

    func infoValue(_ tag: String) -> String? {
        switch hm_info_type(hdr, tag) {
        case BCF_HT_STR:
            let n = hm_get_info_string(hdr, record, tag, &stringBuffer, &stringCapacity)
            guard n > 0, let buffer = stringBuffer else { return nil }
            // BCF pads strings with NULs; trimmed on the bytes (Foundation's trimming is slow).
            var bytes = UnsafeRawBufferPointer(start: buffer, count: Int(n))[...]
            while bytes.first == 0 { bytes = bytes.dropFirst() }
            while bytes.last == 0 { bytes = bytes.dropLast() }
            return String(decoding: bytes, as: UTF8.self)
        case BCF_HT_INT:
            let n = hm_get_info_int32(hdr, record, tag, &intBuffer, &intCapacity)
            guard n > 0, let buffer = intBuffer else { return nil }
            return (0..<Int(n)).map { String(buffer[$0]) }.joined(separator: ",")
        case BCF_HT_REAL:
            let n = hm_get_info_float(hdr, record, tag, &floatBuffer, &floatCapacity)
            guard n > 0, let buffer = floatBuffer else { return nil }
            return (0..<Int(n)).map { String(buffer[$0]) }.joined(separator: ",")
        case BCF_HT_FLAG:
            return hm_get_info_flag(hdr, record, tag) == 1 ? "1" : nil
        default:
            return nil
        }
    }

    /// The record's FORMAT fields to read: the last record's when it holds the same fields stored the
    /// same way (a file's records mostly do), else worked out from the header ids once more.
    func formatLayout() -> FormatLayout {
        let fieldCount = Int(hm_format_field_count(record))
        let last = requestedByID.formatLayout
        var sameFields = last.ids.count == fieldCount
        for field in 0..<fieldCount where sameFields {
            sameFields =
                hm_format_field_id(record, Int32(field)) == last.ids[field]
                && FormatLayout.storage(hm_format_field(record, Int32(field)).pointee) == last.storage[field]
        }
        guard !sameFields else { return last }
        var ids: [Int32] = [], storage: [UInt8] = [], genotypeFields: [Int] = []
        var integerFields: [Int] = [], integerTags: [String] = [], floatFields: [Int] = [], floatTags: [String] = []
        for field in 0..<fieldCount {
            let values = hm_format_field(record, Int32(field)).pointee
            ids.append(values.id)
            storage.append(FormatLayout.storage(values))
            // What htslib's getters would decline is left out (the tag then reads as absent): a field
            // marked removed, and values stored as another kind than the header declares (htslib's
            // getters misread those or stop the process).
            guard values.p != nil else { continue }
            let integerStorage = [BCF_BT_INT8, BCF_BT_INT16, BCF_BT_INT32].contains(values.type)
            if String(cString: hm_header_id_name(hdr, values.id)) == "GT" {
                // The header declares GT a String; BCF holds it as integers.
                if genotypeFields.isEmpty, hm_format_type(hdr, values.id) == BCF_HT_STR, integerStorage { genotypeFields = [field] }
                continue
            }
            switch requestedTag(format: values.id) {
            case let (tag, isInteger)? where isInteger:
                guard hm_format_type(hdr, values.id) == BCF_HT_INT, integerStorage else { continue }
                integerTags.append(tag)
                integerFields.append(field)
            case let (tag, _)?:
                guard hm_format_type(hdr, values.id) == BCF_HT_REAL, values.type == BCF_BT_FLOAT else { continue }
                floatTags.append(tag)
                floatFields.append(field)
            case nil: break
            }
        }
        let layout = FormatLayout(
            ids: ids, storage: storage, genotypeFields: genotypeFields, integerFields: integerFields, integerTags: integerTags,
            floatFields: floatFields, floatTags: floatTags)
        requestedByID.formatLayout = layout
        return layout
    }

    /// The requested INFO tag with header id `id` and its htslib type (`BCF_HT_STR`…), or nil when the
    /// request does not name it.
    func requestedTag(info id: Int32) -> (tag: String, type: Int32)? {
        switch requestedByID[info: id] {
        case .requested(let tag): return tag
        case .notRequested: return nil
        case .unknown:
            let name = String(cString: hm_header_id_name(hdr, id))
            let tag = request.info.contains(name) ? (name, hm_info_type(hdr, name)) : nil
            requestedByID[info: id] = tag.map { .requested($0) } ?? .notRequested
            return tag
        }
    }

    /// The requested FORMAT tag with header id `id` and whether it is read as integers (else as
    /// floats), or nil when the request does not name it.
    func requestedTag(format id: Int32) -> (tag: String, isInteger: Bool)? {
        switch requestedByID[format: id] {
        case .requested(let tag): return tag
        case .notRequested: return nil
        case .unknown:
            let name = String(cString: hm_header_id_name(hdr, id))
            let tag: (String, Bool)? =
                request.formatIntegers.contains(name) ? (name, true) : request.formatFloats.contains(name) ? (name, false) : nil
            requestedByID[format: id] = tag.map { .requested($0) } ?? .notRequested
            return tag
        }
    }
}

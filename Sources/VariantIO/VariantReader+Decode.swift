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
        var filters: [String] = []
        for i in 0..<hm_filter_count(record) {
            filters.append(String(cString: hm_filter_name(hdr, record, i)))
        }
        var info = InfoValues()
        for field in 0..<hm_info_field_count(record) {
            // The first of a tag given twice, as htslib's getters read it.
            guard let (tag, type) = requestedTag(info: hm_info_field_id(record, field)), info[tag] == nil else { continue }
            if let value = (type == BCF_HT_STR ? infoString(field: field) : nil) ?? infoValue(tag) { info[tag] = value }
        }
        return VariantRecord(
            ordinal: ordinal,
            contig: contig,
            position: position,
            id: String(cString: rec.d.id),
            ref: ref,
            alts: alts,
            filters: filters == ["."] ? [] : filters,
            info: info,
            samples: sampleCalls()
        )
    }

    /// A string INFO field (`CSQ`) read from htslib's buffer; nil when it holds no characters (then read as `infoValue` reads it).
    func infoString(field: Int32) -> String? {
        var length: Int32 = 0
        guard let chars = hm_info_field_chars(record, field, &length) else { return nil }
        // BCF pads strings with NULs; trimmed on the bytes (Foundation's trimming is slow).
        var bytes = UnsafeRawBufferPointer(start: chars, count: Int(length))[...]
        while bytes.first == 0 { bytes = bytes.dropFirst() }
        while bytes.last == 0 { bytes = bytes.dropLast() }
        return String(decoding: bytes, as: UTF8.self)
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

    func sampleCalls() -> [SampleCall] {
        let sampleCount = Int(hm_nsamples(hdr))
        guard sampleCount > 0 else { return [] }
        let layout = formatLayout()
        // Read in place from htslib's FORMAT buffers, by the header ids of the record's fields, into one
        // array per kind that all samples share (every kept record's samples pass through here): no
        // lookup by tag name, no copy into a getter's buffer, no dictionary or array per sample.
        // Slots tag by tag, sample by sample: `ends[slot]` is one past the slot's last value.
        var genotypeEnds: [Int] = [], genotypes: [Int?] = []
        if let field = layout.genotype {
            genotypeEnds.reserveCapacity(sampleCount)
            genotypes.reserveCapacity(2 * sampleCount)
            let values = hm_format_field(record, Int32(field)).pointee
            for sample in 0..<sampleCount {
                for index in 0..<Int(values.n) {
                    let value = Self.integer(values, sample: sample, index: index)
                    guard value != hm_int32_vector_end() else { break }
                    genotypes.append(hm_gt_is_missing(value) != 0 ? nil : Int(hm_gt_allele(value)))
                }
                genotypeEnds.append(genotypes.count)
            }
        }
        var integerEnds: [Int] = [], integers: [Int] = []
        integerEnds.reserveCapacity(layout.integerTags.count * sampleCount)
        // Room for two values a slot (AD of a biallelic record) before the array grows.
        integers.reserveCapacity(2 * layout.integerTags.count * sampleCount)
        for field in layout.integerFields {
            let values = hm_format_field(record, Int32(field)).pointee
            for sample in 0..<sampleCount {
                let start = integers.count
                for index in 0..<Int(values.n) {
                    let value = Self.integer(values, sample: sample, index: index)
                    guard value != hm_int32_vector_end() else { break }
                    // A vector with a missing value in it is left out whole: dropping the gap would shift
                    // later alleles' values onto earlier alleles.
                    guard value != hm_int32_missing() else {
                        integers.removeSubrange(start...)
                        break
                    }
                    integers.append(Int(value))
                }
                integerEnds.append(integers.count)
            }
        }
        var floatEnds: [Int] = [], floats: [Double] = []
        for field in layout.floatFields {
            let values = hm_format_field(record, Int32(field)).pointee
            for sample in 0..<sampleCount {
                let start = floats.count
                for index in 0..<Int(values.n) {
                    let value = Self.float(values, sample: sample, index: index)
                    guard value != Self.floatVectorEnd else { break }
                    // As for integers: a vector with a gap is left out whole rather than shifted.
                    guard value != Self.floatMissing else {
                        floats.removeSubrange(start...)
                        break
                    }
                    // The value as the file wrote it: `0.3` stays 0.3, not the Float's 0.30000001192092896 (as INFO floats, read as text above).
                    let float = Float(bitPattern: value)
                    floats.append(Double(String(float)) ?? Double(float))
                }
                floatEnds.append(floats.count)
            }
        }
        return (0..<sampleCount).map { sample in
            SampleCall(
                genotypes: FormatValues(
                    tags: layout.genotype == nil ? [] : SampleCall.genotypeTag, ends: genotypeEnds, values: genotypes, sampleCount: sampleCount,
                    sample: sample),
                integers: FormatValues(tags: layout.integerTags, ends: integerEnds, values: integers, sampleCount: sampleCount, sample: sample),
                floats: FormatValues(tags: layout.floatTags, ends: floatEnds, values: floats, sampleCount: sampleCount, sample: sample))
        }
    }

    /// The record's FORMAT fields to read: the last record's when it holds the same fields (a file's
    /// records mostly do), else worked out from the header ids once more.
    func formatLayout() -> FormatLayout {
        let fieldCount = Int(hm_format_field_count(record))
        var sameFields = requestedByID.formatLayout.ids.count == fieldCount
        for field in 0..<fieldCount where sameFields {
            sameFields = hm_format_field_id(record, Int32(field)) == requestedByID.formatLayout.ids[field]
        }
        guard !sameFields else { return requestedByID.formatLayout }
        var layout = FormatLayout()
        for field in 0..<fieldCount {
            let values = hm_format_field(record, Int32(field)).pointee
            layout.ids.append(values.id)
            // What htslib's getters would decline is left out (the tag then reads as absent): a field
            // marked removed, and values stored as another kind than the header declares (htslib's
            // getters misread those or stop the process).
            guard values.p != nil else { continue }
            let integerStorage = [BCF_BT_INT8, BCF_BT_INT16, BCF_BT_INT32].contains(values.type)
            if String(cString: hm_header_id_name(hdr, values.id)) == "GT" {
                // The header declares GT a String; BCF holds it as integers.
                if layout.genotype == nil, hm_format_type(hdr, values.id) == BCF_HT_STR, integerStorage { layout.genotype = field }
                continue
            }
            switch requestedTag(format: values.id) {
            case let (tag, isInteger)? where isInteger:
                guard hm_format_type(hdr, values.id) == BCF_HT_INT, integerStorage else { continue }
                layout.integerTags.append(tag)
                layout.integerFields.append(field)
            case let (tag, _)?:
                guard hm_format_type(hdr, values.id) == BCF_HT_REAL, values.type == BCF_BT_FLOAT else { continue }
                layout.floatTags.append(tag)
                layout.floatFields.append(field)
            case nil: break
            }
        }
        requestedByID.formatLayout = layout
        return layout
    }

    /// htslib's float sentinels (`bcf_float_missing`, `bcf_float_vector_end`), as bit patterns.
    static let floatMissing: UInt32 = 0x7F80_0001
    static let floatVectorEnd: UInt32 = 0x7F80_0002

    /// Value `index` of `sample` in an integer FORMAT field as htslib's getters give it: widened to
    /// 32 bits, the narrower types' missing and vector-end values mapped onto the 32-bit ones. BCF
    /// values are little-endian, as this machine is.
    static func integer(_ field: bcf_fmt_t, sample: Int, index: Int) -> Int32 {
        let values = UnsafeRawPointer(field.p!) + sample * Int(field.size)
        switch field.type {
        case BCF_BT_INT8:
            let value = values.load(fromByteOffset: index, as: Int8.self)
            return value == Int8.min ? hm_int32_missing() : value == Int8.min + 1 ? hm_int32_vector_end() : Int32(value)
        case BCF_BT_INT16:
            let value = values.loadUnaligned(fromByteOffset: 2 * index, as: Int16.self)
            return value == Int16.min ? hm_int32_missing() : value == Int16.min + 1 ? hm_int32_vector_end() : Int32(value)
        default:
            return values.loadUnaligned(fromByteOffset: 4 * index, as: Int32.self)
        }
    }

    /// Value `index` of `sample` in a float FORMAT field, as its bit pattern (to tell htslib's sentinels apart).
    static func float(_ field: bcf_fmt_t, sample: Int, index: Int) -> UInt32 {
        (UnsafeRawPointer(field.p!) + sample * Int(field.size)).loadUnaligned(fromByteOffset: 4 * index, as: UInt32.self)
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

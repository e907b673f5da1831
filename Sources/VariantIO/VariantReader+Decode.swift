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
        var alleles: [String] = []
        alleles.reserveCapacity(alleleCount)
        for i in 0..<alleleCount {
            alleles.append(String(cString: rec.d.allele[i]!))
        }
        guard let ref = alleles.first else {
            throw VariantIOError(.malformedRecord, path: path, detail: "\(place(ofRecord: ordinal)) has no REF allele")
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
            alts: Array(alleles.dropFirst()).filter { $0 != "." },
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
        // Read straight from htslib's buffers into one array per kind that all samples share (every
        // kept record's samples pass through here): no dictionary, no array per sample and tag.
        var genotypes = [[Int?]](repeating: [], count: sampleCount)
        forEachSample({ hm_get_genotypes(hdr, record, &intBuffer, &intCapacity) }) { sample, values in
            var genotype: [Int?] = []
            genotype.reserveCapacity(values.count)
            for value in values where value != hm_int32_vector_end() {
                genotype.append(hm_gt_is_missing(value) != 0 ? nil : Int(hm_gt_allele(value)))
            }
            genotypes[sample] = genotype
        }
        let fieldCount = Int(hm_format_field_count(record))
        var sameFields = requestedByID.formatLayout.ids.count == fieldCount
        for field in 0..<fieldCount where sameFields {
            sameFields = hm_format_field_id(record, Int32(field)) == requestedByID.formatLayout.ids[field]
        }
        if !sameFields {
            var layout: (ids: [Int32], integers: [String], integerNames: [[CChar]], floats: [String], floatNames: [[CChar]]) = ([], [], [], [], [])
            for field in 0..<Int32(fieldCount) {
                layout.ids.append(hm_format_field_id(record, field))
                switch requestedTag(format: hm_format_field_id(record, field)) {
                case let (tag, isInteger)? where isInteger:
                    layout.integers.append(tag)
                    layout.integerNames.append(Array(tag.utf8CString))
                case let (tag, _)?:
                    layout.floats.append(tag)
                    layout.floatNames.append(Array(tag.utf8CString))
                case nil: break
                }
            }
            requestedByID.formatLayout = layout
        }
        let integerTags = requestedByID.formatLayout.integers, floatTags = requestedByID.formatLayout.floats
        let integerNames = requestedByID.formatLayout.integerNames, floatNames = requestedByID.formatLayout.floatNames
        // Slots tag by tag, sample by sample: `ends[slot]` is one past the slot's last value.
        var integerEnds: [Int] = [], integers: [Int] = []
        integerEnds.reserveCapacity(integerTags.count * sampleCount)
        // Room for two values a slot (AD of a biallelic record) before the array grows.
        integers.reserveCapacity(2 * integerTags.count * sampleCount)
        for name in integerNames {
            var present = false
            forEachSample({ hm_get_format_int32(hdr, record, name, &intBuffer, &intCapacity) }) { _, values in
                present = true
                let start = integers.count
                for value in values where value != hm_int32_vector_end() {
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
            if !present { integerEnds += repeatElement(integers.count, count: sampleCount) }
        }
        var floatEnds: [Int] = [], floats: [Double] = []
        for name in floatNames {
            let total = hm_get_format_float(hdr, record, name, &floatBuffer, &floatCapacity)
            guard total > 0, let buffer = floatBuffer else {
                floatEnds += repeatElement(floats.count, count: sampleCount)
                continue
            }
            let perSample = Int(total) / sampleCount
            for sample in 0..<sampleCount {
                let values = (0..<perSample).map { buffer[sample * perSample + $0] }.filter { hm_float_is_vector_end($0) == 0 }
                // As for integers: a vector with a gap is left out whole rather than shifted.
                if !values.contains(where: { hm_float_is_missing($0) != 0 }) {
                    // The value as the file wrote it: `0.3` stays 0.3, not the Float's 0.30000001192092896 (as INFO floats, read as text above).
                    floats += values.map { Double(String($0)) ?? Double($0) }
                }
                floatEnds.append(floats.count)
            }
        }
        return (0..<sampleCount).map { sample in
            SampleCall(
                genotype: genotypes[sample],
                integers: FormatValues(tags: integerTags, ends: integerEnds, values: integers, sampleCount: sampleCount, sample: sample),
                floats: FormatValues(tags: floatTags, ends: floatEnds, values: floats, sampleCount: sampleCount, sample: sample))
        }
    }

    /// Calls an htslib FORMAT getter that fills `intBuffer` and hands `body` each sample's slice of
    /// it (vector-end padding included); nothing when the record lacks the field.
    func forEachSample(_ fetch: () -> Int32, _ body: (Int, UnsafeBufferPointer<Int32>) -> Void) {
        let total = fetch()
        let sampleCount = Int(hm_nsamples(hdr))
        guard total > 0, sampleCount > 0, let buffer = intBuffer else { return }
        let perSample = Int(total) / sampleCount
        for sample in 0..<sampleCount {
            body(sample, UnsafeBufferPointer(start: buffer + sample * perSample, count: perSample))
        }
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

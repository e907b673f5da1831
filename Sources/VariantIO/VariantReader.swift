import CHTSShims
import CHTSlib
import Foundation

/// Streams a VCF, bgzipped VCF or BCF file (or standard input, `-`) through htslib.
///
/// The reader owns its htslib handles and is not `Sendable`: keep it in one task and hand the
/// decoded `VariantRecord` values to other tasks. Records are parsed by htslib; only those the
/// caller keeps are unpacked and copied into Swift values.
public final class VariantReader {
    public let path: String
    public let header: VariantHeader
    /// `true` when the input is BCF rather than VCF text.
    public let isBCF: Bool
    /// `true` for plain gzip rather than BGZF: readable, but not indexable or seekable.
    public let isPlainGzip: Bool

    private let file: UnsafeMutablePointer<htsFile>
    private let hdr: UnsafeMutablePointer<bcf_hdr_t>
    private let record: UnsafeMutablePointer<bcf1_t>
    private let request: FieldRequest
    private var ordinal = 0
    private var contigNames: [String] = []
    private var previous: (contig: String, position: Int)?
    private var line = kstring_t(l: 0, m: 0, s: nil)
    private var lastRawContig: [UInt8] = []
    private var lastRawContigName = ""
    /// Declared contig lengths, and the last one looked up (records come sorted by contig).
    private let contigLengths: [String: Int]
    private var lengthCache: (contig: String, length: Int?) = ("", nil)
    private var intBuffer: UnsafeMutablePointer<Int32>?
    private var intCapacity: Int32 = 0
    private var floatBuffer: UnsafeMutablePointer<Float>?
    private var floatCapacity: Int32 = 0
    private var stringBuffer: UnsafeMutablePointer<CChar>?
    private var stringCapacity: Int32 = 0
    /// Records htslib reads although they are unusual or off the specification, to warn about.
    private var oddities = RecordOddities()
    /// Set by `restrict(to:)`: records come from these regions of the index, not the whole file.
    private var cursor: RegionCursor?
    /// A text file's body, line by line (`nil` for BCF).
    private var lines: LineBuffer?

    /// Opens `path` (`-` for standard input) and reads its header.
    /// - Parameters:
    ///   - threads: BGZF decompression threads; 1 decompresses on the calling thread.
    ///   - request: the INFO and FORMAT fields to decode for kept records.
    public init(path: String, threads: Int = 1, request: FieldRequest = FieldRequest()) throws(VariantIOError) {
        hm_silence_htslib()
        self.path = path
        self.request = request
        if path != "-" {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw VariantIOError(.unreadable, path: path, detail: "no such file")
            }
            guard !isDirectory.boolValue, FileManager.default.isReadableFile(atPath: path) else {
                throw VariantIOError(.unreadable, path: path, detail: "not a readable file")
            }
        }
        guard let file = hts_open(path, "r") else {
            // htslib fails to open a readable file whose format it does not recognise.
            let reason = String(cString: strerror(errno))
            if path == "-" || errno == ENOEXEC {
                throw VariantIOError(.notVariantFile, path: path, detail: "not a VCF or BCF file (htslib: \(reason))")
            }
            throw VariantIOError(.unreadable, path: path, detail: "cannot open: \(reason)")
        }
        let format = hts_get_format(file).pointee
        guard format.category == variant_data, format.format == vcf || format.format == bcf else {
            hts_close(file)
            throw VariantIOError(.notVariantFile, path: path,
                                 detail: "not a VCF or BCF file (htslib sees \(Self.describe(format)))")
        }
        if format.compression == bgzf, path != "-", hm_bgzf_eof_marker(file) == 0 {
            hts_close(file)
            throw VariantIOError(.truncated, path: path,
                                 detail: "truncated: the BGZF end-of-file marker is missing")
        }
        if threads > 1, format.compression == bgzf {
            hts_set_threads(file, Int32(threads))
        }
        guard let hdr = bcf_hdr_read(file) else {
            hts_close(file)
            let reason = format.format == vcf && path != "-" ? Self.headerProblem(path) : nil
            throw VariantIOError(.malformedHeader, path: path, detail: "the VCF header cannot be parsed: "
                                 + (reason ?? "a missing #CHROM line, a bad header line or duplicate sample names"))
        }
        self.file = file
        self.hdr = hdr
        self.record = bcf_init()
        self.isBCF = format.format == bcf
        self.isPlainGzip = format.compression == gzip
        self.header = Self.copyHeader(hdr)
        if format.format == vcf, let stream = hm_text_stream(file) {
            lines = LineBuffer(stream: stream, maximumLine: Self.maximumRecordBytes)
        }
        self.contigLengths = Dictionary(header.contigs.compactMap { contig in contig.length.map { (contig.name, $0) } },
                                        uniquingKeysWith: { first, _ in first })
    }

    deinit {
        cursor = nil
        lines = nil
        bcf_destroy(record)
        bcf_hdr_destroy(hdr)
        hts_close(file)
        free(intBuffer)
        free(floatBuffer)
        free(stringBuffer)
        hm_kstring_free(&line)
    }

    /// Name of the contig with htslib id `id` (contigs met in the body without a header line included).
    public func contigName(_ id: Int32) -> String {
        while contigNames.count <= Int(id) {
            contigNames.append(String(cString: bcf_hdr_id2name(hdr, Int32(contigNames.count))))
        }
        return contigNames[Int(id)]
    }

    /// Reads only records overlapping `regions` from here on, through the file's index (`.tbi` or
    /// `.csi` beside a bgzipped VCF, `.csi` beside a BCF), as `bcftools view -R` does. Regions must
    /// be sorted and disjoint within a contig; contigs the file does not hold are skipped.
    public func restrict(to regions: [GenomicRegion]) throws(VariantIOError) {
        let compression = hts_get_format(file).pointee.compression
        guard path != "-", compression == bgzf else {
            throw VariantIOError(.unreadable, path: path, detail: path == "-"
                ? "standard input cannot be read through an index" : "only a bgzipped VCF or a BCF can be read through an index")
        }
        if isBCF {
            guard let index = hm_bcf_index_load(path) else {
                throw VariantIOError(.unreadable, path: path, detail: "no index (\(path).csi): make one with `bcftools index`")
            }
            cursor = RegionCursor(regions: regions, tabix: nil, index: index) { bcf_hdr_name2id(hdr, $0) }
        } else {
            guard let tabix = hm_tbx_index_load(path) else {
                throw VariantIOError(.unreadable, path: path,
                                     detail: "no index (\(path).tbi or .csi): make one with `tabix -p vcf` or `bcftools index`")
            }
            cursor = RegionCursor(regions: regions, tabix: tabix, index: nil) { tbx_name2id(tabix, $0) }
        }
    }

    /// True when `restrict(to:)` is in force.
    public var readsRegions: Bool { cursor != nil }

    /// Limits that protect the machine: longer records and more alleles are errors, not memory.
    public static let maximumRecordBytes = 256 << 20
    public static let maximumAlleles = 1024

    /// Records read as htslib reads them though they are unusual (POS 0) or off the specification
    /// (columns beyond the header's): one warning per kind, naming the first records.
    public var warnings: [String] { oddities.warnings }

    /// Number of records read so far, kept or not.
    public var recordsRead: Int { ordinal }

    /// Reads on until a record for which `keep(contig, position, isStructural)` is true (position
    /// 1-based; structural when an ALT is symbolic `<…>` or a breakend) and returns it decoded; `nil`
    /// at the end of the file. Text VCF lines are judged from their raw CHROM, POS and ALT first: a
    /// line `keep` rejects is checked for its column count but never parsed.
    public func next(where keep: (_ contig: String, _ position: Int, _ isStructural: Bool) -> Bool) throws(VariantIOError) -> VariantRecord? {
        isBCF ? try nextBinary(where: keep) : try nextText(where: keep)
    }

    private func nextBinary(where keep: (String, Int, Bool) -> Bool) throws(VariantIOError) -> VariantRecord? {
        while true {
            let status = cursor?.next(file: file, line: &line, record: record) ?? bcf_read(file, hdr, record)
            if status == -1 { return nil }
            ordinal += 1
            if status < -1 {
                throw failure("record \(ordinal) (after \(lastLocus)) cannot be read: the file is truncated or corrupt")
            }
            try checkParsedRecord()
            let contig = contigName(record.pointee.rid)
            let position = Int(record.pointee.pos) + 1
            if position == 0 { oddities.note(.telomere, record: ordinal, locus: "\(contig):0", detail: nil) }
            if cursor?.alreadyDelivered(position) == true {
                ordinal -= 1
                continue
            }
            try checkWithinContig(contig, position)
            previous = (contig, position)
            guard hm_unpack_str(record) == 0 else {
                throw VariantIOError(.malformedRecord, path: path, detail: "record \(ordinal) (after \(lastLocus)) cannot be unpacked")
            }
            let structural = (1..<Int(hm_allele_count(record))).contains { index in
                Self.isStructural(UnsafeRawBufferPointer(start: record.pointee.d.allele[index], count: strlen(record.pointee.d.allele[index]!)))
            }
            guard keep(contig, position, structural) else { continue }
            return try decode(contig: contig, position: position)
        }
    }

    private func nextText(where keep: (String, Int, Bool) -> Bool) throws(VariantIOError) -> VariantRecord? {
        while true {
            let bytes: UnsafeRawBufferPointer
            let fromBuffer = cursor == nil && lines != nil
            if fromBuffer, let lines {
                do {
                    guard let next = try lines.next() else { return nil }
                    bytes = next
                } catch .tooLong {
                    throw VariantIOError(.malformedRecord, path: path,
                                         detail: "record \(ordinal + 1) (after \(lastLocus)) is longer than \(Self.maximumRecordBytes >> 20) MiB")
                } catch {
                    throw failure("record \(ordinal + 1) (after \(lastLocus)) cannot be read: the file is truncated or corrupt")
                }
            } else {
                let length = cursor?.next(file: file, line: &line, record: record) ?? hm_getline(file, &line)
                if length == -1 { return nil }
                if length < -1 {
                    throw failure("record \(ordinal + 1) (after \(lastLocus)) cannot be read: the file is truncated or corrupt")
                }
                bytes = UnsafeRawBufferPointer(start: line.s, count: Int(line.l))
            }
            if bytes.isEmpty { continue }
            ordinal += 1
            guard bytes.count <= Self.maximumRecordBytes else {
                throw VariantIOError(.malformedRecord, path: path,
                                     detail: "record \(ordinal) (after \(lastLocus)) is longer than \(Self.maximumRecordBytes >> 20) MiB")
            }
            let (contig, position, structural) = try rawLocus(bytes)
            if cursor?.alreadyDelivered(position) == true {
                ordinal -= 1
                continue
            }
            try checkWithinContig(contig, position)
            guard keep(contig, position, structural) else {
                previous = (contig, position)
                continue
            }
            if fromBuffer, hm_kstring_assign(&line, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count) != 0 {
                throw VariantIOError(.malformedRecord, path: path, detail: "record \(ordinal) (after \(lastLocus)) does not fit in memory")
            }
            guard vcf_parse(&line, hdr, record) == 0 else {
                throw VariantIOError(.malformedRecord, path: path, detail: "record \(ordinal) (after \(lastLocus)) is malformed: htslib cannot parse it")
            }
            try checkParsedRecord()
            previous = (contig, position)
            return try decode(contig: contigName(record.pointee.rid), position: Int(record.pointee.pos) + 1)
        }
    }

    /// CHROM, POS and whether ALT is structural, of a raw VCF line, after checking the line has the
    /// header's number of columns.
    private func rawLocus(_ bytes: UnsafeRawBufferPointer) throws(VariantIOError) -> (String, Int, Bool) {
        var tabs = 0
        var firstTab = -1
        var secondTab = -1
        var fourthTab = -1
        var fifthTab = -1
        if let base = bytes.baseAddress {
            // Tabs by memchr while they are few (a tumor/normal line has about ten, far apart);
            // beyond sixteen (a cohort's thousands) counted eight bytes at a time.
            var cursor = base
            let end = base + bytes.count
            while tabs < 16, cursor < end, let found = memchr(cursor, 0x09, end - cursor) {
                let index = UnsafeRawPointer(found) - base
                switch tabs {
                case 0: firstTab = index
                case 1: secondTab = index
                case 3: fourthTab = index
                case 4: fifthTab = index
                default: break
                }
                tabs += 1
                cursor = UnsafeRawPointer(found) + 1
            }
            tabs += Self.countTabs(UnsafeRawBufferPointer(start: cursor, count: end - cursor))
        }
        let samples = Int(hm_nsamples(hdr))
        if samples > 0, tabs > 8 + samples {
            // htslib (and so bcftools) reads such a line and ignores the columns beyond the header's.
            oddities.note(.extraColumns, record: ordinal, locus: Self.rawLocusText(bytes.baseAddress!, firstTab: firstTab, secondTab: secondTab),
                          detail: "\(tabs + 1) columns, the header \(9 + samples)")
        }
        guard samples == 0 ? tabs >= 7 : tabs >= 8 + samples else {
            let expected = samples == 0 ? "at least 8" : "\(9 + samples)"
            throw VariantIOError(.malformedRecord, path: path,
                                 detail: "record \(ordinal) (after \(lastLocus)) is malformed: it has \(tabs + 1) tab-separated columns, the header needs \(expected)")
        }
        guard firstTab > 0, let base = bytes.baseAddress else {
            throw VariantIOError(.malformedRecord, path: path, detail: "record \(ordinal) (after \(lastLocus)) is malformed: CHROM is empty")
        }
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        var position = 0
        var isNumber = secondTab > firstTab + 1
        for index in (firstTab + 1)..<secondTab {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit <= 9, position < Int.max / 10 else { isNumber = false; break }
            position = position * 10 + Int(digit)
        }
        guard isNumber else {
            throw VariantIOError(.malformedRecord, path: path, detail: "record \(ordinal) (after \(lastLocus)) is malformed: POS is not a positive number")
        }
        if position == 0 {
            // The VCF specification's telomere position; htslib and bcftools read it.
            oddities.note(.telomere, record: ordinal, locus: Self.rawLocusText(base, firstTab: firstTab, secondTab: secondTab), detail: nil)
        }
        if firstTab != lastRawContig.count || !lastRawContig.withUnsafeBytes({ memcmp($0.baseAddress!, base, firstTab) == 0 }) {
            lastRawContig = Array(UnsafeBufferPointer(start: bytes, count: firstTab))
            lastRawContigName = String(decoding: lastRawContig, as: UTF8.self)
        }
        let structural = Self.hasStructuralAllele(UnsafeBufferPointer(start: bytes + fourthTab + 1, count: fifthTab - fourthTab - 1))
        return (lastRawContigName, position, structural)
    }

    /// `CHROM:POS` as the raw line writes them, for a warning.
    private static func rawLocusText(_ base: UnsafeRawPointer, firstTab: Int, secondTab: Int) -> String {
        guard firstTab > 0, secondTab > firstTab else { return "?" }
        let chrom = String(decoding: UnsafeRawBufferPointer(start: base, count: firstTab), as: UTF8.self)
        let pos = String(decoding: UnsafeRawBufferPointer(start: base + firstTab + 1, count: secondTab - firstTab - 1), as: UTF8.self)
        return "\(chrom):\(pos)"
    }

    /// The tab bytes in `bytes`, eight at a time: a byte of `word ^ 0x09…` is zero exactly where
    /// a tab was, and `~((x & 0x7F…) + 0x7F… | x | 0x7F…)` sets the high bit of exactly those bytes.
    private static func countTabs(_ bytes: UnsafeRawBufferPointer) -> Int {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var count = 0
        var index = 0
        while index + 8 <= bytes.count {
            let x = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ 0x0909_0909_0909_0909
            // One bit per tab byte, moved to the byte's low end and summed into the top byte by the
            // multiply (the generic x86-64 target has no popcount instruction).
            let tabs = (~(((x & low) &+ low) | x | low)) >> 7
            count += Int((tabs &* 0x0101_0101_0101_0101) >> 56)
            index += 8
        }
        while index < bytes.count {
            if bytes[index] == 0x09 { count += 1 }
            index += 1
        }
        return count
    }

    /// True when one of the comma-separated ALT alleles is structural (see `isStructural`), in one
    /// pass over the bytes: this runs on every line of a text VCF.
    private static func hasStructuralAllele(_ alts: UnsafeBufferPointer<UInt8>) -> Bool {
        var alleleStart = 0
        for index in 0...alts.count {
            let byte = index < alts.count ? alts[index] : UInt8(ascii: ",")
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "]"):
                return true
            case UInt8(ascii: "<") where index == alleleStart:
                return true
            case UInt8(ascii: ","):
                let length = index - alleleStart
                if length > 1, alts[alleleStart] == UInt8(ascii: ".") || alts[index - 1] == UInt8(ascii: ".") { return true }
                alleleStart = index + 1
            default:
                continue
            }
        }
        return false
    }

    /// A symbolic allele (`<DEL>`), a breakend (`N[1:100[`) or a single breakend (`.A`, `A.`).
    private static func isStructural(_ allele: UnsafeRawBufferPointer) -> Bool {
        guard let first = allele.first, let last = allele.last else { return false }
        if first == UInt8(ascii: "<") { return true }
        if allele.count > 1, first == UInt8(ascii: ".") || last == UInt8(ascii: ".") { return true }
        return allele.contains(UInt8(ascii: "[")) || allele.contains(UInt8(ascii: "]"))
    }

    /// Throws when a record lies beyond the length its contig's header line declares.
    private func checkWithinContig(_ contig: String, _ position: Int) throws(VariantIOError) {
        if contig != lengthCache.contig { lengthCache = (contig, contigLengths[contig]) }
        if let length = lengthCache.length, position > length {
            throw VariantIOError(.malformedRecord, path: path,
                                 detail: "record \(ordinal) (after \(lastLocus)) is malformed: POS \(position) lies beyond \(contig)'s declared length \(length)")
        }
    }

    /// Throws when htslib parsed the record but it is unusable.
    private func checkParsedRecord() throws(VariantIOError) {
        if let problem = problem() {
            throw VariantIOError(.malformedRecord, path: path, detail: "record \(ordinal) (after \(lastLocus)) is malformed: \(problem)")
        }
    }

    /// Where the last good record stood, for messages about the next one.
    private var lastLocus: String {
        previous.map { "\($0.contig):\($0.position)" } ?? "the header"
    }

    /// What is wrong with the record just parsed, beyond what htslib repairs itself (undeclared contigs and tags).
    private func problem() -> String? {
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

    private func failure(_ detail: String) -> VariantIOError {
        // htslib reports a broken compressed stream and an unparsable text line alike; a text VCF
        // cannot be truncated mid-block, so its failures are malformed records.
        let compressed = hts_get_format(file).pointee.compression != no_compression
        return VariantIOError(compressed ? .truncated : .malformedRecord, path: path, detail: detail)
    }

    private func decode(contig: String, position: Int) throws(VariantIOError) -> VariantRecord {
        guard hm_unpack_all(record) == 0 else {
            throw VariantIOError(.malformedRecord, path: path, detail: "record \(ordinal) cannot be unpacked")
        }
        let rec = record.pointee
        let alleleCount = Int(hm_allele_count(record))
        var alleles: [String] = []
        alleles.reserveCapacity(alleleCount)
        for i in 0..<alleleCount {
            alleles.append(String(cString: rec.d.allele[i]!))
        }
        guard let ref = alleles.first else {
            throw VariantIOError(.malformedRecord, path: path, detail: "record \(ordinal) has no REF allele")
        }
        var filters: [String] = []
        for i in 0..<hm_filter_count(record) {
            filters.append(String(cString: hm_filter_name(hdr, record, i)))
        }
        var info: [String: String] = [:]
        for tag in request.info {
            if let value = infoValue(tag) { info[tag] = value }
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

    private func infoValue(_ tag: String) -> String? {
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

    private func sampleCalls() -> [SampleCall] {
        let sampleCount = Int(hm_nsamples(hdr))
        guard sampleCount > 0 else { return [] }
        let genotypes = perSampleIntegers { hm_get_genotypes(hdr, record, &intBuffer, &intCapacity) }
        var integers = [[String: [Int]]](repeating: [:], count: sampleCount)
        for tag in request.formatIntegers {
            guard let values = perSampleIntegers({ hm_get_format_int32(hdr, record, tag, &intBuffer, &intCapacity) }) else { continue }
            // A vector with a missing value in it is left out whole: dropping the gap would shift
            // later alleles' values onto earlier alleles.
            for (sample, list) in values.enumerated() where !list.isEmpty && !list.contains(hm_int32_missing()) {
                integers[sample][tag] = list.map(Int.init)
            }
        }
        var floats = [[String: [Double]]](repeating: [:], count: sampleCount)
        for tag in request.formatFloats {
            let total = hm_get_format_float(hdr, record, tag, &floatBuffer, &floatCapacity)
            guard total > 0, let buffer = floatBuffer else { continue }
            let perSample = Int(total) / sampleCount
            for sample in 0..<sampleCount {
                let values = (0..<perSample).map { buffer[sample * perSample + $0] }.filter { hm_float_is_vector_end($0) == 0 }
                // As for integers: a vector with a gap is left out whole rather than shifted.
                guard !values.isEmpty, !values.contains(where: { hm_float_is_missing($0) != 0 }) else { continue }
                floats[sample][tag] = values.map(Double.init)
            }
        }
        return (0..<sampleCount).map { sample in
            let genotype: [Int?] = genotypes?[sample].map { hm_gt_is_missing($0) != 0 ? nil : Int(hm_gt_allele($0)) } ?? []
            return SampleCall(genotype: genotype, integers: integers[sample], floats: floats[sample])
        }
    }

    /// Calls an htslib FORMAT getter that fills `intBuffer` and splits its values per sample,
    /// dropping vector-end padding.
    private func perSampleIntegers(_ fetch: () -> Int32) -> [[Int32]]? {
        let total = fetch()
        let sampleCount = Int(hm_nsamples(hdr))
        guard total > 0, sampleCount > 0, let buffer = intBuffer else { return nil }
        let perSample = Int(total) / sampleCount
        return (0..<sampleCount).map { sample in
            (0..<perSample).map { buffer[sample * perSample + $0] }.filter { $0 != hm_int32_vector_end() }
        }
    }

    private static func copyHeader(_ hdr: UnsafeMutablePointer<bcf_hdr_t>) -> VariantHeader {
        let samples = (0..<hm_nsamples(hdr)).map { String(cString: hm_sample_name(hdr, $0)) }
        let contigs = (0..<hm_contig_count(hdr)).map { i -> Contig in
            let length = hm_contig_length(hdr, i)
            return Contig(name: String(cString: hm_contig_name(hdr, i)), length: length > 0 ? Int(length) : nil)
        }
        var info: [FieldDefinition] = []
        var format: [FieldDefinition] = []
        var meta: [(key: String, value: String)] = []
        for i in 0..<Int(hdr.pointee.nhrec) {
            guard let hrec = hdr.pointee.hrec[i]?.pointee else { continue }
            let key = String(cString: hrec.key)
            switch Int32(hrec.type) {
            case BCF_HL_GEN:
                meta.append((key: key, value: hrec.value.map { String(cString: $0) } ?? ""))
            case BCF_HL_INFO, BCF_HL_FMT:
                var fields: [String: String] = [:]
                for k in 0..<Int(hrec.nkeys) {
                    fields[String(cString: hrec.keys[k]!)] = unquoted(String(cString: hrec.vals[k]!))
                }
                let definition = FieldDefinition(id: fields["ID"] ?? "", number: fields["Number"] ?? "",
                                                 type: fields["Type"] ?? "", description: fields["Description"] ?? "")
                if Int32(hrec.type) == BCF_HL_INFO { info.append(definition) } else { format.append(definition) }
            default:
                continue
            }
        }
        return VariantHeader(samples: samples, contigs: contigs, info: info, format: format, meta: meta)
    }

    /// htslib keeps a header value's VCF quoting (`"Allelic depths"`); the model holds the text itself.
    private static func unquoted(_ value: String) -> String {
        guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else { return value }
        return String(value.dropFirst().dropLast())
    }

    /// Why htslib refused a text header, read again line by line through htslib: no `#CHROM` line,
    /// a `#CHROM` line not separated by tabs, or a sample named twice.
    private static func headerProblem(_ path: String) -> String? {
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

    private static func describe(_ format: htsFormat) -> String {
        guard let text = withUnsafePointer(to: format, { hts_format_description($0) }) else { return "an unknown format" }
        defer { free(text) }
        return String(cString: text)
    }
}

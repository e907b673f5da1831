import CHTSShims
import CHTSlib
import FoundationEssentials
import Glibc

/// Streams a VCF, bgzipped VCF or BCF file (or standard input, `-`) through htslib.
///
/// The reader owns its htslib handles and is not `Sendable`: keep it in one task and hand the
/// decoded `VariantRecord` values to other tasks. Records are parsed by htslib; only those the
/// caller keeps are unpacked and copied into Swift values.
public final class VariantReader {
    public let path: String
    /// The header as htslib holds it: with the contigs the tabix index names and the header leaves out,
    /// once declared (`declareIndexContigs()`).
    public private(set) var header: VariantHeader
    /// `true` when the input is BCF rather than VCF text.
    public let isBCF: Bool
    /// `true` for plain gzip rather than BGZF: readable, but not indexable or seekable.
    public let isPlainGzip: Bool

    let file: UnsafeMutablePointer<htsFile>
    /// The BGZF decompression threads asked for (`--threads`).
    let threads: Int
    /// htslib's threads that decompress the file's BGZF blocks (`--threads` above 1), attached when
    /// the records are first read (`prepareStream`); closed after the file.
    var pool: OpaquePointer?
    /// Set once the first record is read: the stream is ready for the way it is read (`prepareStream`).
    var streamPrepared = false
    let hdr: UnsafeMutablePointer<bcf_hdr_t>
    /// The `bcf1_t` the next record is parsed into: a kept record takes it with it (`decode`), and
    /// another comes from `buffers`.
    var record: UnsafeMutablePointer<bcf1_t>
    /// The buffers of kept records that are gone, for the next kept records.
    let buffers = RecordPool()
    /// htslib's error code of the last kept record (the undeclared contigs and tags it repaired).
    var keptErrors: Int32 = 0
    var request: FieldRequest {
        didSet { requestedByID = RequestedFields() }
    }
    /// Which header ids the request names, learnt as records use them.
    var requestedByID = RequestedFields()
    var ordinal = 0
    var contigNames: [String] = []
    /// The contig asked for last (records come sorted by contig).
    var lastContig: (id: Int32, name: String) = (-1, "")
    var previous: (contig: String, position: Int)?
    var line = kstring_t(l: 0, m: 0, s: nil)
    var lastRawContig: [UInt8] = []
    var lastRawContigName = ""
    /// Declared contig lengths, and the last one looked up (records come sorted by contig).
    let contigLengths: [String: Int]
    var lengthCache: (contig: String, length: Int?) = ("", nil)
    /// The contigs the header declares; empty when it has no `##contig` line (then none is counted undeclared).
    var declaredContigs: Set<String>
    /// The contigs a tabix index beside the file may name are still to be declared, when a record
    /// names a contig the header does not (`declareIndexContigs()`).
    var indexContigsPending = false
    /// The last contig met in the body, and whether the header leaves it undeclared.
    var declarationCache: (contig: String, undeclared: Bool) = ("", false)
    var intBuffer: UnsafeMutablePointer<Int32>?
    var intCapacity: Int32 = 0
    var floatBuffer: UnsafeMutablePointer<Float>?
    var floatCapacity: Int32 = 0
    var stringBuffer: UnsafeMutablePointer<CChar>?
    var stringCapacity: Int32 = 0
    /// Records htslib reads although they are unusual or off the specification, to warn about.
    var oddities = RecordOddities()
    /// Set by `restrict(to:)`: records come from these regions of the index, not the whole file.
    var cursor: RegionCursor?
    /// The index `restrict(to:)` reads through.
    public private(set) var index: VariantIndex?
    /// A text VCF's tabix index, loaded with its header when the file is to be read through it
    /// (`indexed`): `restrict(to:)` takes it rather than loading it again; dropped when the file is streamed.
    var loadedIndex: (path: String, tabix: UnsafeMutablePointer<tbx_t>)?
    /// Called with the bytes of every record read through the index (a text line, or a BCF record's
    /// shared and per-sample parts): what was read of the file, for a checksum of it.
    public var onRegionBytes: ((UnsafeRawBufferPointer) -> Void)?
    /// A text file's body, line by line (`nil` for BCF).
    var lines: LineBuffer?
    /// The reader of the file's second part on another thread, until this one comes to it.
    var readAhead: ReadAhead?
    /// Records the second reader kept, handed out in order once this reader came to the split.
    var aheadRecords: ArraySlice<VariantRecord> = []
    /// Where the second reader took over, once this one came to it (`nil`: one reader read it all).
    private(set) var readAheadFrom: Int64?
    /// Makes the record filter for a second reader (`readsAhead(keep:)`).
    var aheadFilter: ReadAhead.FilterMaker?

    /// Opens `path` (`-` for standard input, or a remote URL) and reads its header.
    /// - Parameters:
    ///   - threads: BGZF decompression threads; 1 decompresses on the calling thread.
    ///   - request: the INFO and FORMAT fields to decode for kept records.
    ///   - indexed: the file is to be read through its index (`restrict(to:)`): a text VCF's tabix
    ///     index is then loaded once, with the header, rather than by both.
    public convenience init(path: String, threads: Int = 1, request: FieldRequest = FieldRequest(), indexed: Bool = false)
        throws(VariantIOError)
    {
        let file = try Self.open(path)
        let format = hts_get_format(file).pointee
        guard format.category == variant_data, format.format == vcf || format.format == bcf else {
            hts_close(file)
            throw Self.notVariantFile(path, format)
        }
        try self.init(file: file, path: path, threads: threads, request: request, indexed: indexed)
    }

    /// Opens `path` with htslib, once: a stream (standard input, a FIFO) cannot be opened again, so
    /// what is read from it is decided from this one handle.
    static func open(_ path: String) throws(VariantIOError) -> UnsafeMutablePointer<htsFile> {
        hm_silence_htslib()
        if path != "-", !InputPath.isRemote(path) {
            var isDirectory = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw VariantIOError(.unreadable, path: path, detail: "no such file")
            }
            guard !isDirectory, FileManager.default.isReadableFile(atPath: path) else {
                throw VariantIOError(.unreadable, path: path, detail: "not a readable file")
            }
        }
        errno = 0
        guard let file = hts_open(path, "r") else {
            // htslib fails to open a readable file whose format it does not recognise.
            let reason = String(cString: strerror(errno))
            if InputPath.isRemote(path) { throw InputPath.remoteFailure(path, errno: errno) }
            if path == "-" || errno == ENOEXEC {
                throw VariantIOError(.notVariantFile, path: path, detail: "not a VCF or BCF file (htslib: \(reason))")
            }
            throw VariantIOError(.unreadable, path: path, detail: "cannot open: \(reason)")
        }
        return file
    }

    static func notVariantFile(_ path: String, _ format: htsFormat) -> VariantIOError {
        VariantIOError(.notVariantFile, path: path, detail: "not a VCF or BCF file (htslib sees \(describe(format)))")
    }

    /// Reads the header of `file`, a VCF or BCF opened by `open(_:)`; owns `file` from here on
    /// (closes it when the header cannot be read). `indexed`: as in `init(path:threads:request:indexed:)`.
    convenience init(file: UnsafeMutablePointer<htsFile>, path: String, threads: Int, request: FieldRequest, indexed: Bool = false)
        throws(VariantIOError)
    {
        let format = hts_get_format(file).pointee
        let rereadable = InputPath.canBeReadTwice(path)
        if format.compression == bgzf, rereadable, hm_bgzf_eof_marker(file) == 0 {
            hts_close(file)
            throw VariantIOError(
                .truncated, path: path,
                detail: "truncated: the BGZF end-of-file marker is missing")
        }
        // htslib's header read loads the tabix index beside a text VCF, to declare the contigs it names and
        // the header leaves out. Here a local bgzipped VCF loads it once: to be read through it (quietly:
        // `restrict(to:)` loads it again, saying why, when it cannot be loaded), or to be split by it
        // between two readers (`ReadAhead`), with the header; otherwise only when a record names a contig
        // the header does not declare (`declareIndexContigs()`), before htslib parses that record.
        let localText = format.format == vcf && format.compression == bgzf && rereadable && !InputPath.isRemote(path)
        let loadedIndex =
            localText && indexed
            ? VariantIndex.beside(path, isBCF: false).flatMap { found in
                tbx_index_load3(path, found.path, HTS_IDX_SILENT_FAIL).map { (path: found.path, tabix: $0) }
            } : nil
        let splitIndex = localText && !indexed && threads > 1 ? tbx_index_load3(path, nil, HTS_IDX_SILENT_FAIL) : nil
        let readWithIndex = loadedIndex?.tabix ?? splitIndex
        guard let hdr = localText ? Self.readTextHeader(file, declaring: readWithIndex) : bcf_hdr_read(file) else {
            if let readWithIndex { tbx_destroy(readWithIndex) }
            hts_close(file)
            let reason = format.format == vcf && rereadable ? Self.headerProblem(path) : nil
            throw VariantIOError(
                .malformedHeader, path: path,
                detail: "the VCF header cannot be parsed: "
                    + (reason ?? "a missing #CHROM line, a bad header line or duplicate sample names"))
        }
        self.init(file: file, header: hdr, path: path, threads: threads, request: request)
        self.loadedIndex = loadedIndex
        indexContigsPending = localText && !indexed && threads == 1
        guard let splitIndex else { return }
        if let size = VariantIndex.status(path)?.st_size, let copy = bcf_hdr_dup(hdr) {
            // Started now, so that the second reader finds its place while this one's caller gets ready.
            readAhead = ReadAhead(path: path, size: Int64(size), index: splitIndex, header: copy)
        } else {
            tbx_destroy(splitIndex)
        }
    }

    /// A reader of `file` whose header `hdr` is read (or, for a second reader, copied): owns both.
    init(file: UnsafeMutablePointer<htsFile>, header hdr: UnsafeMutablePointer<bcf_hdr_t>, path: String, threads: Int, request: FieldRequest) {
        let format = hts_get_format(file).pointee
        self.path = path
        self.request = request
        self.file = file
        self.threads = threads
        self.hdr = hdr
        self.record = bcf_init()
        self.isBCF = format.format == bcf
        self.isPlainGzip = format.compression == gzip
        self.header = Self.copyHeader(hdr)
        if format.format == vcf, let stream = hm_text_stream(file) {
            lines = LineBuffer(stream: stream, maximumLine: Self.maximumRecordBytes)
        }
        self.declaredContigs = Set(header.contigs.map(\.name))
        self.contigLengths = Dictionary(
            header.contigs.compactMap { contig in contig.length.map { (contig.name, $0) } },
            uniquingKeysWith: { first, _ in first })
    }

    /// Blocks decompressed ahead of the reader, at most: htslib's default (two per thread) has its
    /// threads wait on each other at almost every 64 KiB block (on two cores, some 27,000 context
    /// switches for 1,000,000 records instead of 2,000-4,000, and a sixth more CPU time); 128 blocks
    /// hold 16 MiB.
    static let blocksAhead: Int32 = 128

    /// Bytes htslib reads from a local file at a time when the whole file is streamed: its default, the
    /// file system's block (4 KiB), costs two `read(2)` calls per BGZF block (some 15,000 for a 66 MB
    /// file). An index jump keeps the default, so that a region costs no more than its blocks.
    static let streamingReadSize: Int32 = 1 << 20

    /// Readies the stream for reading records, once, before the first: when the whole file is
    /// streamed, htslib reads it `streamingReadSize` bytes at a time; with `--threads` above 1, htslib's
    /// pool decompresses the BGZF blocks. Both are set here rather than when the file is opened, where
    /// it is not known yet whether the file is streamed or read through its index, and before any
    /// thread of htslib's reads the file.
    func prepareStream() {
        streamPrepared = true
        dropLoadedIndex()
        guard hts_get_format(file).pointee.compression == bgzf else { return }
        if cursor == nil, !InputPath.isRemote(path) { hm_set_read_size(file, Self.streamingReadSize) }
        guard threads > 1 else { return }
        if let ahead = readAhead, cursor == nil, let lines, let keep = aheadFilter {
            ahead.start(request: request, keep: keep)
            lines.split = ahead.split
        } else {
            readAhead?.cancel()
            readAhead = nil
            pool = Self.decompress(file, threads: threads)
        }
    }

    /// With `--threads` above 1, a bgzipped VCF streamed whole with an index beside it is read by two
    /// readers, one on each half (`ReadAhead`); `keep` makes, on the second reader's thread, a filter
    /// that answers as the one passed to `next(where:)` does. Call before the first record is read.
    public func readsAhead(keep: @escaping @Sendable () -> (String, Int, Bool) -> Bool) {
        aheadFilter = ReadAhead.FilterMaker(make: keep)
    }

    /// Has `threads` htslib threads decompress `file`'s BGZF blocks, `blocksAhead` at most in advance
    /// of the reader; the pool, which must outlive the file, or `nil` when htslib declined.
    static func decompress(_ file: UnsafeMutablePointer<htsFile>, threads: Int) -> OpaquePointer? {
        guard let pool = hts_tpool_init(Int32(threads)) else { return nil }
        var shared = htsThreadPool(pool: pool, qsize: blocksAhead)
        guard hts_set_thread_pool(file, &shared) == 0 else {
            hts_tpool_destroy(pool)
            return nil
        }
        return pool
    }

    /// Also decodes these INFO tags for the records read from now on (fields found in the header,
    /// such as population frequencies).
    public func decodeInfo(_ tags: [String]) {
        request.info += tags.filter { !request.info.contains($0) }
    }

    /// Declares the contigs the tabix index beside the file names and its header leaves out, as htslib's
    /// header read does (it loads the index as htslib finds it): done by a reader that read its header
    /// without the index, once, when a record names a contig the header does not declare, before htslib
    /// parses it, or before the file is read through an index. Until then no record could tell: each
    /// record read was on a declared contig, and the contigs declared from an index have no length.
    func declareIndexContigs() throws(VariantIOError) {
        indexContigsPending = false
        guard let tabix = tbx_index_load3(path, nil, HTS_IDX_SILENT_FAIL) else { return }
        defer { tbx_destroy(tabix) }
        guard Self.declareContigs(of: tabix, in: hdr) else {
            throw VariantIOError(.malformedHeader, path: path, detail: "the contigs its index names cannot be declared: out of memory")
        }
        header = Self.copyHeader(hdr)
        declaredContigs = Set(header.contigs.map(\.name))
    }

    /// Frees the index loaded with the header, when `restrict(to:)` did not take it.
    func dropLoadedIndex() {
        if let loadedIndex { tbx_destroy(loadedIndex.tabix) }
        loadedIndex = nil
    }

    deinit {
        readAhead?.cancel()
        dropLoadedIndex()
        cursor = nil
        lines = nil
        bcf_destroy(record)
        bcf_hdr_destroy(hdr)
        hts_close(file)
        if let pool { hts_tpool_destroy(pool) }
        free(intBuffer)
        free(floatBuffer)
        free(stringBuffer)
        hm_kstring_free(&line)
    }

    /// Name of the contig with htslib id `id` (contigs met in the body without a header line included).
    public func contigName(_ id: Int32) -> String {
        if id == lastContig.id { return lastContig.name }
        while contigNames.count <= Int(id) {
            contigNames.append(String(cString: bcf_hdr_id2name(hdr, Int32(contigNames.count))))
        }
        lastContig = (id, contigNames[Int(id)])
        return lastContig.name
    }

    /// Reads only records overlapping `regions` from here on, through the file's index (`.tbi` or
    /// `.csi` beside a bgzipped VCF, `.csi` beside a BCF), as `bcftools view -R` does. Regions must
    /// be sorted and disjoint within a contig; contigs the file does not hold are skipped.
    /// An index is refused (`badIndex`) when it is older than the file, cannot be read, lists more
    /// contigs than a BCF's header (whose ids it uses), or ends its offsets anywhere but at the end of
    /// the data (an index of an earlier version of the file, or of another file): read through it,
    /// records would be lost without a word. (A text VCF's index may name contigs its header leaves
    /// out: htslib declares them, and their records are read.) htslib's own warnings are relayed
    /// while it loads.
    public func restrict(to regions: [GenomicRegion]) throws(VariantIOError) {
        if indexContigsPending { try declareIndexContigs() }
        let compression = hts_get_format(file).pointee.compression
        guard InputPath.canBeReadTwice(path), compression == bgzf else {
            throw VariantIOError(
                .unreadable, path: path,
                detail: path == "-"
                    ? "standard input cannot be read through an index"
                    : !InputPath.canBeReadTwice(path)
                        ? "a stream (a pipe or FIFO) cannot be read through an index"
                        : "only a bgzipped VCF or a BCF can be read through an index")
        }
        guard let found = VariantIndex.beside(path, isBCF: isBCF) else {
            throw VariantIOError(
                .unreadable, path: path,
                detail: isBCF
                    ? "no index (\(path).csi): make one with `bcftools index`"
                    : "no index (\(path).tbi or .csi): make one with `tabix -p vcf` or `bcftools index`")
        }
        let rebuild = "rebuild it with `\(VariantIndex.rebuildCommand(path, isBCF: isBCF, index: found.path))`"
        func refuse(_ problem: String) -> VariantIOError {
            VariantIOError(.badIndex, path: found.path, detail: "\(problem): \(rebuild) (or read the whole file without the index)")
        }
        if let data = VariantIndex.status(path), let modified = found.modified, modified < VariantIndex.date(data.st_mtim) {
            throw refuse("the index is older than its data file \(path), so it may describe an earlier version of it")
        }
        hm_relay_htslib_warnings()
        defer { hm_silence_htslib() }
        let index: OpaquePointer, tabix: UnsafeMutablePointer<tbx_t>?
        if isBCF {
            guard let loaded = bcf_index_load3(path, found.path, HTS_IDX_SILENT_FAIL) else { throw refuse("the index cannot be read (corrupt?)") }
            (index, tabix) = (loaded, nil)
            if hts_idx_nseq(loaded) > hm_contig_count(hdr) {
                hts_idx_destroy(loaded)
                throw refuse("the index lists more contigs than the header of \(path) declares: it is not this file's index")
            }
        } else {
            let loaded: UnsafeMutablePointer<tbx_t>?
            if let preloaded = loadedIndex, preloaded.path == found.path {
                (loaded, loadedIndex) = (preloaded.tabix, nil)
            } else {
                dropLoadedIndex()
                loaded = tbx_index_load3(path, found.path, HTS_IDX_SILENT_FAIL)
            }
            guard let loaded else { throw refuse("the index cannot be read (corrupt?)") }
            (index, tabix) = (hm_tbx_idx(loaded), loaded)
        }
        // The end the index records beside its bins is asked first (no chunk collected). Where it is
        // missing or off, the chunks are: the last sequence with chunks ends the data of a tabix-indexed
        // file, and of a BCF written in its header's contig order (bcftools sort); a BCF in another
        // order is asked of all its sequences before it is refused.
        let recordedEnd = hm_idx_recorded_end(index)
        let fits =
            (recordedEnd > 0 && hm_bgzf_data_ends_at(path, recordedEnd) == 1)
            || hm_bgzf_data_ends_at(path, hm_idx_data_end(index, 1)) == 1
            || (tabix == nil && hm_bgzf_data_ends_at(path, hm_idx_data_end(index, 0)) == 1)
        if !fits {
            if let tabix { tbx_destroy(tabix) } else { hts_idx_destroy(index) }
            throw refuse(
                "the index's offsets do not fit \(path) (its records end elsewhere): it is the index of an earlier version of the file or of another file"
            )
        }
        self.index = found
        if let tabix {
            cursor = RegionCursor(regions: regions, tabix: tabix, index: nil) { tbx_name2id(tabix, $0) }
        } else {
            cursor = RegionCursor(regions: regions, tabix: nil, index: index) { bcf_hdr_name2id(hdr, $0) }
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
    /// line `keep` rejects is checked for its column count but never parsed; a BCF record likewise
    /// from the raw bytes of its fixed part and alleles (`skipRawRecord`), never decoded.
    public func next(where keep: (_ contig: String, _ position: Int, _ isStructural: Bool) -> Bool) throws(VariantIOError) -> VariantRecord? {
        if !streamPrepared { prepareStream() }
        return isBCF ? try nextBinary(where: keep) : try nextText(where: keep)
    }

    func nextBinary(where keep: (String, Int, Bool) -> Bool) throws(VariantIOError) -> VariantRecord? {
        while true {
            let verdict = cursor == nil ? try skipRawRecord(where: keep) : .undecided
            if verdict == .skipped { continue }
            let status = cursor?.next(file: file, line: &line, record: record) ?? bcf_read(file, hdr, record)
            if status == -1 { return nil }
            ordinal += 1
            if status < -1 {
                throw failure("\(place(ofRecord: ordinal)) (after \(lastLocus)) cannot be read: the file is truncated or corrupt")
            }
            if cursor != nil, let onRegionBytes {
                var length = 0
                onRegionBytes(UnsafeRawBufferPointer(start: hm_record_shared(record, &length), count: length))
                onRegionBytes(UnsafeRawBufferPointer(start: hm_record_indiv(record, &length), count: length))
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
                throw VariantIOError(.malformedRecord, path: path, detail: "\(place(ofRecord: ordinal)) (after \(lastLocus)) cannot be unpacked")
            }
            let structural = (1..<Int(hm_allele_count(record))).contains { index in
                AlleleKind.isStructural(UnsafeRawBufferPointer(start: record.pointee.d.allele[index], count: strlen(record.pointee.d.allele[index]!)))
            }
            guard verdict == .kept || keep(contig, position, structural) else { continue }
            return try decode(contig: contig, position: position)
        }
    }

    func nextText(where keep: (String, Int, Bool) -> Bool) throws(VariantIOError) -> VariantRecord? {
        while true {
            if let ahead = aheadRecords.popFirst() { return ahead }
            let bytes: UnsafeRawBufferPointer
            let fromBuffer = cursor == nil && lines != nil
            if fromBuffer, let lines {
                let next: UnsafeRawBufferPointer?
                do {
                    next = try lines.next()
                } catch .tooLong {
                    throw VariantIOError(
                        .malformedRecord, path: path,
                        detail: "\(place(ofRecord: ordinal + 1)) (after \(lastLocus)) is longer than \(Self.maximumRecordBytes >> 20) MiB")
                } catch {
                    throw failure("\(place(ofRecord: ordinal + 1)) (after \(lastLocus)) cannot be read: the file is truncated or corrupt")
                }
                guard let next else {
                    if lines.stoppedAtSplit {
                        try readOnFromSplit(lines)
                        continue
                    }
                    readAhead?.cancel()
                    readAhead = nil
                    return nil
                }
                bytes = next
            } else {
                let length = cursor?.next(file: file, line: &line, record: record) ?? hm_getline(file, &line)
                if length == -1 { return nil }
                if length < -1 {
                    throw failure("\(place(ofRecord: ordinal + 1)) (after \(lastLocus)) cannot be read: the file is truncated or corrupt")
                }
                bytes = UnsafeRawBufferPointer(start: line.s, count: Int(line.l))
                if cursor != nil { onRegionBytes?(bytes) }
            }
            if bytes.isEmpty { continue }
            if let record = try take(line: bytes, fromBuffer: fromBuffer, where: keep) { return record }
        }
    }

    /// One non-empty line of a text VCF: counted and checked, then parsed and decoded when `keep`
    /// wants it (`nil` when it does not, or when an earlier region delivered it).
    func take(line bytes: UnsafeRawBufferPointer, fromBuffer: Bool, where keep: (String, Int, Bool) -> Bool) throws(VariantIOError)
        -> VariantRecord?
    {
        ordinal += 1
        guard bytes.count <= Self.maximumRecordBytes else {
            throw VariantIOError(
                .malformedRecord, path: path,
                detail: "\(place(ofRecord: ordinal)) (after \(lastLocus)) is longer than \(Self.maximumRecordBytes >> 20) MiB")
        }
        let (contig, position, structural) = try rawLocus(bytes)
        if cursor?.alreadyDelivered(position) == true {
            ordinal -= 1
            return nil
        }
        try checkWithinContig(contig, position)
        if contig != declarationCache.contig {
            if indexContigsPending, !declaredContigs.contains(contig) { try declareIndexContigs() }
            declarationCache = (contig, !declaredContigs.isEmpty && !declaredContigs.contains(contig))
        }
        if declarationCache.undeclared { oddities.noteUndeclared(contig) }
        guard keep(contig, position, structural) else {
            previous = (contig, position)
            return nil
        }
        if fromBuffer, hm_kstring_assign(&line, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count) != 0 {
            throw VariantIOError(.malformedRecord, path: path, detail: "\(place(ofRecord: ordinal)) (after \(lastLocus)) does not fit in memory")
        }
        guard vcf_parse(&line, hdr, record) == 0 else {
            throw VariantIOError(
                .malformedRecord, path: path,
                detail: "\(place(ofRecord: ordinal)) (after \(lastLocus)) is malformed: \(parseFailure(bytes, fromBuffer: fromBuffer))")
        }
        try checkParsedRecord()
        previous = (contig, position)
        return try decode(contig: contigName(record.pointee.rid), position: Int(record.pointee.pos) + 1)
    }

    /// The first reader came to the split (`ReadAhead`): the second reader's records follow, numbered
    /// on from this reader's, then this reader reads on from where the second one stopped (if it did).
    func readOnFromSplit(_ lines: LineBuffer) throws(VariantIOError) {
        let ahead = readAhead
        readAhead = nil
        let start = hm_bgzf_block_address(hm_text_stream(file)) << 16 | Int64(hm_bgzf_block_offset(hm_text_stream(file)))
        guard let outcome = ahead?.outcome() else {
            lines.restart(at: start)
            return
        }
        readAheadFrom = start
        let counted = ordinal
        aheadRecords =
            outcome.records.map { record in
                var record = record
                record.ordinal += counted
                return record
            }[...]
        ordinal += outcome.lines
        if let last = outcome.last { previous = (last.contig, last.position) }
        guard let resume = outcome.resume else { return lines.finishAtSplit() }
        guard hm_bgzf_seek(hm_text_stream(file), resume) == 0 else {
            throw failure("\(place(ofRecord: ordinal + 1)) (after \(lastLocus)) cannot be read: the file is truncated or corrupt")
        }
        lines.restart(at: resume)
    }
}

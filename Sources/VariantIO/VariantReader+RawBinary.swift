import CHTSShims
import CHTSlib
import FoundationEssentials

/// The BCF raw-record prefilter: CHROM, POS and the alleles read from a record's bytes where they
/// lie in htslib's current BGZF block, before htslib decodes it, so that a record outside the panel
/// costs a look at its bytes where they lie, passed over without a copy, instead of `bcf_read`'s decoding and
/// checking. It only decides what to skip: a record `keep` wants, one not wholly in the current
/// block, or one whose bytes look at all unusual is left where it is for htslib to read (and to
/// report, if broken), exactly as before.
extension VariantReader {
    /// The fixed part of a BCF record: `l_shared`, `l_indiv`, then CHROM, POS, rlen, QUAL,
    /// `n_allele << 16 | n_info` and `n_fmt << 24 | n_sample` (little-endian 32-bit words).
    static let binaryPrefix = 32

    /// What the raw bytes of the next record decided.
    enum RawVerdict {
        /// Read past without decoding.
        case skipped
        /// `keep` wants it: htslib reads it, and `keep` is not asked again.
        case kept
        /// Not judged from the raw bytes (not wholly in the block, unusual, or the end): htslib reads it.
        case undecided
    }

    /// Skips the next record of a BCF stream when `keep(contig, position, isStructural)` rejects it,
    /// judged from its raw bytes.
    func skipRawRecord(where keep: (String, Int, Bool) -> Bool) throws(VariantIOError) -> RawVerdict {
        let stream = hm_binary_stream(file)!
        var available: Int32 = 0
        guard let start = hm_bgzf_peek(stream, &available), Int(available) >= Self.binaryPrefix else { return .undecided }
        let bytes = UnsafeRawBufferPointer(start: start, count: Int(available))
        func word(_ index: Int) -> UInt32 { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 4 * index, as: UInt32.self)) }
        let shared = Int(word(0))
        let total = 8 + shared + Int(word(1))
        let rid = Int32(bitPattern: word(2))
        let pos = Int32(bitPattern: word(3))
        let alleles = Int(word(6) >> 16)
        // The whole record lies in the current block, which is never longer than BGZF's 64 KiB.
        guard shared >= Self.binaryPrefix - 8, total <= bytes.count, rid >= 0, rid < hm_contig_count(hdr), pos >= -1,
            alleles >= 1, alleles <= Self.maximumAlleles, Int(word(7) & 0xFF_FFFF) == Int(hm_nsamples(hdr)),
            let structural = Self.hasStructuralAllele(
                UnsafeRawBufferPointer(rebasing: bytes[Self.binaryPrefix..<(8 + shared)]),
                alleles: alleles)
        else { return .undecided }
        let contig = contigName(rid)
        let position = Int(pos) + 1
        if keep(contig, position, structural) { return .kept }
        ordinal += 1
        if position == 0 { oddities.note(.telomere, record: ordinal, locus: "\(contig):0", detail: nil) }
        try checkWithinContig(contig, position)
        previous = (contig, position)
        guard hm_bgzf_skip(stream, Int32(total)) == 0 else {
            throw failure("\(place(ofRecord: ordinal)) (after \(lastLocus)) cannot be read: the file is truncated or corrupt")
        }
        return .skipped
    }

    /// Whether an ALT allele is structural (see `AlleleKind.isStructural`), from the ID and allele
    /// typed strings that open a record's shared part after its fixed words; `nil` when they are not
    /// the character strings htslib writes, so that htslib reads the record.
    static func hasStructuralAllele(_ shared: UnsafeRawBufferPointer, alleles: Int) -> Bool? {
        var offset = 0
        var structural = false
        for index in 0...alleles { // ID, REF, then the ALTs
            guard let (length, start) = typedStringLength(shared, at: offset), start + length <= shared.count else { return nil }
            if index >= 2 {
                let allele = UnsafeRawBufferPointer(rebasing: shared[start..<(start + length)])
                // BCF strings may be NUL-padded: the allele ends at its first NUL, as for htslib.
                let end = allele.firstIndex(of: 0) ?? allele.count
                structural = structural || AlleleKind.isStructural(UnsafeRawBufferPointer(rebasing: allele[..<end]))
            }
            offset = start + length
        }
        return structural
    }

    /// Length and start of the BCF typed string at `offset` (type 7, or an empty value); `nil` otherwise.
    static func typedStringLength(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> (Int, Int)? {
        guard offset < bytes.count else { return nil }
        let descriptor = bytes[offset]
        var length = Int(descriptor >> 4)
        var start = offset + 1
        if length == 15 {
            // A longer string's length follows as a typed integer of 8, 16 or 32 bits.
            guard start < bytes.count else { return nil }
            let type = bytes[start] & 0x0F
            let width = type == 1 ? 1 : type == 2 ? 2 : type == 3 ? 4 : 0
            guard width > 0, start + 1 + width <= bytes.count else { return nil }
            switch width {
            case 1: length = Int(bytes.loadUnaligned(fromByteOffset: start + 1, as: Int8.self))
            case 2: length = Int(Int16(littleEndian: bytes.loadUnaligned(fromByteOffset: start + 1, as: Int16.self)))
            default: length = Int(Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: start + 1, as: Int32.self)))
            }
            start += 1 + width
        }
        guard length >= 0, descriptor & 0x0F == 7 || length == 0 else { return nil }
        return (length, start)
    }
}

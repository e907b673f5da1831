import CHTSShims
import CHTSlib
import FoundationEssentials

/// The raw-line scanner: CHROM, POS and the structural-ALT test read from a text line
/// before htslib parses it, so records outside the panel are never parsed.
extension VariantReader {
    /// CHROM, POS and whether ALT is structural, of a raw VCF line, after checking the line has the
    /// header's number of columns.
    func rawLocus(_ bytes: UnsafeRawBufferPointer) throws(VariantIOError) -> (String, Int, Bool) {
        let columns = Self.columns(bytes)
        let (tabs, firstTab, secondTab, fourthTab, fifthTab) = (columns.tabs, columns.first, columns.second, columns.fourth, columns.fifth)
        let samples = Int(hm_nsamples(hdr))
        if samples > 0, tabs > 8 + samples {
            // htslib (and so bcftools) reads such a line and ignores the columns beyond the header's.
            oddities.note(
                .extraColumns, record: ordinal, locus: Self.rawLocusText(bytes.baseAddress!, firstTab: firstTab, secondTab: secondTab),
                detail: "\(tabs + 1) columns, the header \(9 + samples)")
        }
        guard samples == 0 ? tabs >= 7 : tabs >= 8 + samples else {
            let expected = samples == 0 ? "at least 8" : "\(9 + samples)"
            throw VariantIOError(
                .malformedRecord, path: path,
                detail:
                    "\(place(ofRecord: ordinal)) (after \(lastLocus)) is malformed: it has \(tabs + 1) tab-separated columns, the header needs \(expected)"
            )
        }
        guard firstTab > 0, let base = bytes.baseAddress else {
            throw VariantIOError(
                .malformedRecord, path: path, detail: "\(place(ofRecord: ordinal)) (after \(lastLocus)) is malformed: CHROM is empty")
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
            throw VariantIOError(
                .malformedRecord, path: path, detail: "\(place(ofRecord: ordinal)) (after \(lastLocus)) is malformed: POS is not a positive number")
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

    /// Where a raw line's first tabs stand (-1 when it has fewer), and how many tabs it has.
    struct Columns {
        var tabs = 0
        var first = -1
        var second = -1
        var fourth = -1
        var fifth = -1
        /// The tab after FILTER, where INFO begins.
        var seventh = -1

        mutating func note(_ index: Int) {
            switch tabs {
            case 0: first = index
            case 1: second = index
            case 3: fourth = index
            case 4: fifth = index
            case 6: seventh = index
            default: break
            }
            tabs += 1
        }
    }

    /// The tabs of a raw line in as few passes and calls as the columns allow: CHROM to FILTER (short)
    /// eight bytes at a time, INFO (the long one: VEP's CSQ) by one `memchr`, the FORMAT and sample
    /// columns after it counted eight bytes at a time.
    static func columns(_ bytes: UnsafeRawBufferPointer) -> Columns {
        var columns = Columns()
        guard let base = bytes.baseAddress else { return columns }
        var offset = 0
        while offset < bytes.count, columns.tabs < 7 {
            var tabs = tabBits(word(bytes, at: offset))
            while tabs != 0, columns.tabs < 7 {
                columns.note(offset + tabs.trailingZeroBitCount >> 3)
                tabs &= tabs - 1
            }
            offset += 8
        }
        guard columns.tabs == 7 else { return columns }
        let info = columns.seventh + 1
        guard let infoEnd = memchr(base + info, 0x09, bytes.count - info) else { return columns }
        let rest = UnsafeRawPointer(infoEnd) - base + 1
        columns.tabs += 1 + countTabs(UnsafeRawBufferPointer(rebasing: bytes[rest...]))
        return columns
    }

    /// Eight bytes from `offset` (little-endian), zeros past the end of `bytes`.
    @inline(__always)
    static func word(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt64 {
        if offset + 8 <= bytes.count { return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        var word: UInt64 = 0
        for index in offset..<bytes.count { word |= UInt64(bytes[index]) << (8 * UInt64(index - offset)) }
        return word
    }

    /// The high bit of each byte of `word` that is a tab, and no other bit (see `countTabs`).
    @inline(__always)
    static func tabBits(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let x = word ^ 0x0909_0909_0909_0909
        return ~(((x & low) &+ low) | x | low)
    }

    /// `CHROM:POS` as the raw line writes them, for a warning.
    static func rawLocusText(_ base: UnsafeRawPointer, firstTab: Int, secondTab: Int) -> String {
        guard firstTab > 0, secondTab > firstTab else { return "?" }
        let chrom = String(decoding: UnsafeRawBufferPointer(start: base, count: firstTab), as: UTF8.self)
        let pos = String(decoding: UnsafeRawBufferPointer(start: base + firstTab + 1, count: secondTab - firstTab - 1), as: UTF8.self)
        return "\(chrom):\(pos)"
    }

    /// The tab bytes in `bytes`, eight at a time: a byte of `word ^ 0x09…` is zero exactly where
    /// a tab was, and `~((x & 0x7F…) + 0x7F… | x | 0x7F…)` sets the high bit of exactly those bytes.
    static func countTabs(_ bytes: UnsafeRawBufferPointer) -> Int {
        var count = 0
        var index = 0
        while index + 8 <= bytes.count {
            // One bit per tab byte, moved to the byte's low end and summed into the top byte by the
            // multiply (the generic x86-64 target has no popcount instruction).
            let tabs = tabBits(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) >> 7
            count += Int((tabs &* 0x0101_0101_0101_0101) >> 56)
            index += 8
        }
        while index < bytes.count {
            if bytes[index] == 0x09 { count += 1 }
            index += 1
        }
        return count
    }

    /// True when one of the comma-separated ALT alleles is structural (see `AlleleKind.isStructural`), in one
    /// pass over the bytes: this runs on every line of a text VCF.
    static func hasStructuralAllele(_ alts: UnsafeBufferPointer<UInt8>) -> Bool {
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
}

import FoundationEssentials
import Tables

/// Splits a consequence INFO value (VEP `CSQ`, snpEff `ANN`, bcftools `BCSQ`) into transcript
/// consequences using the header's field layout, in VEP's terms.
public struct ConsequenceParser: Sendable {
    public let format: ConsequenceFormat
    /// Fields copied into each entry's `extra` (VEP and snpEff layouts only).
    public let extraFields: [String]

    /// Where each field the parser reads sits in an entry, looked up by name once per header.
    private let positions: FieldPositions

    public init(format: ConsequenceFormat, extraFields: [String] = []) {
        self.format = format
        self.extraFields = extraFields
        positions = FieldPositions(format: format, extraFields: extraFields)
    }

    public func parse(_ value: String) throws(AnnotationError) -> [TranscriptConsequence] {
        if format.dialect == .snpEffLegacy { return try parseLegacy(value) }
        return try parse(BorrowedBytes(value))
    }

    /// The entries of a value read as bytes where its record holds them (a kept record's `CSQ`): no
    /// String is made of the value, and VEP and snpEff entries keep a view of it and read their fields
    /// from it when asked.
    public func parse(_ value: BorrowedBytes) throws(AnnotationError) -> [TranscriptConsequence] {
        if format.dialect == .snpEffLegacy { return try parseLegacy(value.text) }
        // Split on the bytes, in place: splitting long annotation strings into Strings or Substrings
        // was most of the cost of matching a kept record.
        return try value.withUnsafeBytes { bytes in parse(bytes.assumingMemoryBound(to: UInt8.self), value: value) }.get()
    }

    private func parse(_ bytes: UnsafeBufferPointer<UInt8>, value: BorrowedBytes) -> Result<[TranscriptConsequence], AnnotationError> {
        var result: [TranscriptConsequence] = []
        // Where each cell starts and one past each entry's end, entry after entry (a cell ends one byte
        // before the next value); `first` is where the current entry's values begin.
        // Room for a few entries up front: growing these arrays step by step cost more than the entries' Strings.
        var starts: [Int] = []
        starts.reserveCapacity((format.fields.count + 2) * 4)
        starts.append(0)
        var first = 0
        // VEP and snpEff entries, as where they begin in `starts` and how many values they have there.
        var entries: [(first: Int, count: Int)] = []
        entries.reserveCapacity(8)
        // One pass over the separators: `|` starts a cell, `,` (or the end) closes an entry.
        var entryStart = 0
        var scan = SeparatorScan(bytes, UInt8(ascii: "|"), UInt8(ascii: ","))
        while true {
            let separator = scan.next()
            let index = separator ?? bytes.count
            if separator != nil, bytes[index] == UInt8(ascii: "|") {
                starts.append(index + 1)
                continue
            }
            // Empty entries (`,,`) are skipped, as a split that omits empty pieces would.
            guard index > entryStart else {
                entryStart = index + 1
                starts[first] = entryStart
                if separator == nil { break } else { continue }
            }
            let cellCount = starts.count - first
            starts.append(index + 1)
            // bcftools leaves trailing fields out of non-coding entries; VEP and snpEff write them all.
            let fits = format.dialect == .bcftools ? cellCount <= format.fields.count : cellCount == format.fields.count
            guard fits else {
                return .failure(
                    AnnotationError(description: "a \(format.tag) entry has \(cellCount) fields, its header lists \(format.fields.count)"))
            }
            if format.dialect == .bcftools {
                if let entry = bcftoolsEntry(Cells(bytes: bytes, starts: starts, first: first, count: cellCount + 1)) { result.append(entry) }
            } else {
                entries.append((first, cellCount + 1))
            }
            if separator == nil { break }
            // The next entry's first start, its own (an empty entry after it moves it, not this one's end).
            entryStart = index + 1
            first = starts.count
            starts.append(entryStart)
        }
        guard !entries.isEmpty else { return .success(result) }
        let table = AnnotationCells(value: value, starts: starts, layout: positions)
        return .success(entries.map { TranscriptConsequence(cells: EntryCells(table: table, first: $0.first, count: $0.count)) })
    }

    /// A bcftools entry from its cells; `nil` for an `@POS` pointer.
    private func bcftoolsEntry(_ cells: Cells) -> TranscriptConsequence? {
        // `@POS` entries point at a consequence described at another record.
        let consequence = cells.text(positions.consequence)
        guard !consequence.hasPrefix("@") else { return nil }
        let change = cells.text(positions.dnaChange)
        return TranscriptConsequence(
            allele: change.split(separator: ">").last.map(String.init) ?? "", alleleNumber: nil,
            consequences: cells.terms(positions.consequence).map(BCSQ.term),
            gene: cells.text(positions.symbol), transcript: cells.text(positions.feature), biotype: cells.text(positions.biotype),
            hgvsc: change, hgvsp: BCSQ.hgvsp(cells.text(positions.aminoAcidChange)) ?? "", isCanonical: false, maneSelect: "")
    }

    /// snpEff's old `EFF`: `NON_SYNONYMOUS_CODING(MODERATE|MISSENSE|gGt/gAt|G12D|189|KRAS|protein_coding|CODING|ENST…|2|1)`.
    private func parseLegacy(_ value: String) throws(AnnotationError) -> [TranscriptConsequence] {
        try value.split(separator: ",").map { entry throws(AnnotationError) -> TranscriptConsequence in
            guard let open = entry.firstIndex(of: "("), entry.hasSuffix(")") else {
                throw AnnotationError(description: "an EFF entry is not Effect(…): \(entry.prefix(60))")
            }
            let cells = entry[entry.index(after: open)..<entry.index(before: entry.endIndex)].split(separator: "|", omittingEmptySubsequences: false)
            func field(_ name: String) -> String {
                format.position(of: name).flatMap { $0 < cells.count ? String(cells[$0]) : nil } ?? ""
            }
            let change = field("HGVSp").split(separator: "/").first.map(String.init) ?? ""
            return TranscriptConsequence(
                allele: "", alleleNumber: Int(field("ALLELE_NUM")),
                consequences: [SnpEffLegacy.term(String(entry[..<open]))],
                exon: Int(field("EXON").drop { !$0.isNumber }.prefix { $0.isNumber }),
                gene: field("SYMBOL"), transcript: field("Feature"), biotype: field("BIOTYPE"), hgvsc: "",
                hgvsp: change.isEmpty || change.hasPrefix("p.") ? change : "p." + change, isCanonical: false, maneSelect: "")
        }
    }

}

/// The cells of one annotation entry, read on the bytes: a cell by its position in the layout, empty
/// when the entry has none there.
struct Cells {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where each cell starts, and one past the entry's end (a cell ends a byte before the next starts):
    /// the `count` values from `first` on.
    let starts: [Int]
    let first: Int
    let count: Int

    func cell(_ position: Int?) -> UnsafeBufferPointer<UInt8> {
        guard let position, position + 1 < count else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(rebasing: bytes[starts[first + position]..<starts[first + position + 1] - 1])
    }

    func text(_ position: Int?) -> String {
        String(decoding: cell(position), as: UTF8.self)
    }

    /// VEP escapes `=` and `;` in HGVS as `%3D` and `%3B`; most cells have no escape at all and
    /// skip the decoder. A cell whose escapes do not decode is kept as written.
    func percentDecoded(_ position: Int?) -> String {
        let bytes = cell(position)
        let text = String(decoding: bytes, as: UTF8.self)
        guard bytes.contains(UInt8(ascii: "%")) else { return text }
        return Self.removingPercentEncoding(text) ?? text
    }

    /// `text` with its `%XX` escapes decoded as UTF-8, as Foundation's `removingPercentEncoding`: nil
    /// when a `%` is not followed by two hexadecimal digits or the decoded bytes are not UTF-8.
    /// (Foundation alone turns a stray `%A9` into U+FFFD; here it is not UTF-8 either.)
    static func removingPercentEncoding(_ text: String) -> String? {
        func hexValue(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(text.utf8.count)
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            guard byte == UInt8(ascii: "%") else {
                decoded.append(byte)
                continue
            }
            guard let high = bytes.next().flatMap(hexValue), let low = bytes.next().flatMap(hexValue) else { return nil }
            decoded.append(high << 4 | low)
        }
        return String(validating: decoded, as: UTF8.self)
    }

    /// The `&`-separated terms of a cell (`missense_variant&splice_region_variant`), empty ones left out.
    func terms(_ position: Int?) -> [String] {
        let cell = cell(position)
        var terms: [String] = []
        var start = 0
        for index in 0...cell.count where index == cell.count || cell[index] == UInt8(ascii: "&") {
            if index > start { terms.append(String(decoding: UnsafeBufferPointer(rebasing: cell[start..<index]), as: UTF8.self)) }
            start = index + 1
        }
        return terms
    }

    /// True when the cell holds exactly `text` (compared on the bytes, without a String).
    func holds(_ position: Int?, _ text: StaticString) -> Bool {
        let cell = cell(position)
        return cell.count == text.utf8CodeUnitCount && cell.elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// The first number of `8/15` or `8-9/15`.
    func ordinal(_ position: Int?) -> Int? {
        var value = 0, digits = 0
        for byte in cell(position) {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { break }
            let (tens, overflowed) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowedAgain) = tens.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !overflowed, !overflowedAgain else { return nil }
            value = sum
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    /// The cell as a whole number (`ALLELE_NUM`), read as `Int(String)` reads it: an optional sign,
    /// then digits only; nil when empty, anything else, or beyond `Int`.
    func integer(_ position: Int?) -> Int? {
        var digits = cell(position)[...]
        let negative = digits.first == UInt8(ascii: "-")
        if negative || digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            let (tens, overflowed) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowedAgain) = negative ? tens.subtractingReportingOverflow(digit) : tens.addingReportingOverflow(digit)
            guard !overflowed, !overflowedAgain else { return nil }
            value = sum
        }
        return value
    }
}

/// The positions of the fields `ConsequenceParser` reads, by VEP's names, in one header's layout;
/// a class, so that each entry refers to its parser's with one retain.
final class FieldPositions: Sendable {
    let allele, alleleNumber, consequence, rank, exon, intron, symbol, feature, biotype: Int?
    let hgvsc, hgvsp, proteinPosition, aminoAcids, canonical, maneSelect, dnaChange, aminoAcidChange: Int?
    /// The extra fields asked for, in the order asked.
    let extra: [(name: String, position: Int?)]

    init(format: ConsequenceFormat, extraFields: [String]) {
        allele = format.position(of: "Allele")
        alleleNumber = format.position(of: "ALLELE_NUM")
        consequence = format.position(of: "Consequence")
        rank = format.position(of: "RANK")
        exon = format.position(of: "EXON")
        intron = format.position(of: "INTRON")
        symbol = format.position(of: "SYMBOL")
        feature = format.position(of: "Feature")
        biotype = format.position(of: "BIOTYPE")
        hgvsc = format.position(of: "HGVSc")
        hgvsp = format.position(of: "HGVSp")
        proteinPosition = format.position(of: "Protein_position")
        aminoAcids = format.position(of: "Amino_acids")
        canonical = format.position(of: "CANONICAL")
        maneSelect = format.position(of: "MANE_SELECT")
        dnaChange = format.position(of: "DNA_CHANGE")
        aminoAcidChange = format.position(of: "AMINO_ACID_CHANGE")
        extra = extraFields.map { ($0, format.position(of: $0)) }
    }
}

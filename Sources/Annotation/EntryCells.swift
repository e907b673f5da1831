/// One VEP or snpEff entry's cells, kept as positions in its record's annotation value: a field is
/// read from the bytes when it is asked for, so an entry nothing looks at builds no Strings.
struct EntryCells: Sendable {
    let table: AnnotationCells
    /// The entry's first value in `table.starts`, and how many it has (its cells and one past its end).
    let first: Int
    let count: Int

    var layout: FieldPositions { table.layout }

    /// `body` applied to the cells, on the value's bytes.
    func read<Result>(_ body: (Cells) -> Result) -> Result {
        table.value.withUnsafeBytes { body(Cells(bytes: $0.assumingMemoryBound(to: UInt8.self), starts: table.starts, first: first, count: count)) }
    }

    /// True when the transcript id without its version is `stem`, or `other`, compared on the bytes.
    func hasTranscript(unversioned stem: Substring, or other: Substring?) -> Bool {
        read { cells in
            let id = cells.cell(layout.feature)
            let unversioned = UnsafeBufferPointer(rebasing: id[..<(id.firstIndex(of: UInt8(ascii: ".")) ?? id.count)])
            return Self.equal(unversioned, stem) || other.map { Self.equal(unversioned, $0) } == true
        }
    }

    /// True when `bytes` are `text`'s UTF-8 (byte by byte: most transcripts asked about differ early).
    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ text: Substring) -> Bool {
        var index = 0
        for byte in text.utf8 {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
        }
        return index == bytes.count
    }

    /// True when the entry's MANE_SELECT cell is not empty.
    var marksMANESelect: Bool { read { !$0.cell(layout.maneSelect).isEmpty } }

    /// The exon number; snpEff gives it in Rank when the entry is not intronic.
    var exon: Int? {
        if let exon = read({ $0.ordinal(layout.exon) }) { return exon }
        guard let rank = read({ $0.ordinal(layout.rank) }) else { return nil }
        return intronic ? nil : rank
    }

    /// The intron number; snpEff gives it in Rank for intronic and splice-site entries.
    var intron: Int? {
        if let intron = read({ $0.ordinal(layout.intron) }) { return intron }
        guard let rank = read({ $0.ordinal(layout.rank) }) else { return nil }
        return intronic ? rank : nil
    }

    /// True when a consequence term puts the entry in an intron or at a splice site (what Rank counts then).
    private var intronic: Bool {
        read { $0.terms(layout.consequence) }.contains {
            $0.hasPrefix("intron") || $0 == "splice_acceptor_variant" || $0 == "splice_donor_variant"
        }
    }

    /// HGVSp as written (percent-decoded), or spelled from `Protein_position` and `Amino_acids` when empty.
    var hgvsp: String {
        read { cells in
            let written = cells.percentDecoded(layout.hgvsp)
            guard written.isEmpty else { return written }
            let position = cells.text(layout.proteinPosition)
            guard !position.isEmpty else { return "" } // non-coding entries: most of them
            return VEPAminoAcids.hgvsp(
                position: position, aminoAcids: cells.text(layout.aminoAcids), consequences: cells.terms(layout.consequence))
        }
    }

    /// The extra fields asked for, by name; empty values left out.
    var extra: [String: String] {
        guard !layout.extra.isEmpty else { return [:] }
        return read { cells in
            var extra: [String: String] = [:]
            for (name, position) in layout.extra {
                let value = cells.text(position)
                if !value.isEmpty { extra[name] = value }
            }
            return extra
        }
    }
}

/// A protein change read from HGVS p. notation in any of its common spellings: three- or
/// one-letter residues, with or without an `ENSP…:`/`NP_…:` prefix or parentheses.
public struct ProteinChange: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case missense, synonymous, nonsense, frameshift, deletion, insertion, duplication, delins, stopLost, unknown
    }

    public let kind: Kind
    /// First residue affected (one-letter) and its 1-based position; `nil` for `p.?`.
    public let startResidue: Character?
    public let start: Int?
    /// Last residue of a range (`G12_G13del`), else equal to the start.
    public let end: Int?
    /// The change after the position, in one-letter form (`V`, `del`, `insSPR`, `fs*18`).
    public let change: String

    /// The normalized one-letter HGVS form, e.g. `p.G12V`, `p.E604_F605insSPR`.
    public let description: String

    /// Parses `text`; returns `nil` when it is empty or not HGVS p. notation.
    public init?(hgvs text: String) {
        var body = Substring(text)
        if let colon = body.lastIndex(of: ":") { body = body[body.index(after: colon)...] }
        guard body.hasPrefix("p.") else { return nil }
        body = body.dropFirst(2)
        if body.hasPrefix("("), body.hasSuffix(")") { body = body.dropFirst().dropLast() }
        let short = Self.oneLetter(body)
        guard short != "?" else {
            self.init(kind: .unknown, startResidue: nil, start: nil, endResidue: nil, end: nil, change: "?")
            return
        }
        guard let parts = Self.split(short), let start = Int(parts.start) else { return nil }
        let end = parts.last.flatMap { Int($0.position) } ?? start
        let change = String(parts.change)
        guard end >= start, let kind = Self.kind(of: change, residue: parts.residue, isRange: parts.last != nil) else { return nil }
        self.init(kind: kind, startResidue: parts.residue, start: start, endResidue: parts.last?.residue, end: end, change: change)
    }

    /// What `([A-Z*])(\d+)(?:_([A-Z*])(\d+))?(.*)` captures of the whole of `text`, read by hand: a
    /// regex literal is compiled again at every call, which was a tenth of matching a record.
    private static func split(_ text: String) -> (
        residue: Character, start: Substring, last: (residue: Character, position: Substring)?,
        change: Substring
    )? {
        func isResidue(_ character: Character) -> Bool {
            character == "*" || character.asciiValue.map { (65...90).contains($0) && character.unicodeScalars.count == 1 } == true
        }
        // A run of digits; any number-like character in it makes `Int` fail, as a regex `\d+` would.
        func digits(from index: String.Index) -> String.Index {
            text[index...].firstIndex { !$0.isNumber } ?? text.endIndex
        }
        guard let residue = text.first, isResidue(residue) else { return nil }
        let numberStart = text.index(after: text.startIndex)
        let numberEnd = digits(from: numberStart)
        guard numberEnd > numberStart else { return nil }
        var changeStart = numberEnd
        var last: (Character, Substring)?
        if numberEnd < text.endIndex, text[numberEnd] == "_",
            case let residueIndex = text.index(after: numberEnd), residueIndex < text.endIndex, isResidue(text[residueIndex])
        {
            let lastStart = text.index(after: residueIndex)
            let lastEnd = digits(from: lastStart)
            if lastEnd > lastStart {
                last = (text[residueIndex], text[lastStart..<lastEnd])
                changeStart = lastEnd
            }
        }
        // `.` matches anything but a line break.
        let change = text[changeStart...]
        guard !change.contains(where: \.isNewline) else { return nil }
        return (residue, text[numberStart..<numberEnd], last, change)
    }

    private init(kind: Kind, startResidue: Character?, start: Int?, endResidue: Character?, end: Int?, change: String) {
        self.kind = kind
        self.startResidue = startResidue
        self.start = start
        self.end = end
        self.change = change
        if let startResidue, let start, let end {
            let range = endResidue.map { "\(startResidue)\(start)_\($0)\(end)" } ?? "\(startResidue)\(start)"
            description = "p.\(range)\(change)"
        } else {
            description = "p.?"
        }
    }

    /// Residues the change adds to the protein (insertion, duplication, a delins longer than what it removes); 0 otherwise.
    public var residuesGained: Int {
        guard let start, let end else { return 0 }
        switch kind {
        case .insertion: return change.count - "ins".count
        case .duplication: return end - start + 1
        case .delins: return max(0, change.count - "delins".count - (end - start + 1))
        default: return 0
        }
    }

    private static func kind(of change: String, residue: Character, isRange: Bool) -> Kind? {
        if change.contains("fs") { return .frameshift }
        if change.contains("ext") { return .stopLost }
        if change.hasPrefix("delins") { return .delins }
        if change == "del" { return .deletion }
        if change == "dup" { return .duplication }
        if change.hasPrefix("ins") { return .insertion }
        if change == "=" { return .synonymous }
        if change == "?" { return .unknown }
        guard !isRange, change.count == 1, let alt = change.first, alt.isUppercase || alt == "*" else { return nil }
        if alt == residue { return .synonymous }
        return alt == "*" ? .nonsense : .missense
    }

    private static let codes: [String: Character] = [
        "Ala": "A", "Arg": "R", "Asn": "N", "Asp": "D", "Cys": "C", "Gln": "Q", "Glu": "E", "Gly": "G",
        "His": "H", "Ile": "I", "Leu": "L", "Lys": "K", "Met": "M", "Phe": "F", "Pro": "P", "Ser": "S",
        "Thr": "T", "Trp": "W", "Tyr": "Y", "Val": "V", "Ter": "*", "Sec": "U", "Pyl": "O", "Xaa": "X",
    ]

    /// Rewrites three-letter residues as one-letter ones; one-letter text passes through unchanged.
    private static func oneLetter(_ text: Substring) -> String {
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            if let end = text.index(index, offsetBy: 3, limitedBy: text.endIndex),
                let code = codes[String(text[index..<end])]
            {
                output.append(code)
                index = end
            } else {
                output.append(text[index])
                index = text.index(after: index)
            }
        }
        return output
    }
}

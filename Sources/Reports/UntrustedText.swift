/// Text from input files (sample names, IDs, partner names, paths, warnings that quote them) made
/// safe for the people who read it: control characters cannot move a terminal's cursor, hide text or
/// retitle the window, a spreadsheet cannot run a cell as a formula, and a huge allele cannot blow a
/// table up.
public enum UntrustedText {
    /// C0 controls (tab and line breaks included), DEL and C1 controls as visible escapes: `\x1B`,
    /// `\x7F`, `\u{9B}`. Every other character is kept.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F {
                result += "\\x" + hex(scalar.value)
            } else if isControl(scalar) {
                result += "\\u{" + hex(scalar.value) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A TSV cell: tabs and line breaks as spaces (they would break the table), other controls
    /// escaped, and a cell that begins with `=`, `+`, `-`, `@`, tab or carriage return prefixed with
    /// `'` (OWASP's defence against CSV/TSV formula injection), so a spreadsheet shows it as text.
    public static func tsvCell(_ cell: String) -> String {
        let inert = cell.first.map { "=+-@\t\r".contains($0) } == true ? "'" + cell : cell
        return escaped(String(inert.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }

    /// Alleles longer than this are abbreviated in the text and HTML reports (JSON keeps them whole).
    public static let alleleCap = 50

    /// A variant key `contig:position:REF:ALT` with an allele longer than `alleleCap` abbreviated:
    /// `chr13:28034105:A:ins(209,715,200 bp)`, `del(N bp)` for a long REF, `N bp` for a long complex
    /// allele; any other text longer than the cap keeps its first `alleleCap` characters and says how
    /// long it was.
    public static func abbreviatedVariant(_ variant: String) -> String {
        guard variant.count > alleleCap else { return variant }
        let parts = variant.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 4 else { return "\(variant.prefix(alleleCap))...(\(grouped(variant.count)) characters)" }
        let (ref, alt) = (parts[parts.count - 2], parts[parts.count - 1])
        func short(_ allele: Substring, other: Substring, change: String) -> String {
            guard allele.count > alleleCap else { return String(allele) }
            let extra = allele.count - other.count
            return allele.hasPrefix(other) && extra > 0 ? "\(change)(\(grouped(extra)) bp)" : "\(grouped(allele.count)) bp"
        }
        return (parts.dropLast(2).map(String.init) + [short(ref, other: alt, change: "del"), short(alt, other: ref, change: "ins")]).joined(
            separator: ":")
    }

    /// Width beyond which text-table cells are not padded: one long cell does not widen every row.
    public static let paddingCap = 60

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count < 2 ? "0" + digits : digits
    }

    /// 209715200 as `209,715,200`.
    private static func grouped(_ number: Int) -> String {
        var digits = Array(String(number))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return String(digits)
    }
}

import FoundationEssentials

/// How every report writes a VAF for people, in one place: two decimals in text, TSV and HTML. JSON
/// keeps the value as read (FORMAT floats are decoded through their shortest text).
enum VAFText {
    /// Two decimals, rounded half away from zero; `-` when unknown.
    static func twoDecimals(_ value: Double?) -> String {
        guard let value else { return "-" }
        let hundredths = Int((value * 100).rounded())
        let cents = hundredths % 100
        return "\(hundredths / 100).\((0..<10).contains(cents) ? "0" : "")\(cents)"
    }
}

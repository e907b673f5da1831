import Foundation

/// How every report writes a VAF, in one place: the value itself where programs read it (TSV; JSON
/// encodes the number), two decimals in tables people read (text, HTML). A VAF read from the file is
/// the value the file wrote (FORMAT floats are decoded through their shortest text), so `0.3` stays `0.3`.
enum VAFText {
    /// The value as a number's shortest text; empty when unknown.
    static func exact(_ value: Double?) -> String {
        value.map { String($0) } ?? ""
    }

    /// Two decimals, rounded half away from zero; `-` when unknown.
    static func twoDecimals(_ value: Double?) -> String {
        guard let value else { return "-" }
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(String(format: "%02d", hundredths % 100))"
    }
}

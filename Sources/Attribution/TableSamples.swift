/// `NAME=SAMPLE` mappings of a caller table's sample names onto input samples, as `--table-sample`
/// and a cohort file list's `table_sample` column write them.
public enum TableSamples {
    /// `NAME=SAMPLE` as a pair; nil when it is not one (no `=`, or an empty side).
    public static func pair(_ text: String) -> (name: String, sample: String)? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let name = String(text[..<equals]), sample = String(text[text.index(after: equals)...])
        return name.isEmpty || sample.isEmpty ? nil : (name, sample)
    }

    /// The pairs by name; one name mapped onto two samples is a usage error naming `source` (the
    /// option, or the file list's line and column).
    public static func dictionary(_ pairs: [(name: String, sample: String)], source: String) throws(AttributionError) -> [String: String] {
        var result: [String: String] = [:]
        for (name, sample) in pairs {
            if let earlier = result[name], earlier != sample {
                throw AttributionError("\(source) maps \(name) onto both \(earlier) and \(sample)")
            }
            result[name] = sample
        }
        return result
    }
}

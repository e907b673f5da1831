import CHTSlib

/// One sample's values of the requested FORMAT fields, by tag (`AD` → `[26, 33]`). For a record read
/// from a file, a view of htslib's buffers that its record holds (`RecordFormat`): a value is decoded
/// when asked for, so that decoding a kept record builds no array or dictionary per sample. A tag the
/// sample has no value for reads as `nil`.
public struct FormatValues<Value: Sendable & Equatable>: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private enum Source: Sendable {
        /// Values given (tests, and callers that read other formats), by tag.
        case given(tags: [String], values: [[Value]])
        /// The fields of a record read from a file, and how to read one sample's value of one.
        case record(RecordFormat, sample: Int, tags: [String], fields: [Int], read: @Sendable (bcf_fmt_t, Int) -> [Value]?)
    }

    private let source: Source

    /// `sample`'s view of `format`'s fields `fields`, read as `tags` by `read`.
    init(_ format: RecordFormat, sample: Int, tags: [String], fields: [Int], read: @escaping @Sendable (bcf_fmt_t, Int) -> [Value]?) {
        source = .record(format, sample: sample, tags: tags, fields: fields, read: read)
    }

    /// One sample's values from a dictionary (tests, and callers that read other formats).
    public init(_ byTag: [String: [Value]]) {
        let tags = byTag.keys.sorted()
        source = .given(tags: tags, values: tags.map { byTag[$0]! })
    }

    public init(dictionaryLiteral elements: (String, [Value])...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    private var tags: [String] {
        switch source {
        case .given(let tags, _), .record(_, _, let tags, _, _): tags
        }
    }

    /// The values of `tag`, or `nil` when the sample has none.
    public subscript(tag: String) -> [Value]? {
        guard let index = tags.firstIndex(of: tag) else { return nil }
        switch source {
        case .given(_, let values): return values[index].isEmpty ? nil : values[index]
        case .record(let format, let sample, _, let fields, let read): return read(format.field(fields[index]), sample)
        }
    }

    /// Every tag the sample has values for, with its values.
    public var byTag: [String: [Value]] {
        Dictionary(uniqueKeysWithValues: tags.compactMap { tag in self[tag].map { (tag, $0) } })
    }

    /// True when the sample has no value for any tag.
    public var isEmpty: Bool { tags.allSatisfy { self[$0] == nil } }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.byTag == rhs.byTag }
}

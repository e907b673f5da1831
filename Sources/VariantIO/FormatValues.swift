/// One sample's values of the requested FORMAT fields, by tag (`AD` → `[26, 33]`): a view of its
/// record's values, which all the record's samples share, so that decoding a kept record builds no
/// dictionary per sample. A tag the sample has no value for reads as `nil`.
public struct FormatValues<Value: Sendable & Equatable>: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// The record's tags, in the order read.
    private let tags: [String]
    /// One past each (tag, sample) slot's last value in `values`, tag by tag, sample by sample.
    private let ends: [Int]
    private let values: [Value]
    private let sampleCount: Int
    private let sample: Int

    /// `sample`'s view of a record's values; `ends` and `values` as the properties of the same names.
    init(tags: [String], ends: [Int], values: [Value], sampleCount: Int, sample: Int) {
        self.tags = tags
        self.ends = ends
        self.values = values
        self.sampleCount = sampleCount
        self.sample = sample
    }

    /// One sample's values from a dictionary (tests, and callers that read other formats).
    public init(_ byTag: [String: [Value]]) {
        let tags = byTag.keys.sorted()
        var ends: [Int] = []
        var values: [Value] = []
        for tag in tags {
            values += byTag[tag]!
            ends.append(values.count)
        }
        self.init(tags: tags, ends: ends, values: values, sampleCount: 1, sample: 0)
    }

    public init(dictionaryLiteral elements: (String, [Value])...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The values of `tag`, or `nil` when the sample has none.
    public subscript(tag: String) -> [Value]? {
        guard let index = tags.firstIndex(of: tag) else { return nil }
        let slot = index * sampleCount + sample
        let start = slot == 0 ? 0 : ends[slot - 1]
        return start < ends[slot] ? Array(values[start..<ends[slot]]) : nil
    }

    /// Every tag the sample has values for, with its values.
    public var byTag: [String: [Value]] {
        Dictionary(uniqueKeysWithValues: tags.compactMap { tag in self[tag].map { (tag, $0) } })
    }

    /// True when the sample has no value for any tag.
    public var isEmpty: Bool { tags.indices.allSatisfy { self[tags[$0]] == nil } }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.byTag == rhs.byTag }
}

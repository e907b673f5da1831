/// A kept record's requested INFO fields as text, by tag (`CSQ`, `SVTYPE`): a few, looked up by a
/// linear scan, so that decoding a record builds and hashes no dictionary.
public struct InfoValues: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private var tags: [String] = []
    private var values: [String] = []

    public init() {}

    public init(_ byTag: [String: String]) {
        for tag in byTag.keys.sorted() { self[tag] = byTag[tag] }
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The value of `tag`, or `nil` when the record has none; setting `nil` removes it.
    public subscript(tag: String) -> String? {
        get { tags.firstIndex(of: tag).map { values[$0] } }
        set {
            if let index = tags.firstIndex(of: tag) {
                if let newValue {
                    values[index] = newValue
                } else {
                    tags.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                tags.append(tag)
                values.append(newValue)
            }
        }
    }

    /// True when the record has no requested INFO field.
    public var isEmpty: Bool { tags.isEmpty }

    /// Every field, by tag (for callers that take a dictionary, off the per-record path).
    public var byTag: [String: String] { Dictionary(uniqueKeysWithValues: zip(tags, values)) }

    public static func == (lhs: InfoValues, rhs: InfoValues) -> Bool { lhs.byTag == rhs.byTag }
}

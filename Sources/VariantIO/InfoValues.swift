/// A kept record's requested INFO fields as text, by tag (`CSQ`, `SVTYPE`): a few, looked up by a
/// linear scan, so that decoding a record builds and hashes no dictionary.
public struct InfoValues: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// One field: its tag and its value.
    private struct Field: Sendable {
        let tag: String
        var value: String
    }

    /// The fields in the order set (one array: a kept record's INFO costs one allocation).
    private var fields: [Field] = []

    public init() {}

    public init(_ byTag: [String: String]) {
        for tag in byTag.keys.sorted() { self[tag] = byTag[tag] }
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The value of `tag`, or `nil` when the record has none; setting `nil` removes it.
    public subscript(tag: String) -> String? {
        get { fields.first { $0.tag == tag }?.value }
        set {
            if let index = fields.firstIndex(where: { $0.tag == tag }) {
                if let newValue {
                    fields[index].value = newValue
                } else {
                    fields.remove(at: index)
                }
            } else if let newValue {
                fields.append(Field(tag: tag, value: newValue))
            }
        }
    }

    /// True when the record has no requested INFO field.
    public var isEmpty: Bool { fields.isEmpty }

    /// Every field, by tag (for callers that take a dictionary, off the per-record path).
    public var byTag: [String: String] { Dictionary(uniqueKeysWithValues: fields.map { ($0.tag, $0.value) }) }

    public static func == (lhs: InfoValues, rhs: InfoValues) -> Bool { lhs.byTag == rhs.byTag }
}

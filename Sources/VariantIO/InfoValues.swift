import Tables

/// A kept record's requested INFO fields, by tag (`CSQ`, `SVTYPE`): a few, looked up by a linear scan,
/// so that decoding a record builds and hashes no dictionary. A string field of a record read from a
/// file is a view of htslib's buffer that the record holds (`bytes(_:)`), made text only when asked for;
/// integers, floats and flags are text (`1` for a flag).
public struct InfoValues: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private enum Content: Sendable {
        case text(String)
        case bytes(BorrowedBytes)
    }

    /// One field: its tag and its value.
    private struct Field: Sendable {
        let tag: String
        var value: Content
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

    /// The value of `tag` as text, or `nil` when the record has none; setting `nil` removes it.
    public subscript(tag: String) -> String? {
        get {
            switch fields.first(where: { $0.tag == tag })?.value {
            case .text(let text): text
            case .bytes(let bytes): bytes.text
            case nil: nil
            }
        }
        set { set(tag, newValue.map { .text($0) }) }
    }

    /// The value of `tag` as bytes, without a copy for a record read from a file; `nil` when the record has none.
    public func bytes(_ tag: String) -> BorrowedBytes? {
        switch fields.first(where: { $0.tag == tag })?.value {
        case .text(let text): BorrowedBytes(text)
        case .bytes(let bytes): bytes
        case nil: nil
        }
    }

    /// Sets `tag` to a view of a record's bytes.
    mutating func set(_ tag: String, bytes: BorrowedBytes) { set(tag, .bytes(bytes)) }

    private mutating func set(_ tag: String, _ value: Content?) {
        if let index = fields.firstIndex(where: { $0.tag == tag }) {
            if let value {
                fields[index].value = value
            } else {
                fields.remove(at: index)
            }
        } else if let value {
            fields.append(Field(tag: tag, value: value))
        }
    }

    /// True when the record has a value for `tag`.
    public func contains(_ tag: String) -> Bool { fields.contains { $0.tag == tag } }

    /// True when the record has no requested INFO field.
    public var isEmpty: Bool { fields.isEmpty }

    /// Every field, by tag (for callers that take a dictionary, off the per-record path).
    public var byTag: [String: String] { Dictionary(uniqueKeysWithValues: fields.map { ($0.tag, self[$0.tag]!) }) }

    public static func == (lhs: InfoValues, rhs: InfoValues) -> Bool { lhs.byTag == rhs.byTag }
}

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

    /// The fields in the order set: the first apart, so that a kept record with one (its `CSQ`)
    /// allocates no array for its INFO.
    private var first: Field?
    private var rest: [Field] = []

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
            switch field(tag) {
            case .text(let text): text
            case .bytes(let bytes): bytes.text
            case nil: nil
            }
        }
        set { set(tag, newValue.map { .text($0) }) }
    }

    /// The value of `tag` as bytes, without a copy for a record read from a file; `nil` when the record has none.
    public func bytes(_ tag: String) -> BorrowedBytes? {
        switch field(tag) {
        case .text(let text): BorrowedBytes(text)
        case .bytes(let bytes): bytes
        case nil: nil
        }
    }

    /// Sets `tag` to a view of a record's bytes.
    mutating func set(_ tag: String, bytes: BorrowedBytes) { set(tag, .bytes(bytes)) }

    private func field(_ tag: String) -> Content? {
        first?.tag == tag ? first?.value : rest.first { $0.tag == tag }?.value
    }

    private mutating func set(_ tag: String, _ value: Content?) {
        if first?.tag == tag {
            first = value.map { Field(tag: tag, value: $0) } ?? (rest.isEmpty ? nil : rest.removeFirst())
        } else if let index = rest.firstIndex(where: { $0.tag == tag }) {
            if let value {
                rest[index].value = value
            } else {
                rest.remove(at: index)
            }
        } else if let value {
            if first == nil {
                first = Field(tag: tag, value: value)
            } else {
                rest.append(Field(tag: tag, value: value))
            }
        }
    }

    /// True when the record has a value for `tag`.
    public func contains(_ tag: String) -> Bool { field(tag) != nil }

    /// True when the record has no requested INFO field.
    public var isEmpty: Bool { first == nil }

    /// Every field, by tag (for callers that take a dictionary, off the per-record path).
    public var byTag: [String: String] { Dictionary(uniqueKeysWithValues: ((first.map { [$0] } ?? []) + rest).map { ($0.tag, self[$0.tag]!) }) }

    public static func == (lhs: InfoValues, rhs: InfoValues) -> Bool { lhs.byTag == rhs.byTag }
}

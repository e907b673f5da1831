import Foundation

/// A JSON Schema (draft 2020-12) check in process, for the keywords `Schema/` uses: `type`, `const`,
/// `enum`, `properties`, `required`, `additionalProperties`, `items`, `minItems`, `maxItems`,
/// `uniqueItems`, `minimum`, `maximum`, `minLength`, `pattern`, and `$ref` into `$defs`. A keyword it
/// does not know fails the check, so the schema cannot grow past what is checked without notice. No
/// Swift JSON-Schema validator is among the packages this project can use; the full suite still
/// validates reports with Python's jsonschema (`SchemaCheck` in `HemimatchTests`).
public struct JSONSchema: Sendable {
    public let root: JSONValue

    /// Keywords that only describe (or identify) and check nothing.
    private static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$defs", "$comment"]
    private static let checked: Set<String> = [
        "type", "const", "enum", "properties", "required", "additionalProperties", "items", "minItems", "maxItems",
        "uniqueItems", "minimum", "maximum", "minLength", "pattern", "$ref",
    ]

    public init(contentsOf url: URL) throws {
        root = try JSONValue.parse(Data(contentsOf: url))
    }

    /// Every way `document` breaks the schema, as "path: problem"; empty when it is valid.
    public func problems(_ document: JSONValue) -> [String] {
        var problems: [String] = []
        check(document, against: root, at: "$", into: &problems)
        return problems
    }

    private func check(_ value: JSONValue, against schema: JSONValue, at path: String, into problems: inout [String]) {
        guard case .object(let keywords) = schema else {
            if case .bool(false) = schema { problems.append("\(path): not allowed") }
            return
        }
        for keyword in keywords.keys.sorted() where !Self.checked.contains(keyword) && !Self.annotations.contains(keyword) {
            problems.append("\(path): schema keyword \(keyword) is not checked by this validator")
        }
        if case .string(let reference)? = keywords["$ref"] {
            guard let target = resolve(reference) else {
                problems.append("\(path): unresolvable $ref \(reference)")
                return
            }
            check(value, against: target, at: path, into: &problems)
        }
        if case .string(let type)? = keywords["type"], !value.hasType(type) {
            problems.append("\(path): \(value.typeName), expected \(type)")
            return
        }
        if case .array(let types)? = keywords["type"],
            !types.contains(where: { if case .string(let type) = $0 { value.hasType(type) } else { false } })
        {
            problems.append("\(path): \(value.typeName), expected one of \(types)")
            return
        }
        if let constant = keywords["const"], constant != value { problems.append("\(path): \(value), expected \(constant)") }
        if case .array(let allowed)? = keywords["enum"], !allowed.contains(value) {
            problems.append("\(path): \(value) is not one of \(allowed)")
        }
        switch value {
        case .object(let members):
            checkObject(members, keywords, at: path, into: &problems)
        case .array(let elements):
            if case .number(let least)? = keywords["minItems"], Double(elements.count) < least {
                problems.append("\(path): \(elements.count) items, at least \(least) expected")
            }
            if case .number(let most)? = keywords["maxItems"], Double(elements.count) > most {
                problems.append("\(path): \(elements.count) items, at most \(most) expected")
            }
            if case .bool(true)? = keywords["uniqueItems"], Set(elements).count != elements.count {
                problems.append("\(path): items are not unique")
            }
            if let items = keywords["items"] {
                for (index, element) in elements.enumerated() { check(element, against: items, at: "\(path)[\(index)]", into: &problems) }
            }
        case .number(let number):
            if case .number(let least)? = keywords["minimum"], number < least { problems.append("\(path): \(number) < minimum \(least)") }
            if case .number(let most)? = keywords["maximum"], number > most { problems.append("\(path): \(number) > maximum \(most)") }
        case .string(let text):
            if case .number(let least)? = keywords["minLength"], Double(text.count) < least {
                problems.append("\(path): \"\(text)\" shorter than \(least)")
            }
            if case .string(let pattern)? = keywords["pattern"] {
                if let regex = try? Regex(pattern) {
                    if text.firstMatch(of: regex) == nil { problems.append("\(path): \"\(text)\" does not match \(pattern)") }
                } else {
                    problems.append("\(path): pattern \(pattern) does not compile")
                }
            }
        case .bool, .null:
            break
        }
    }

    private func checkObject(_ members: [String: JSONValue], _ keywords: [String: JSONValue], at path: String, into problems: inout [String]) {
        var properties: [String: JSONValue] = [:]
        if case .object(let declared)? = keywords["properties"] { properties = declared }
        if case .array(let required)? = keywords["required"] {
            for case .string(let name) in required where members[name] == nil { problems.append("\(path): required \(name) missing") }
        }
        for name in members.keys.sorted() {
            let member = members[name]!
            if let property = properties[name] {
                check(member, against: property, at: "\(path).\(name)", into: &problems)
            } else if let additional = keywords["additionalProperties"] {
                if case .bool(false) = additional {
                    problems.append("\(path): property \(name) not allowed")
                } else {
                    check(member, against: additional, at: "\(path).\(name)", into: &problems)
                }
            }
        }
    }

    /// A `#/$defs/NAME` (or any `#/…` JSON pointer) reference in this schema.
    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        var node = root
        for token in reference.dropFirst(2).split(separator: "/") {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            guard case .object(let members) = node, let next = members[key] else { return nil }
            node = next
        }
        return node
    }
}

/// A JSON document as a value: what the schema check walks.
public enum JSONValue: Hashable, Decodable, CustomStringConvertible, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public static func parse(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([JSONValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// JSON Schema's type names; an integer is a number without a fraction.
    func hasType(_ type: String) -> Bool {
        switch (type, self) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array), ("object", .object): true
        case ("integer", .number(let number)): number.rounded() == number
        default: false
        }
    }

    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    public var description: String {
        switch self {
        case .null: "null"
        case .bool(let bool): "\(bool)"
        case .number(let number): "\(number)"
        case .string(let string): "\"\(string)\""
        case .array(let elements): "[\(elements.map(\.description).joined(separator: ", "))]"
        case .object(let members): "{\(members.keys.sorted().map { "\($0): \(members[$0]!)" }.joined(separator: ", "))}"
        }
    }
}

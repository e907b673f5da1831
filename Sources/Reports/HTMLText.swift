/// HTML from literal markup and interpolated values: in `"<td>\(value)</td>"` the value is escaped
/// (`&`, `<`, `>`, `"`, `'`, character by character, as the page's Mustache template did), the markup
/// never. Only text and whole numbers can be interpolated.
struct HTMLText: ExpressibleByStringInterpolation {
    private(set) var text: String

    init(stringLiteral value: String) {
        text = value
    }

    init(stringInterpolation: StringInterpolation) {
        text = stringInterpolation.text
    }

    struct StringInterpolation: StringInterpolationProtocol {
        var text = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: String) {
            text += literal
        }

        mutating func appendInterpolation(_ value: String) {
            text += HTMLText.escaped(value)
        }

        mutating func appendInterpolation(_ value: Int) {
            text += String(value)
        }
    }

    static func += (page: inout HTMLText, more: HTMLText) {
        page.text += more.text
    }

    /// `value` with the characters HTML gives a meaning to written as references.
    static func escaped(_ value: String) -> String {
        guard value.utf8.contains(where: { [0x26, 0x3C, 0x3E, 0x22, 0x27].contains($0) }) else { return value }
        var escaped = ""
        for character in value {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

/// The commands whose help shows examples, in the order they are listed (a later example may read
/// what an earlier one wrote).
public let commandsWithExamples = ["match", "cohort", "merge", "annotate", "explain"]

/// The example commands under a help text's `Examples` heading: each begins on a line indented by two
/// spaces; the help's wrapping continues a long one on unindented lines, joined back here.
public func helpExamples(in help: String) -> [String] {
    let lines = help.components(separatedBy: "\n")
    guard let heading = lines.firstIndex(where: { $0.hasPrefix("Examples") }) else { return [] }
    var examples: [String] = []
    for line in lines[(heading + 1)...] {
        if line.trimmingCharacters(in: .whitespaces).isEmpty { break }
        if line.hasPrefix("  ") || examples.isEmpty {
            examples.append(line.trimmingCharacters(in: .whitespaces))
        } else {
            examples[examples.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
        }
    }
    return examples
}

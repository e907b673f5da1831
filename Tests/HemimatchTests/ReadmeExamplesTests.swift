import Foundation
import HemimatchTestSupport
import Testing

/// The README's examples are real output: the fenced block after a line `<!-- example: COMMAND -->`
/// is exactly what COMMAND prints, run by bash (with `pipefail`) from the repository root with the built
/// `hemimatch` first on the PATH. `RECORD_README=1` writes the blocks again from the binary.
@Suite struct ReadmeExamplesTests {
    static let marker = "<!-- example: "

    /// (command, first and last line index of the block's content) for every marked block.
    static func examples(_ lines: [String]) -> [(command: String, content: Range<Int>)] {
        var found: [(String, Range<Int>)] = []
        for (index, line) in lines.enumerated() where line.hasPrefix(marker) && line.hasSuffix(" -->") {
            let command = String(line.dropFirst(marker.count).dropLast(4))
            guard index + 1 < lines.count, lines[index + 1].hasPrefix("```"),
                  let close = lines[(index + 2)...].firstIndex(where: { $0 == "```" }) else { continue }
            found.append((command, (index + 2)..<close))
        }
        return found
    }

    @Test func everyMarkedExampleIsWhatTheBinaryPrints() throws {
        let path = Hemimatch.repositoryRoot.appendingPathComponent("README.md")
        var lines = try String(contentsOf: path, encoding: .utf8).components(separatedBy: "\n")
        let examples = Self.examples(lines)
        #expect(examples.count >= 4, "the README marks its examples")
        let record = ProcessInfo.processInfo.environment["RECORD_README"] == "1"
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = Hemimatch.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        // Later blocks first, so that a rewritten block does not move the ones still to do.
        for example in examples.reversed() {
            // An example on the shared real files is checked where they are present.
            if example.command.contains("../shared/"), !Hemimatch.hasSharedTestData { continue }
            let result = try Hemimatch.execute(URL(fileURLWithPath: "/bin/bash"), ["-o", "pipefail", "-c", example.command],
                                               environment: environment, directory: Hemimatch.repositoryRoot)
            #expect(result.status == 0, "\(example.command): \(result.stderr)")
            guard result.status == 0 else { continue }
            let printed = result.text.hasSuffix("\n") ? String(result.text.dropLast()) : result.text
            let shown = lines[example.content].joined(separator: "\n")
            if record {
                lines.replaceSubrange(example.content, with: printed.components(separatedBy: "\n"))
            } else {
                #expect(shown == printed, "README example drifted (RECORD_README=1 rewrites it): \(example.command)")
            }
        }
        if record { try lines.joined(separator: "\n").write(to: path, atomically: true, encoding: .utf8) }
    }
}

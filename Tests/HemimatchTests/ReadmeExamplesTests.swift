import Foundation
import HemimatchTestSupport
import Testing

/// The README's and `docs/`' examples are real output: the fenced block after a line
/// `<!-- example: COMMAND -->` is exactly what COMMAND prints, run by bash (with `pipefail`) from the
/// repository root with the built `hemimatch` first on the PATH, on inputs shipped in `TestData/`
/// (or the shared real files, where present). A block that cannot run here says which test runs it
/// instead (`<!-- checked by: SUITE -->`, a suite of `Tests/`, or `Makefile` for `make` targets), and
/// a diagram says so (`<!-- diagram -->`); no other fenced block is allowed. `RECORD_README=1` writes
/// the example blocks again from the binary.
@Suite struct ReadmeExamplesTests {
    static let marker = "<!-- example: "
    static let checkedBy = "<!-- checked by: "
    static let diagram = "<!-- diagram -->"

    /// The README and every page of `docs/`.
    static let pages: [String] = {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: Hemimatch.repositoryRoot.appendingPathComponent("docs").path)) ?? []
        return ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/\($0)" }
    }()

    /// A fenced block: the line before its opening fence, and its content's line range.
    struct Block { let before: String; let content: Range<Int> }

    static func blocks(_ lines: [String]) -> [Block] {
        var found: [Block] = [], index = 0
        while index < lines.count {
            if lines[index].hasPrefix("```"), let close = lines[(index + 1)...].firstIndex(where: { $0 == "```" }) {
                found.append(Block(before: index > 0 ? lines[index - 1] : "", content: (index + 1)..<close))
                index = close + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// (command, the block's content range) for every marked example.
    static func examples(_ lines: [String]) -> [(command: String, content: Range<Int>)] {
        blocks(lines).compactMap { block in
            guard block.before.hasPrefix(marker), block.before.hasSuffix(" -->") else { return nil }
            return (String(block.before.dropFirst(marker.count).dropLast(4)), block.content)
        }
    }

    @Test(arguments: pages)
    func everyBlockIsAnExampleOrNamesItsTest(page: String) throws {
        let lines = try String(contentsOf: Hemimatch.repositoryRoot.appendingPathComponent(page), encoding: .utf8).components(separatedBy: "\n")
        let makefile = try String(contentsOf: Hemimatch.repositoryRoot.appendingPathComponent("Makefile"), encoding: .utf8)
        for block in Self.blocks(lines) {
            if block.before.hasPrefix(Self.marker) || block.before == Self.diagram { continue }
            guard block.before.hasPrefix(Self.checkedBy), block.before.hasSuffix(" -->") else {
                Issue.record("\(page) line \(block.content.lowerBound): a fenced block that is neither an example nor checked by a named test")
                continue
            }
            let checker = String(block.before.dropFirst(Self.checkedBy.count).dropLast(4))
            if checker == "Makefile" {
                for line in lines[block.content] where line.hasPrefix("make ") {
                    let target = String(line.dropFirst(5).prefix { $0 != " " })
                    #expect(makefile.contains("\n\(target):"), "\(page): `make \(target)` is not a Makefile target")
                }
            } else {
                let suite = Hemimatch.repositoryRoot.appendingPathComponent("Tests/HemimatchTests/\(checker).swift")
                #expect(FileManager.default.fileExists(atPath: suite.path), "\(page): no test suite \(checker)")
            }
        }
    }

    @Test(arguments: pages)
    func everyMarkedExampleIsWhatTheBinaryPrints(page: String) throws {
        let path = Hemimatch.repositoryRoot.appendingPathComponent(page)
        var lines = try String(contentsOf: path, encoding: .utf8).components(separatedBy: "\n")
        let examples = Self.examples(lines)
        let record = ProcessInfo.processInfo.environment["RECORD_README"] == "1"
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = Hemimatch.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["COLUMNS"] = "80"
        var skipped: [String] = []
        // Later blocks first, so that a rewritten block does not move the ones still to do.
        for example in examples.reversed() {
            // An example on the shared real files is checked where they are present, and its skip reported below.
            if example.command.contains("../shared/"), !Hemimatch.hasSharedTestData {
                skipped.append(example.command)
                continue
            }
            let result = try Hemimatch.execute(
                URL(fileURLWithPath: "/bin/bash"), ["-o", "pipefail", "-c", example.command],
                environment: environment, directory: Hemimatch.repositoryRoot)
            #expect(result.status == 0, "\(page): \(example.command): \(result.stderr)")
            guard result.status == 0 else { continue }
            let printed = result.text.hasSuffix("\n") ? String(result.text.dropLast()) : result.text
            let shown = lines[example.content].joined(separator: "\n")
            if record {
                lines.replaceSubrange(example.content, with: printed.components(separatedBy: "\n"))
            } else {
                #expect(shown == printed, "\(page) example drifted (RECORD_README=1 rewrites it): \(example.command)")
            }
        }
        if record { try lines.joined(separator: "\n").write(to: path, atomically: true, encoding: .utf8) }
        if !skipped.isEmpty {
            // Every other example was checked above; the skip is reported, never silent.
            try Test.cancel("\(page): \(skipped.count) example(s) on ../shared/testdata skipped (absent): \(skipped.joined(separator: "; "))")
        }
    }

    @Test func theReadmeIsShortAndShowsItsExamples() throws {
        let lines = try String(contentsOf: Hemimatch.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8).components(
            separatedBy: "\n")
        #expect(lines.count <= 300, "README.md has \(lines.count) lines")
        #expect(
            Self.examples(lines).contains { $0.command.contains("--fusions") && $0.command.contains("--cnv") },
            "a quick start with fusions and copy number")
        #expect(Self.pages.count >= 9, "README and the topic pages: \(Self.pages)")
    }
}

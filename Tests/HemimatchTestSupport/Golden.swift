import Foundation

/// Golden files: outputs recorded once under `Tests/Golden/` and compared byte for byte afterwards,
/// as bcftools' `test/*.out` and argument-parser's snapshots are. `RECORD_GOLDEN=1` (`make golden`)
/// rewrites them instead of comparing; a rewrite is a commit of its own that says why the bytes changed.
public enum Golden {
    public static let folder = Repository.root.appendingPathComponent("Tests/Golden")

    /// An input written for the golden cases (`Tests/Golden/inputs/`), for other tests to read as it is.
    public static func input(_ name: String) -> String { folder.appendingPathComponent("inputs/\(name)").path }

    public static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// `nil` when `actual` equals the golden file `name` (or was just recorded), otherwise why not.
    public static func mismatch(_ actual: Data, name: String) throws -> String? {
        let url = folder.appendingPathComponent(name)
        if isRecording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url)
            return nil
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            return "no golden file Tests/Golden/\(name): record it with `make golden`"
        }
        guard expected != actual else { return nil }
        let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
        if let first {
            return "Tests/Golden/\(name) differs at line \(first.offset + 1):\n- \(first.element.0)\n+ \(first.element.1)"
        }
        return "Tests/Golden/\(name) differs in length: \(expectedLines.count) golden lines, \(actualLines.count) now"
    }
}

import Foundation
import HemimatchTestSupport
import Testing

@testable import Knowledge

extension Repository {
    static var referenceFolder: String { knowledgeBaseFolder }

    /// The knowledge base shipped in `Reference/`.
    static func knowledgeBase() throws -> KnowledgeBase {
        try KnowledgeBase(directory: referenceFolder)
    }
}

/// A copy of `Reference/` in a fresh temporary folder, removed when the value goes away, for breaking one file.
final class ReferenceCopy {
    let folder: URL

    init() throws {
        let parent = FileManager.default.temporaryDirectory
            .appendingPathComponent("hemimatch-knowledge-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        folder = parent.appendingPathComponent("Reference", isDirectory: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.referenceFolder), to: folder)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder.deletingLastPathComponent())
    }

    func path(_ file: String) -> String {
        folder.appendingPathComponent(file).path
    }

    /// Rewrites `file` line by line; `lines[0]` is line 1.
    func edit(_ file: String, _ change: (inout [String]) throws -> Void) throws {
        var lines = try String(contentsOfFile: path(file), encoding: .utf8).components(separatedBy: "\n")
        try change(&lines)
        try lines.joined(separator: "\n").write(toFile: path(file), atomically: true, encoding: .utf8)
    }

    struct NoSuchLine: Error { let file: String }

    /// The 1-based number of the first line of `file` that satisfies `predicate`.
    func lineNumber(in file: String, where predicate: (String) -> Bool) throws -> Int {
        let lines = try String(contentsOfFile: path(file), encoding: .utf8).components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: predicate) else { throw NoSuchLine(file: file) }
        return index + 1
    }

    /// Replaces the tab-separated field `column` (0-based) of line `number` (1-based) of `file`.
    func setField(_ file: String, line number: Int, column: Int, to value: String) throws {
        try edit(file) { lines in
            var fields = lines[number - 1].components(separatedBy: "\t")
            fields[column] = value
            lines[number - 1] = fields.joined(separator: "\t")
        }
    }

    /// Loads the copy, expecting it to fail; returns the error, or records an issue when it loads.
    func loadError(sourceLocation: SourceLocation = #_sourceLocation) -> KnowledgeBaseError? {
        do {
            _ = try KnowledgeBase(directory: folder.path)
            Issue.record("the broken knowledge base loaded", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }
}

extension ReferenceCopy {
    /// A fresh copy with `row` appended to `file`: its load error, the row's line and the file's path.
    static func refusal(appending row: String, to file: String) throws -> (error: KnowledgeBaseError?, line: Int, path: String) {
        let copy = try ReferenceCopy()
        var line = 0
        try copy.edit(file) { lines in
            if lines.last == "" { lines.removeLast() }
            lines.append(row)
            line = lines.count
            lines.append("")
        }
        return (copy.loadError(), line, copy.path(file))
    }
}

import Foundation

/// A fresh folder under the system temporary directory, removed when the value goes away.
public final class TemporaryDirectory {
    public let url: URL

    public init() throws {
        url = try Repository.temporaryFolder()
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    public func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Writes `text` to `name` and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    /// Writes the lines (joined by newlines, with a final newline) to `name` and returns its path.
    @discardableResult
    public func write(_ name: String, _ lines: [String]) throws -> String {
        try write(name, Data(lines.map { $0 + "\n" }.joined().utf8))
    }

    @discardableResult
    public func write(_ name: String, _ data: Data) throws -> String {
        let target = path(name)
        try data.write(to: URL(fileURLWithPath: target))
        return target
    }
}

extension TemporaryDirectory {
    /// A copy of the shipped knowledge base in this folder (`kb`), changed by `edit`; its path.
    public func knowledgeBaseCopy(_ edit: (String) throws -> Void = { _ in }) throws -> String {
        let target = path("kb")
        try FileManager.default.copyItem(atPath: Repository.knowledgeBaseFolder, toPath: target)
        try edit(target)
        return target
    }
}

import ArgumentParser
import Foundation

/// `hemimatch --version` (optionally with `--kb DIR`): the tool's version, then the knowledge base a
/// run would use: its version, checksum and the folder it was loaded from, e.g.
///
///     hemimatch 0.2.0
///     knowledge base 2026.1 sha256 4b1f…
///     loaded from /usr/local/share/hemimatch/Reference
///
/// A knowledge base that is missing or invalid is a one-line error and exit code 78 after the
/// tool's version line, as it would be for a run.
enum VersionReport {
    /// The `--kb` option of a version request; `nil` when the arguments ask for something else.
    static func request(_ arguments: [String]) -> KnowledgeBaseOption? {
        guard arguments.contains("--version") else { return nil }
        return try? KnowledgeBaseOption.parse(arguments.filter { $0 != "--version" })
    }

    static func write(_ option: KnowledgeBaseOption) throws(Failure) {
        FileHandle.standardOutput.write(Data("hemimatch \(Hemimatch.version)\n".utf8))
        let knowledgeBase = try option.load()
        let folder = URL(fileURLWithPath: knowledgeBase.directory).standardizedFileURL.path
        let checksum = try KnowledgeBaseChecksum.sha256(directory: knowledgeBase.directory)
        FileHandle.standardOutput.write(Data("knowledge base \(knowledgeBase.version) sha256 \(checksum)\nloaded from \(folder)\n".utf8))
    }
}

extension Hemimatch {
    /// Answers a version request itself (the knowledge base is only known at run time), and hands
    /// everything else to the argument parser.
    static func main() {
        guard let option = VersionReport.request(Array(CommandLine.arguments.dropFirst())) else {
            return main(nil)
        }
        do {
            try Failure.reporting { () throws(Failure) in try VersionReport.write(option) }
        } catch {
            exit(withError: error)
        }
    }
}

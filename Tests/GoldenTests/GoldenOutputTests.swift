import Foundation
import HemimatchCommands
import HemimatchTestSupport
import Testing

/// Today's bytes of every output hemimatch writes, compared byte for byte with `Tests/Golden/`:
/// the guard every restructuring must pass unchanged. `make golden` records them again. Every case's
/// argument list is parsed by the root command and run in this process (`CommandLineRun`), as the
/// binary runs it; `GoldenCommandLineTests` (which `make check` skips) runs them all through the binary.
@Suite struct GoldenOutputTests {
    @Test(arguments: GoldenCase.all)
    func outputIsTheRecordedBytes(_ golden: GoldenCase) throws {
        let folder = GoldenInputs.folder
        for step in golden.setup {
            let result = try Self.run(step)
            try #require(result.status == 0, "setup \(step): \(String(decoding: result.standardError, as: UTF8.self))")
            for (path, bytes) in result.files { try bytes.write(to: folder.appendingPathComponent(path)) }
        }
        let result = try Self.run(golden.arguments)
        #expect(result.status == 0, "\(String(decoding: result.standardError, as: UTF8.self))")
        try GoldenBytes.expect(result.standardOutput, name: golden.name)
        try GoldenBytes.expect(result.standardError, name: "\(golden.name).stderr")
        for (name, path) in golden.files.sorted(by: { $0.key < $1.key }) {
            let written = try #require(result.files[path], "\(path) not written")
            try GoldenBytes.expect(written, name: name)
        }
        #expect(
            Set(result.files.keys).isSubset(of: Set(golden.files.values).union(golden.arguments.filter { $0.hasPrefix("out/") })),
            "files written that the case does not name: \(result.files.keys.sorted())")
        guard !Golden.isRecording else { return }
        for threads in golden.threadCounts {
            let again = try Self.run(golden.arguments + ["--threads", String(threads)])
            #expect(again.standardOutput == result.standardOutput, "--threads \(threads) changes standard output")
            #expect(again.files == result.files, "--threads \(threads) changes a written file")
        }
    }

    /// What one in-process run printed and wrote, every path in it relative to the working folder.
    struct Run {
        let status: Int32
        let standardOutput: Data
        let standardError: Data
        /// Written files by the relative path the case names.
        let files: [String: Data]
    }

    /// Runs the argument list in process with the working folder's paths made absolute (this
    /// process's working folder is never changed), after making the folders the command writes into;
    /// the outputs come back as the command prints them when run inside the folder.
    static func run(_ arguments: [String]) throws -> Run {
        for argument in arguments where argument.hasPrefix("out/") {
            let parent = GoldenInputs.folder.appendingPathComponent(argument).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        }
        let run = CommandLineRun(arguments.map(GoldenInputs.absolute), knowledgeBases: knowledgeBases)
        let files = try run.outputs.files()
        return Run(
            status: run.status, standardOutput: GoldenInputs.relative(run.outputs.standardOutput),
            standardError: GoldenInputs.relative(run.outputs.standardError),
            files: Dictionary(uniqueKeysWithValues: files.map { (GoldenInputs.relative(path: $0.key), GoldenInputs.relative($0.value)) }))
    }

    /// The shipped knowledge base, loaded once for every case.
    static let knowledgeBases = KnowledgeBaseCache()
}

/// Every case through the binary too, run inside the working folder with the relative paths as
/// written (the full tier only: about four minutes on a loaded 2-core machine), so that `main.swift`,
/// `run()`'s writing of every destination kind, the wiring of every option, and the in-process runner's
/// absolute paths with their prefix taken off are all compared with the same bytes. Never records: the
/// in-process suite does.
@Suite(.disabled(if: Golden.isRecording, "goldens are recorded in process"))
struct GoldenCommandLineTests {
    static let cases = GoldenCase.all

    @Test(arguments: cases)
    func outputIsTheRecordedBytes(_ golden: GoldenCase) throws {
        let folder = GoldenInputs.folder
        for step in golden.setup {
            let result = try run(step, in: folder)
            try #require(result.status == 0, "setup \(step): \(result.stderr)")
        }
        let result = try run(golden.arguments, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        try GoldenBytes.expect(result.stdout, name: golden.name)
        try GoldenBytes.expect(Data(result.stderr.utf8), name: "\(golden.name).stderr")
        for (name, path) in golden.files.sorted(by: { $0.key < $1.key }) {
            let written = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(path).path), "\(path) not written")
            try GoldenBytes.expect(written, name: name)
        }
        for threads in golden.threadCounts {
            let again = try run(golden.arguments + ["--threads", String(threads)], in: folder)
            #expect(again.stdout == result.stdout, "--threads \(threads) changes standard output")
            for (name, path) in golden.files.sorted(by: { $0.key < $1.key }) {
                let rewritten = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
                #expect(
                    rewritten == FileManager.default.contents(atPath: Golden.folder.appendingPathComponent(name).path),
                    "--threads \(threads) changes \(path)")
            }
        }
    }

    /// Runs hemimatch in the working folder, after making the folders the command writes into.
    private func run(_ arguments: [String], in folder: URL) throws -> ProcessResult {
        for argument in arguments where argument.hasPrefix("out/") {
            let parent = folder.appendingPathComponent(argument).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        }
        return try ChildProcess.run(ChildProcess.hemimatch, arguments, directory: folder)
    }
}

/// One output compared with (or, when recording, written to) its golden file.
enum GoldenBytes {
    /// An empty output has no golden file: a missing file means "nothing written".
    static func expect(_ data: Data, name: String) throws {
        let url = Golden.folder.appendingPathComponent(name)
        if data.isEmpty {
            if Golden.isRecording { try? FileManager.default.removeItem(at: url) }
            #expect(!FileManager.default.fileExists(atPath: url.path), "nothing written, but Tests/Golden/\(name) holds bytes")
            return
        }
        let mismatch = try Golden.mismatch(data, name: name)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }
}

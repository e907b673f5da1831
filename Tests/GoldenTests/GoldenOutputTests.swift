import Foundation
import HemimatchTestSupport
import Testing

/// Today's bytes of every output hemimatch writes, compared byte for byte with `Tests/Golden/`:
/// the guard every restructuring must pass unchanged. `make golden` records them again. The cases
/// whose command the library answers run in this process (`LibraryCommand`), the others through the
/// binary (`GoldenCommandLineTests`, which `make check` skips).
@Suite struct GoldenOutputTests {
    @Test(arguments: GoldenCase.all.filter { LibraryCommand($0.arguments) != nil })
    func outputIsTheRecordedBytes(_ golden: GoldenCase) throws {
        let command = try #require(LibraryCommand(golden.arguments))
        let folder = GoldenInputs.currentFolder
        let outputs = try command.run(nil)
        try GoldenBytes.expect(outputs.stdout, name: golden.name)
        try GoldenBytes.expect(Data(outputs.stderr.utf8), name: "\(golden.name).stderr")
        for (name, path) in golden.files.sorted(by: { $0.key < $1.key }) {
            let written = try #require(outputs.files[path], "\(path) not written")
            try GoldenBytes.expect(written, name: name)
        }
        #expect(Set(outputs.files.keys).isSubset(of: Set(golden.files.values).union(golden.arguments.filter { $0.hasPrefix("out/") })),
                "files written in \(folder.path) that the case does not name")
        guard !Golden.isRecording else { return }
        for threads in golden.threadCounts {
            let again = try command.run(threads)
            #expect(again.stdout == outputs.stdout, "--threads \(threads) changes standard output")
            #expect(again.files == outputs.files, "--threads \(threads) changes a written file")
        }
    }
}

/// The cases that need the binary (`cohort`, `merge`, `annotate`, `kb list`), and a few that the
/// library also answers, so that the command line's own wiring is compared with the same bytes.
@Suite struct GoldenCommandLineTests {
    static let cases = GoldenCase.all.filter { LibraryCommand($0.arguments) == nil }
        + GoldenCase.all.filter { GoldenCase.commandLineSamples.contains($0.name) }

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
        guard !Golden.isRecording else { return }
        for threads in golden.threadCounts {
            let again = try run(golden.arguments + ["--threads", String(threads)], in: folder)
            #expect(again.stdout == result.stdout, "--threads \(threads) changes standard output")
            for path in golden.files.values.sorted() {
                let rewritten = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
                #expect(rewritten == (try? Data(contentsOf: Golden.folder.appendingPathComponent(golden.files.first { $0.value == path }!.key))),
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

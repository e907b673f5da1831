import Foundation
import HemimatchTestSupport
import Testing

/// Today's bytes of every output hemimatch writes, compared byte for byte with `Tests/Golden/`:
/// the guard every restructuring must pass unchanged. `make golden` records them again.
@Suite struct GoldenOutputTests {
    @Test(arguments: GoldenCase.all)
    func outputIsTheRecordedBytes(_ golden: GoldenCase) throws {
        let folder = GoldenInputs.folder
        for step in golden.setup {
            let result = try run(step, in: folder, for: golden)
            try #require(result.status == 0, "setup \(step): \(result.stderr)")
        }
        let result = try run(golden.arguments, in: folder, for: golden)
        #expect(result.status == 0, "\(result.stderr)")
        try expectGolden(result.stdout, name: golden.name)
        try expectGolden(Data(result.stderr.utf8), name: "\(golden.name).stderr")
        for (name, path) in golden.files.sorted(by: { $0.key < $1.key }) {
            let written = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(path).path), "\(path) not written")
            try expectGolden(written, name: name)
        }
        guard !Golden.isRecording else { return }
        for threads in golden.threadCounts {
            let again = try run(golden.arguments + ["--threads", String(threads)], in: folder, for: golden)
            #expect(again.stdout == result.stdout, "--threads \(threads) changes standard output")
            for path in golden.files.values.sorted() {
                let rewritten = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
                #expect(rewritten == (try? Data(contentsOf: Golden.folder.appendingPathComponent(golden.files.first { $0.value == path }!.key))),
                        "--threads \(threads) changes \(path)")
            }
        }
    }

    /// Runs hemimatch in the working folder, after making the folders the command writes into.
    private func run(_ arguments: [String], in folder: URL, for golden: GoldenCase) throws -> ProcessResult {
        for argument in arguments where argument.hasPrefix("out/") {
            let parent = folder.appendingPathComponent(argument).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        }
        return try ChildProcess.run(ChildProcess.hemimatch, arguments, directory: folder)
    }

    /// An empty output has no golden file: a missing file means "nothing written".
    private func expectGolden(_ data: Data, name: String) throws {
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

import Foundation
import FuzzDriver
import Knowledge

/// The knowledge-base loader with a fuzzed rules.tsv beside the shipped tables: loaded or rejected
/// with the file, line and field, never a crash.
private let folder: URL = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hemimatch-fuzz-kb-\(getpid())")
    let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Reference")
    try? FileManager.default.removeItem(at: folder)
    try? FileManager.default.copyItem(at: reference, to: folder)
    return folder
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKnowledge(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data = bytes else { return 0 }
    let rules = folder.appendingPathComponent("rules.tsv")
    guard FileManager.default.createFile(atPath: rules.path, contents: Data(bytes: data, count: size)) else { return 0 }
    _ = try? KnowledgeBase(directory: folder.path)
    return 0
}

runFuzzer(fuzzKnowledge)

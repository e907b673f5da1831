import Foundation
import FuzzDriver
import CallerEvidence

/// Fusion tables and copy-number segment files from any bytes: read or rejected with a message.
private let path = FileManager.default.temporaryDirectory.appendingPathComponent("hemimatch-fuzz-table-\(getpid()).tsv").path

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTables(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data = bytes else { return 0 }
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: size)) else { return 0 }
    _ = try? FusionTableReader.read(path: path)
    _ = try? CopyNumberReader.read(path: path)
    return 0
}

runFuzzer(fuzzTables)

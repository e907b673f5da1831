import Foundation
import Structural

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

/// libFuzzer's driver runs the target; `make fuzz` passes it the corpus folders and a time limit.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(_ argc: UnsafeMutablePointer<Int32>,
                       _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                       _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(runDriver(&argc, &argv, { fuzzTables($0, $1) }))

import Foundation
import Matching
import VariantIO

/// Breakend ALTs and structural INFO values from any bytes: parsed or reported, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStructural(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data = bytes else { return 0 }
    let fields = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self).split(separator: "\t").map(String.init)
    let alt = fields.first ?? ""
    var info: [String: String] = [:]
    for (key, value) in zip(["SVTYPE", "END", "SVLEN", "CHR2", "CT", "CN", "GENE5", "GENE3", "GENE_NAME"], fields.dropFirst()) { info[key] = value }
    let record = VariantRecord(ordinal: 1, contig: "chr9", position: 130_854_000, id: ".", ref: "N", alts: [alt], filters: [],
                               info: info, samples: [SampleCall(genotype: [0, 1], integers: ["PR": [1, 2]], floats: [:])])
    _ = StructuralRecordParser.parse(record)
    return 0
}

/// libFuzzer's driver runs the target; `make fuzz` passes it the corpus folders and a time limit.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(_ argc: UnsafeMutablePointer<Int32>,
                       _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                       _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(runDriver(&argc, &argv, { fuzzStructural($0, $1) }))

import CallerEvidence
import Foundation
import FuzzDriver
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
                               info: InfoValues(info), samples: [SampleCall(genotype: [0, 1], integers: ["PR": [1, 2]], floats: [:])])
    _ = StructuralRecordParser.parse(record)
    return 0
}

runFuzzer(fuzzStructural)

import Foundation
import VariantIO

/// Which samples of a file are profiled, and which are the normal of a tumor/normal pair.
struct SampleSelection {
    /// The normal samples the header names or implies.
    let normals: [String]
    /// The samples to profile, as (name, index in the header); a file without samples is profiled
    /// as one unnamed sample called after the file.
    let profiled: [(name: String, index: Int?)]

    init(input: String, header: VariantHeader, requested: [String]?) throws(RunError) {
        normals = Self.normalSamples(header)
        guard !header.samples.isEmpty else {
            if requested != nil {
                throw RunError(.usage, "\(input): -s given, but the file has no samples")
            }
            profiled = [(name: URL(fileURLWithPath: input == "-" ? "stdin" : input).lastPathComponent, index: nil)]
            return
        }
        guard let requested else {
            let normals = normals
            profiled = header.samples.enumerated().filter { !normals.contains($0.element) }.map { (name: $0.element, index: $0.offset) }
            return
        }
        profiled = try requested.map { name throws(RunError) in
            guard let index = header.samples.firstIndex(of: name) else {
                throw RunError(.usage, "\(input): sample '\(name)' is not in the file (it has \(header.samples.joined(separator: ", ")))")
            }
            return (name: name, index: index)
        }
    }

    /// The normal of a tumor/normal pair: named by `##normal_sample`, the samples other than a
    /// `##tumor_sample`, or a column called `NORMAL` (Strelka, vcf2maf).
    static func normalSamples(_ header: VariantHeader) -> [String] {
        let named = header.meta.filter { $0.key == "normal_sample" }.map(\.value)
        if !named.isEmpty { return named }
        let tumors = header.meta.filter { $0.key == "tumor_sample" }.map(\.value)
        if !tumors.isEmpty, tumors.allSatisfy(header.samples.contains) { return header.samples.filter { !tumors.contains($0) } }
        return header.samples.filter { $0.uppercased() == "NORMAL" }
    }
}

import FoundationEssentials
import VariantIO

/// Which samples of a file are profiled, and which are the normal of a tumor/normal pair.
public struct SampleSelection: Sendable {
    /// The normal samples the header names or implies.
    public let normals: [String]
    /// The samples to profile, as (name, index in the header); a file without samples is profiled
    /// as one unnamed sample called after the file.
    public let profiled: [(name: String, index: Int?)]

    /// - Parameter normalOverride: `--normal`: the matched normals, whatever the header says.
    public init(input: String, header: VariantHeader, requested: [String]?, normalOverride: [String] = []) throws(AttributionError) {
        for normal in normalOverride where !header.samples.contains(normal) {
            throw AttributionError("\(input): normal sample '\(normal)' is not in the file (it has \(header.samples.joined(separator: ", ")))")
        }
        normals = normalOverride.isEmpty ? Self.normalSamples(header) : normalOverride
        guard !header.samples.isEmpty else {
            if requested != nil {
                throw AttributionError("\(input): -s given, but the file has no samples")
            }
            profiled = [(name: URL(fileURLWithPath: input == "-" ? "stdin" : input).lastPathComponent, index: nil)]
            return
        }
        guard let requested else {
            let normals = normals
            profiled = header.samples.enumerated().filter { !normals.contains($0.element) }.map { (name: $0.element, index: $0.offset) }
            return
        }
        profiled = try requested.map { name throws(AttributionError) in
            guard let index = header.samples.firstIndex(of: name) else {
                throw AttributionError("\(input): sample '\(name)' is not in the file (it has \(header.samples.joined(separator: ", ")))")
            }
            return (name: name, index: index)
        }
    }

    /// The normal of a tumor/normal pair, from what callers write: `##normal_sample`; the samples other
    /// than a `##tumor_sample`; MuTect 1's `normal_sample_name=` in `##GATKCommandLine`; megSAP's
    /// `##SAMPLE=<…,IsTumor=no>`; a column called `NORMAL` (Strelka, VarScan 2, vcf2maf), or the one
    /// column beside a column called `TUMOR`.
    public static func normalSamples(_ header: VariantHeader) -> [String] {
        let named = header.meta.filter { $0.key == "normal_sample" }.map(\.value)
        if !named.isEmpty { return named }
        let tumors = header.meta.filter { $0.key == "tumor_sample" }.map(\.value)
        if !tumors.isEmpty, tumors.allSatisfy(header.samples.contains) { return header.samples.filter { !tumors.contains($0) } }
        let mutect = header.structuredMeta.filter { $0.key == "GATKCommandLine" && $0.fields["ID"] == "MuTect" }
            .compactMap { $0.fields["CommandLineOptions"].flatMap(Self.mutectNormal) }.filter(header.samples.contains)
        if !mutect.isEmpty { return mutect }
        let megSAP = header.structuredMeta.filter { $0.key == "SAMPLE" && $0.fields["IsTumor"] == "no" }
            .compactMap { $0.fields["ID"] }.filter(header.samples.contains)
        if !megSAP.isEmpty { return megSAP }
        let normalColumns = header.samples.filter { $0.uppercased() == "NORMAL" }
        if !normalColumns.isEmpty { return normalColumns }
        if header.samples.count == 2, let tumor = header.samples.firstIndex(where: { $0.uppercased() == "TUMOR" }) {
            return [header.samples[1 - tumor]]
        }
        return []
    }

    /// The value of `normal_sample_name=` in MuTect 1's command-line options (`null` when none was given).
    private static func mutectNormal(_ options: String) -> String? {
        guard let option = options.split(separator: " ").first(where: { $0.hasPrefix("normal_sample_name=") }) else { return nil }
        let name = String(option.dropFirst("normal_sample_name=".count))
        return name.isEmpty || name == "null" ? nil : name
    }
}

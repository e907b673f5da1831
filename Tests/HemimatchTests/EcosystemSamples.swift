import Foundation
import HemimatchTestSupport

/// Three small GRCh38 samples made from the bundled files, for the ecosystem tests: a point-mutation
/// tumor (groups C and D, `review`), a structural one (B, C and D, `review`) and one without any
/// record (group A), each bgzipped with its sample renamed.
enum EcosystemSamples {
    struct Sample { let name: String; let path: String; let suggestedGroup: String; let candidateGroups: String }

    /// Makes the samples in `folder`, named `names` (three names; any text bcftools accepts as a sample).
    static func make(in folder: URL, names: [String]) throws -> [Sample] {
        let sources = [
            ("tumor_normal.grch38.vcf", "review", "C,D", false), ("structural.grch38.vcf", "review", "B,C,D", false),
            ("tumor_normal.grch38.vcf", "A", "A", true),
        ]
        return try zip(names, sources).enumerated().map { index, entry in
            let (name, (file, group, candidates, headerOnly)) = entry
            let renames = folder.appendingPathComponent("names\(index).txt")
            try "TUMOR \(name)\n".write(to: renames, atomically: true, encoding: .utf8)
            let path = folder.appendingPathComponent("P00\(index + 1).vcf.gz").path
            let view = headerOnly ? "bcftools view -h" : "bcftools view"
            try Hemimatch.tool("\(view) '\(Hemimatch.testData(file))' | bcftools reheader -s '\(renames.path)' | bgzip -c > '\(path)'")
            return Sample(name: name, path: path, suggestedGroup: group, candidateGroups: candidates)
        }
    }

    /// Each sample matched to `--format json`, returning the JSON files' paths.
    static func reports(_ samples: [Sample], in folder: URL) throws -> [String] {
        try samples.enumerated().map { index, sample in
            let json = folder.appendingPathComponent("P00\(index + 1).json").path
            let result = try Hemimatch.run([sample.path, "--format", "json", "-o", json])
            guard result.status == 0 else { throw Hemimatch.ToolFailure(command: "hemimatch \(sample.path)", stderr: result.stderr) }
            return json
        }
    }

    /// The sample and group columns of a cohort table, header dropped.
    static func tableRows(_ path: String) throws -> [[String]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
            .map { [$0[1], $0[2], $0[3]] }
    }
}

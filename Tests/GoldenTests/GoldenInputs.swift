import Foundation
import HemimatchTestSupport

/// The inputs the golden cases read, laid out in one working folder so that every path the
/// reports print is relative and the same in any clone: `TestData/` and the small files committed
/// beside the goldens in `Tests/Golden/inputs/` (bcftools' layout: each input a file of its own,
/// described in that folder's README), copied as they are. The cases name them relative to the
/// folder (`TestData/…`, `inputs/…`, and `out/…` for what they write).
enum GoldenInputs {
    /// The working folder, made once per test run. No test enters it: the in-process runner passes
    /// absolute paths (`absolute(_:)`), the binary runs in it as a child process's working folder.
    static let folder: URL = {
        let folder = try! Repository.temporaryFolder(prefix: "hemimatch-golden")
        let fileManager = FileManager.default
        try! fileManager.createDirectory(at: folder.appendingPathComponent("TestData"), withIntermediateDirectories: true)
        for name in testData + tables {
            try! fileManager.copyItem(atPath: Repository.testData(name), toPath: folder.appendingPathComponent("TestData/\(name)").path)
        }
        try! fileManager.copyItem(at: committed, to: folder.appendingPathComponent("inputs"))
        return folder
    }()

    /// `Tests/Golden/inputs/`: the small variant, structural and caller-table files written for the goldens.
    static let committed = Golden.folder.appendingPathComponent("inputs")

    static let testData = [
        "tumor_normal.grch38.vcf", "structural.grch38.vcf", "structural.grch37.vcf", "no_panel_alteration.grch37.vcf", "somatic.grch38.maf",
    ]

    /// Files of `TestData/` read as tables, not matched in every format by themselves.
    static let tables = ["lab_alterations.tsv"]

    /// The folders of the working folder a case's argument may name a path in.
    private static let relativeRoots = ["TestData/", "inputs/", "out/"]

    /// An argument naming a path of the working folder, made absolute; any other argument as it is.
    static func absolute(_ argument: String) -> String {
        relativeRoots.contains { argument.hasPrefix($0) } ? folder.appendingPathComponent(argument).path : argument
    }

    /// Output of a run given absolute paths, with the working folder's prefix taken off every path it
    /// prints: the bytes the same command prints when run inside the folder.
    static func relative(_ data: Data) -> Data {
        let prefix = Data((folder.path + "/").utf8)
        var result = Data()
        var rest = data[...]
        while let found = rest.firstRange(of: prefix) {
            result += rest[..<found.lowerBound]
            rest = rest[found.upperBound...]
        }
        return result + rest
    }

    /// A path a run wrote to, relative to the working folder again.
    static func relative(path: String) -> String {
        path.hasPrefix(folder.path + "/") ? String(path.dropFirst(folder.path.count + 1)) : path
    }
}

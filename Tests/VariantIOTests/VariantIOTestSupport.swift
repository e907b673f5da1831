import Foundation
import HemimatchTestSupport
import Testing
import VariantIO

extension Repository {
    static let tumorNormalVCF = path("TestData/tumor_normal.grch38.vcf")
}

/// Runs a command-line tool found on `PATH` and fails the test when it exits with an error.
func runTool(_ tool: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(
        process.terminationStatus == 0,
        "\(tool) \(arguments.joined(separator: " ")) failed: \(String(decoding: message, as: UTF8.self))",
        sourceLocation: sourceLocation)
}

/// Writes a bgzipped VCF (`-Oz`) or BCF (`-Ob`) copy of `source` with `bcftools view` and returns its path.
func bcftoolsCopy(of source: String, format: String, to target: String) throws -> String {
    try runTool("bcftools", ["view", "--no-version", "-O\(format)", "-o", target, source])
    return target
}

/// Every record of `path`, read with `request`.
func readAll(_ path: String, threads: Int = 1, request: FieldRequest = FieldRequest()) throws(VariantIOError)
    -> (header: VariantHeader, records: [VariantRecord])
{
    let reader = try VariantReader(path: path, threads: threads, request: request)
    var records: [VariantRecord] = []
    while let record = try reader.next(where: { _, _, _ in true }) {
        records.append(record)
    }
    return (reader.header, records)
}

/// Opens and reads `path` to the end, expecting a `VariantIOError` of `kind` whose description names
/// the file and contains every string of `mentions`. Returns the error for further checks.
@discardableResult
func expectFailure(
    reading path: String, kind: VariantIOError.Kind, mentions: [String] = [],
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> VariantIOError {
    let failure: VariantIOError?
    do {
        let (_, records) = try readAll(path)
        failure = nil
        Issue.record("read \(records.count) records from \(path) without an error", sourceLocation: sourceLocation)
    } catch {
        failure = error
    }
    let error = try #require(failure, sourceLocation: sourceLocation)
    #expect(error.kind == kind, "\(error.description)", sourceLocation: sourceLocation)
    #expect(error.path == path, sourceLocation: sourceLocation)
    #expect(error.description.hasPrefix(path + ": "), "\(error.description)", sourceLocation: sourceLocation)
    for text in mentions {
        #expect(error.description.contains(text), "\(error.description) lacks \(text)", sourceLocation: sourceLocation)
    }
    return error
}

/// Small VCF texts for one GRCh38 contig (`chr1`), with GT/AD/DP/AF FORMAT and DP/AF/SOMATIC INFO declared.
enum SyntheticVCF {
    static let headerLines = [
        "##fileformat=VCFv4.2",
        "##contig=<ID=chr1,length=248956422>",
        "##FILTER=<ID=q10,Description=\"Quality below 10\">",
        "##FILTER=<ID=s50,Description=\"Less than 50% of samples have data\">",
        "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Total depth\">",
        "##INFO=<ID=AF,Number=A,Type=Float,Description=\"Allele frequency\">",
        "##INFO=<ID=SOMATIC,Number=0,Type=Flag,Description=\"Somatic call\">",
        "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
        "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">",
        "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Read depth\">",
        "##FORMAT=<ID=AF,Number=A,Type=Float,Description=\"Allele fraction\">",
    ]

    /// A whole VCF: the header above, a `#CHROM` line naming `samples` (none: sites only) and `records`,
    /// each given as its tab-separated columns.
    static func text(samples: [String], records: [[String]]) -> String {
        var columns = ["#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO"]
        if !samples.isEmpty { columns += ["FORMAT"] + samples }
        let lines = headerLines + [columns.joined(separator: "\t")] + records.map { $0.joined(separator: "\t") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `count` biallelic SNV records on chr1 for one sample, positions 1000, 1010, …
    static func manyRecords(_ count: Int) -> [[String]] {
        let bases = ["A", "C", "G", "T"]
        return (0..<count).map { i in
            [
                "chr1", String(1000 + 10 * i), "rs\(i)", bases[i % 4], bases[(i % 4 + 1 + (i / 4) % 3) % 4],
                ".", "PASS", "DP=\(20 + i % 97)", "GT:AD:DP", "0/1:\(i % 53),\(i % 31):\(i % 53 + i % 31)",
            ]
        }
    }
}

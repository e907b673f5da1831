import ArgumentParser
import Foundation
import Profile
import VariantIO

extension VariantWriter.Format: ExpressibleByArgument {}

/// Writes the input back through htslib, every record kept, with the INFO tags `HEMI_RULE`,
/// `HEMI_GROUP` and `HEMI_ALTERATION` on the records behind an actionable alteration.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Write the input VCF/BCF back with HEMI_RULE, HEMI_GROUP and HEMI_ALTERATION on matched records.",
        discussion: """
        Matches the file as `hemimatch FILE` does (the same options apply), then copies it through htslib into -o, \
        every record as it was, with header lines that define the three INFO tags and record the tool version \
        (##hemimatch_version), the knowledge-base version (##hemimatch_kb_version) and the genome build \
        (##hemimatch_genome_build). A record that supports an actionable alteration of any profiled sample gets \
        HEMI_RULE (the knowledge-base rule ids), HEMI_GROUP (the trial groups) and HEMI_ALTERATION (GENE:change), \
        comma-separated when several apply. -O chooses the format as in bcftools (v VCF, z bgzipped VCF, b BCF, \
        u uncompressed BCF); by default the output name decides (.vcf.gz z, .bcf b, else v). The output is written \
        to a temporary file and renamed, so a failed run leaves none; z and b outputs can be indexed with \
        `bcftools index`. Standard input cannot be annotated (the file is read twice).

        Examples:
          hemimatch annotate tumor.vcf.gz -o tumor.hemi.vcf.gz && bcftools index tumor.hemi.vcf.gz
          hemimatch annotate tumor.bcf -o tumor.hemi.bcf -O b
          bcftools view -i 'INFO/HEMI_GROUP!="."' tumor.hemi.vcf.gz

        Exit codes:
        \(ExitStatus.helpTable)
        """
    )

    /// The INFO tags written, with their header descriptions.
    static let tagDefinitions = [
        ("HEMI_RULE", "hemimatch knowledge-base rule(s) the record's alteration meets"),
        ("HEMI_GROUP", "HEM-iSMART group(s) the record's alteration qualifies for"),
        ("HEMI_ALTERATION", "Actionable alteration(s) the record supports, as GENE:change"),
    ]

    @Argument(help: "Input VCF, VCF.gz or BCF file.")
    var input: String

    @Option(name: [.short, .customLong("output")], help: "The annotated file to write.")
    var output: String

    @Option(name: [.customShort("O"), .customLong("output-type")],
            help: "Output format: v (VCF), z (bgzipped VCF), b (BCF), u (uncompressed BCF); default from the output's name.")
    var outputType: VariantWriter.Format?

    @Option(help: "Threads for BGZF decompression and for matching.")
    var threads: Int = 1

    @OptionGroup var options: MatchOptions

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        guard input != "-" else { throw ValidationError("annotate reads the input twice: give a file, not standard input") }
    }

    func run() throws {
        InterruptCleanup.install()
        try Failure.reporting(execute)
    }

    private func execute() throws(Failure) {
        let knowledgeBase = try options.knowledgeBaseOption.load()
        try OutputDestination(path: output).checkWritable()
        let report = try FileMatcher(knowledgeBase: knowledgeBase, options: options).report(input: input, threads: threads)
        let tags = Self.tags(report)
        let headerLines = Self.tagDefinitions.map { "##INFO=<ID=\($0.0),Number=.,Type=String,Description=\"\($0.1)\">" } + [
            "##hemimatch_version=\(report.run.toolVersion)",
            "##hemimatch_kb_version=\(report.run.knowledgeBaseVersion)",
            "##hemimatch_genome_build=\(report.run.genomeBuild)",
        ]
        let url = URL(fileURLWithPath: output)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).hemimatch-\(getpid()).tmp").path
        InterruptCleanup.remove(onInterrupt: temporary)
        defer { InterruptCleanup.remove(onInterrupt: nil) }
        do {
            _ = try VariantWriter.copy(input: input, output: temporary, format: outputType ?? VariantWriter.Format(path: output),
                                       headerLines: headerLines, infoTags: Self.tagDefinitions.map(\.0)) { record in
                record.keys.lazy.compactMap { tags[$0] }.first ?? []
            }
        } catch let error as VariantIOError {
            unlink(temporary)
            throw FileMatcher.failure(error)
        } catch {
            unlink(temporary)
            throw Failure(status: .outputFailed, message: "\(error)")
        }
        guard rename(temporary, output) == 0 else {
            unlink(temporary)
            throw Failure(status: .outputFailed, message: "\(output): cannot write: \(String(cString: strerror(errno)))")
        }
    }

    /// The INFO values per record key (`chrom:pos:ref:alt`, or `chrom:pos:ID` for structural records),
    /// from every profiled sample's alterations.
    static func tags(_ report: MatchReport) -> [String: [(tag: String, value: String)]] {
        var alterations: [String: [Alteration]] = [:]
        for alteration in report.samples.flatMap(\.alterations) {
            for record in alteration.records where !(alterations[record.variant] ?? []).contains(alteration) {
                alterations[record.variant, default: []].append(alteration)
            }
        }
        return alterations.mapValues { found in
            let unique = { (values: [String]) in NSOrderedSet(array: values).array.map { clean($0 as! String) }.joined(separator: ",") }
            return [("HEMI_RULE", unique(found.map(\.ruleID))),
                    ("HEMI_GROUP", unique(found.flatMap(\.groups).sorted())),
                    ("HEMI_ALTERATION", unique(found.map { "\($0.gene):\($0.alteration)" }))]
        }
    }

    /// A value an INFO string may hold: no white space, `;`, `=` or `,`.
    private static func clean(_ value: String) -> String {
        String(value.map { $0.isWhitespace || ";=,".contains($0) ? "_" : $0 })
    }
}

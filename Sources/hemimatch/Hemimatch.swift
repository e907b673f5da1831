import Annotation
import ArgumentParser
import Foundation
import Knowledge
import Matching
import Profile
import Reports
import VariantIO

/// The report formats `--format` offers.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Matches one variant file: the default command, so `hemimatch sample.vcf.gz` runs it.
struct Match: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Match a tumor's variant calls to the HEM-iSMART trial groups (the default command).",
        discussion: """
        Reads VCF, bgzipped VCF or BCF (or standard input, '-') through htslib, finds the alterations the \
        knowledge base names (RAS/MAPK -> D, IL7R/JAK-STAT -> C, ABL-class -> B) and reports, per tumor sample, \
        the actionable alterations, the candidate groups and the suggested group (A when nothing qualifies, \
        'review' when several groups qualify). Records whose FILTER is not PASS are skipped unless \
        --include-filtered is given. Samples named by a ##normal_sample header line are not profiled unless \
        -s asks for them.

        Exit codes:
        \(ExitStatus.helpTable)
        """
    )

    @Argument(help: "Input VCF, VCF.gz or BCF file; '-' reads standard input.")
    var input: String

    @Option(name: [.short, .customLong("output")], help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Report format: text (a table) or json (one document per run).")
    var format: ReportFormat = .text

    @Option(help: "Genome build (GRCh37, GRCh38, hg19, hg38); checked against the header's contig lengths.")
    var build: String?

    @Option(help: "Threads for BGZF decompression and for matching; the output is identical for any value.")
    var threads: Int = 1

    @Option(name: [.short, .customLong("samples")], help: "Comma-separated samples to profile (default: every non-normal sample).")
    var samples: String?

    @OptionGroup var knowledgeBaseOption: KnowledgeBaseOption

    @Flag(help: "Also match records whose FILTER is not PASS.")
    var includeFiltered = false

    @Option(name: .customLong("fusions"),
            help: "An RNA fusion caller's table (Arriba, STAR-Fusion, FusionCatcher, or a GENE1::GENE2 list); repeatable. Applies to every profiled sample.")
    var fusionTables: [String] = []

    @Option(name: .customLong("cnv"),
            help: "A copy-number segment file (CNVkit .cns/.cnr, or a BED-like table with log2 or copy number); repeatable. Applies to every profiled sample.")
    var copyNumberFiles: [String] = []

    @Option(help: "A segment at or below this log2 ratio is a deletion.")
    var cnvLossLog2 = CopyNumberThresholds().lossLog2

    @Option(help: "A segment at or above this log2 ratio is an amplification.")
    var cnvGainLog2 = CopyNumberThresholds().gainLog2

    @Option(help: "A segment or record with at most this many copies is a deletion.")
    var cnvLossCopies = CopyNumberThresholds().lossCopies

    @Option(help: "A segment or record with at least this many copies is an amplification.")
    var cnvGainCopies = CopyNumberThresholds().gainCopies

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        if let build, GenomeBuild(name: build) == nil {
            throw ValidationError("unknown genome build '\(build)': use GRCh37 or GRCh38")
        }
    }

    func run() throws {
        try Failure.reporting(execute)
    }

    private func execute() throws(Failure) {
        let knowledgeBase = try knowledgeBaseOption.load()
        let destination = OutputDestination(path: output)
        try destination.checkWritable()
        var thresholds = CopyNumberThresholds()
        (thresholds.lossLog2, thresholds.gainLog2, thresholds.lossCopies, thresholds.gainCopies) = (cnvLossLog2, cnvGainLog2, cnvLossCopies, cnvGainCopies)
        let callerEvidence = try ExtraInputs.load(fusionTables: fusionTables, copyNumberFiles: copyNumberFiles, thresholds: thresholds)

        let request = FieldRequest(info: ["CSQ"] + StructuralRecordParser.infoTags, formatIntegers: SampleSupport.integerTags,
                                   formatFloats: SampleSupport.floatTags)
        let reader: VariantReader
        do {
            reader = try VariantReader(path: input, threads: threads, request: request)
        } catch {
            throw Self.failure(error)
        }
        let header = reader.header

        let decision: BuildDetector.Decision
        do {
            decision = try knowledgeBase.buildDetector.decide(contigs: header.contigs.map { ($0.name, $0.length) },
                                                              requested: build.flatMap(GenomeBuild.init(name:)))
        } catch {
            throw Failure(status: .buildMismatch, message: "\(input): \(error)")
        }

        let normals = header.meta.filter { $0.key == "normal_sample" }.map(\.value)
        let profiled = try selectSamples(header: header, normals: normals)
        let csqFormat = header.infoDefinition("CSQ").flatMap { ConsequenceFormat(headerDescription: $0.description) }

        let matcher = RecordMatcher(knowledgeBase: knowledgeBase, build: decision.build, csqFormat: csqFormat,
                                    includeFiltered: includeFiltered)
        let pipeline = MatchPipeline(matcher: matcher, panel: PanelIndex(genes: knowledgeBase.genes.values, build: decision.build),
                                     threads: threads)
        let outcome: PipelineOutcome
        do {
            outcome = try pipeline.run(reader)
        } catch {
            throw Self.failure(error)
        }

        var findings = outcome.findings
        var otherFindings: [(name: String, support: [SampleSupport])] = []
        if !outcome.junctions.isEmpty || !outcome.copyNumberEvents.isEmpty || !callerEvidence.isEmpty {
            let locator: GeneLocator
            do {
                locator = try knowledgeBase.geneLocator(build: decision.build)
            } catch {
                throw Failure(status: .invalidKnowledgeBase, message: "invalid knowledge base: \(error)")
            }
            let structural = StructuralMatcher(knowledgeBase: knowledgeBase, build: decision.build, locator: locator,
                                               thresholds: thresholds)
            let result = structural.match(candidates: structural.candidates(from: outcome.junctions) + callerEvidence.fusions,
                                          copyNumberEvents: outcome.copyNumberEvents + callerEvidence.copyNumberEvents)
            findings += result.findings
            otherFindings = result.otherFindings
        }

        let run = RunMetadata(
            tool: "hemimatch", toolVersion: Hemimatch.version, knowledgeBaseVersion: knowledgeBase.version,
            genomeBuild: decision.build.rawValue, genomeBuildBasis: decision.basis, input: input,
            transcriptPolicy: RecordMatcher.transcriptPolicy, includeFiltered: includeFiltered,
            recordsRead: outcome.recordsRead, recordsKept: outcome.recordsKept, recordsFiltered: outcome.recordsFiltered,
            normalSamples: normals.filter { !profiled.map(\.name).contains($0) },
            warnings: outcome.warnings)
        for warning in outcome.warnings {
            FileHandle.standardError.write(Data("hemimatch: warning: \(input): \(warning)\n".utf8))
        }
        let report = MatchReport(run: run, samples: ProfileBuilder(knowledgeBase: knowledgeBase)
            .profiles(findings: findings, otherFindings: otherFindings, samples: profiled))

        let data: Data
        switch format {
        case .text:
            data = Data(TextReport.render(report).utf8)
        case .json:
            do {
                data = try JSONReport.render(report)
            } catch {
                throw Failure(status: .internalError, message: "cannot encode the report: \(error)")
            }
        }
        try destination.write(data)
    }

    /// The samples to profile, as (name, index in the header); a file without samples is profiled
    /// as one unnamed sample called after the file.
    private func selectSamples(header: VariantHeader, normals: [String]) throws(Failure) -> [(name: String, index: Int?)] {
        guard !header.samples.isEmpty else {
            if samples != nil {
                throw Failure(status: .usage, message: "\(input): -s given, but the file has no samples")
            }
            let name = URL(fileURLWithPath: input == "-" ? "stdin" : input).lastPathComponent
            return [(name: name, index: nil)]
        }
        guard let samples else {
            return header.samples.enumerated().filter { !normals.contains($0.element) }.map { (name: $0.element, index: $0.offset) }
        }
        return try samples.split(separator: ",").map { requested throws(Failure) in
            guard let index = header.samples.firstIndex(of: String(requested)) else {
                throw Failure(status: .usage, message: "\(input): sample '\(requested)' is not in the file (it has \(header.samples.joined(separator: ", ")))")
            }
            return (name: String(requested), index: index)
        }
    }

    private static func failure(_ error: VariantIOError) -> Failure {
        switch error.kind {
        case .unreadable: return Failure(status: .unreadableInput, message: error.description)
        case .notVariantFile, .truncated, .malformedRecord, .malformedHeader: return Failure(status: .invalidInput, message: error.description)
        }
    }
}

/// The `hemimatch` command: `match` (the default) and `kb`.
@main
struct Hemimatch: ParsableCommand {
    static let version = "0.2.0"

    static let configuration = CommandConfiguration(
        commandName: "hemimatch",
        abstract: "Match a tumor's variant calls to the HEM-iSMART trial groups.",
        discussion: """
        `hemimatch FILE` matches a file (the `match` command, whose options `hemimatch help match` lists); \
        `hemimatch kb list|show|validate` reads the knowledge base.

        Exit codes:
        \(ExitStatus.helpTable)
        """,
        version: version,
        subcommands: [Match.self, KnowledgeBaseCommand.self],
        defaultSubcommand: Match.self
    )
}

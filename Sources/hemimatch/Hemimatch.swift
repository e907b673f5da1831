import Annotation
import ArgumentParser
import Foundation
import Knowledge
import Matching
import Profile
import Reports
import VariantIO

extension TranscriptPolicy: ExpressibleByArgument {}

/// The report formats `--format` offers.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl, tsv
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

    @Option(help: "Report format: text (a table for a terminal), json (one document per run), jsonl (one line per sample), tsv (one row per sample and alteration).")
    var format: ReportFormat = .text

    @Flag(help: "No colour in the text report (colour is used only on a terminal anyway).")
    var noColor = false

    @Flag(help: "No warnings on standard error (they stay in the report).")
    var quiet = false

    @Option(help: "Genome build (GRCh37, GRCh38, hg19, hg38); checked against the header's contig lengths.")
    var build: String?

    @Option(help: "Threads for BGZF decompression and for matching; the output is identical for any value.")
    var threads: Int = 1

    @Option(name: [.short, .customLong("sample"), .customLong("samples")],
            help: "Samples to profile (repeatable, or comma-separated); default: every sample but the normal of a tumor/normal pair.")
    var sampleOptions: [String] = []

    @Option(help: "A sample's allele below this VAF is a near-miss, not an alteration (when FORMAT gives a VAF).")
    var minVaf = ProfileBuilder.Thresholds().minimumVAF

    @Option(help: "A sample's allele with fewer reads than this is a near-miss, not an alteration (when FORMAT gives a depth).")
    var minDepth = ProfileBuilder.Thresholds().minimumDepth

    @Option(help: "Which transcript's annotation counts when an allele has several: mane (MANE Select, else the annotator's MANE_SELECT, else CANONICAL, else all), canonical (CANONICAL, else all), all.")
    var transcriptPolicy: TranscriptPolicy = .mane

    /// The samples asked for, `nil` when none were.
    private var samples: [String]? {
        let names = sampleOptions.flatMap { $0.split(separator: ",").map(String.init) }
        return names.isEmpty ? nil : names
    }

    @OptionGroup var knowledgeBaseOption: KnowledgeBaseOption

    @Flag(help: "Also match records whose FILTER is not PASS.")
    var includeFiltered = false

    @Option(help: "The reference FASTA the calls were made on (plain or bgzipped, indexed with faidx): unannotated substitutions are translated and REF alleles checked.")
    var fasta: String?

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
        InterruptCleanup.install()
        try Failure.reporting(execute)
    }

    private func execute() throws(Failure) {
        let knowledgeBase = try knowledgeBaseOption.load()
        let destination = OutputDestination(path: output)
        try destination.checkWritable()
        var thresholds = CopyNumberThresholds()
        (thresholds.lossLog2, thresholds.gainLog2, thresholds.lossCopies, thresholds.gainCopies) = (cnvLossLog2, cnvGainLog2, cnvLossCopies, cnvGainCopies)
        // Sorted, so that the order the files are given in does not change the report.
        let callerEvidence = try ExtraInputs.load(fusionTables: fusionTables.sorted(), copyNumberFiles: copyNumberFiles.sorted(),
                                                  thresholds: thresholds)

        let request = FieldRequest(info: ConsequenceFormat.tags + StructuralRecordParser.infoTags, formatIntegers: SampleSupport.integerTags,
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
            decision = try knowledgeBase.buildDetector.decide(
                contigs: header.contigs.map { ($0.name, $0.length) }, requested: build.flatMap(GenomeBuild.init(name:)),
                hints: header.meta.filter { ["reference", "assembly"].contains($0.key) }.map(\.value))
        } catch {
            throw Failure(status: .buildMismatch, message: "\(input): \(error)")
        }

        let normals = Self.normalSamples(header)
        let profiled = try selectSamples(header: header, normals: normals)
        let annotations = ConsequenceFormat.tags.compactMap { tag in
            header.infoDefinition(tag).flatMap { ConsequenceFormat(tag: tag, headerDescription: $0.description) }
        }

        var sequences: GeneSequences?
        if let fasta {
            let genome: ReferenceGenome
            do {
                genome = try ReferenceGenome(path: fasta)
            } catch {
                throw Self.failure(error)
            }
            sequences = GeneSequences(genome: genome, models: (knowledgeBase.transcripts[decision.build] ?? [:]).values)
            if sequences?.isEmpty == true {
                throw Failure(status: .invalidInput, message: "\(fasta): holds none of the panel genes' contigs of \(decision.build.rawValue)")
            }
        }
        let matcher = RecordMatcher(knowledgeBase: knowledgeBase, build: decision.build, annotations: annotations,
                                    includeFiltered: includeFiltered, sequences: sequences, transcriptPolicy: transcriptPolicy)
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
        var structuralWarnings: [String] = []
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
            structuralWarnings = result.warnings
        }

        var context = ProfileBuilder.Context(
            build: decision.build, annotated: !annotations.isEmpty, unannotatedRecords: outcome.unannotatedRecords,
            translates: sequences != nil, thresholds: .init(minimumVAF: minVaf, minimumDepth: minDepth),
            normalIndices: normals.compactMap { header.samples.firstIndex(of: $0) })
        context.unusableRecords = outcome.warnings.count
        let builder = ProfileBuilder(knowledgeBase: knowledgeBase, context: context)
        var run = RunMetadata()
        run.toolVersion = Hemimatch.version
        run.knowledgeBaseVersion = knowledgeBase.version
        run.genomeBuild = decision.build.rawValue
        run.genomeBuildBasis = decision.basis
        run.input = input
        run.inputs = [InputFile(path: input, role: "variants", format: reader.isBCF ? "bcf" : "vcf", sha256: try Checksum.sha256(of: input))]
            + (try callerEvidence.files.map { file throws(Failure) in
                InputFile(path: file.path, role: file.role, format: file.format, sha256: try Checksum.sha256(of: file.path))
            })
            // A whole genome is not hashed on every run.
            + (fasta.map { [InputFile(path: $0, role: "reference", format: "fasta", sha256: nil)] } ?? [])
        run.transcriptPolicy = transcriptPolicy.description
        run.includeFiltered = includeFiltered
        run.requestedSamples = samples
        run.sampleThresholds = ["min_vaf": minVaf, "min_depth": Double(minDepth)]
        run.copyNumberThresholds = ["loss_log2": thresholds.lossLog2, "gain_log2": thresholds.gainLog2,
                                    "loss_copies": thresholds.lossCopies, "gain_copies": thresholds.gainCopies]
        run.rankingHeuristic = SampleProfile.rankingHeuristic
        run.rulesNotEvaluated = builder.rulesNotEvaluated
        run.recordsRead = outcome.recordsRead
        run.recordsKept = outcome.recordsKept
        run.recordsFiltered = outcome.recordsFiltered
        run.normalSamples = normals.filter { !profiled.map(\.name).contains($0) }
        let refWarnings = outcome.refMismatches == 0 ? [] : [
            "\(outcome.refMismatches) panel records have a REF that disagrees with \(fasta ?? "the FASTA") (e.g. \(outcome.refMismatchExamples.joined(separator: "; "))): is it the genome the calls were made on?",
        ]
        let compressionWarnings = (reader.isPlainGzip ? ["compressed with plain gzip, not BGZF: read whole, but it cannot be indexed (bgzip it)"] : [])
            + (decision.basis == "reference line" ? ["no contig lengths: genome build \(decision.build.rawValue) assumed from the ##reference line; pass --build to be sure"] : [])
        run.warnings = compressionWarnings + outcome.warnings + structuralWarnings + refWarnings
        if !quiet {
            for warning in run.warnings {
                FileHandle.standardError.write(Data("hemimatch: warning: \(input): \(warning)\n".utf8))
            }
        }
        let report = MatchReport(run: run, samples: builder.profiles(findings: findings, otherFindings: otherFindings, samples: profiled))
        try destination.write(try render(report, to: destination))
    }

    private func render(_ report: MatchReport, to destination: OutputDestination) throws(Failure) -> Data {
        do {
            switch format {
            case .text:
                let terminal = destination.isStandardOutput && isatty(STDOUT_FILENO) == 1
                return Data(TextReport.render(report, colored: terminal && !noColor).utf8)
            case .json: return try JSONReport.render(report)
            case .jsonl: return try JSONReport.renderLines(report)
            case .tsv: return Data(TSVReport.render(report).utf8)
            }
        } catch {
            throw Failure(status: .internalError, message: "cannot encode the report: \(error)")
        }
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
        return try samples.map { requested throws(Failure) in
            guard let index = header.samples.firstIndex(of: String(requested)) else {
                throw Failure(status: .usage, message: "\(input): sample '\(requested)' is not in the file (it has \(header.samples.joined(separator: ", ")))")
            }
            return (name: String(requested), index: index)
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
        subcommands: [Match.self, KnowledgeBaseCommand.self, ExplainCommand.self],
        defaultSubcommand: Match.self
    )
}

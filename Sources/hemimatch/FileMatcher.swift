import Annotation
import Foundation
import Knowledge
import Matching
import Profile
import VariantIO

/// Matches one variant file to a report: what `match` does for its file and `cohort` for each of
/// its files. Holds only plain values, so several files can be matched side by side.
struct FileMatcher: Sendable {
    /// Whether to read the panel regions through the file's index.
    enum IndexUse: String, Sendable {
        case never, whenPresent, required
    }

    let knowledgeBase: KnowledgeBase
    let requestedBuild: GenomeBuild?
    let samples: [String]?
    let thresholds: ProfileBuilder.Thresholds
    let transcriptPolicy: TranscriptPolicy
    let includeFiltered: Bool
    let fasta: String?
    let indexUse: IndexUse
    let hashesInput: Bool
    /// True when other files are matched side by side with this one (a cohort's workers): the
    /// cores are busy already, so the file is hashed and matched on the reading thread rather than
    /// on threads beside it.
    var besideOtherFiles = false
    let quiet: Bool

    init(knowledgeBase: KnowledgeBase, options: MatchOptions) {
        self.knowledgeBase = knowledgeBase
        requestedBuild = options.build.flatMap(GenomeBuild.init(name:))
        samples = options.samples
        thresholds = .init(minimumVAF: options.minVaf, minimumDepth: options.minDepth)
        transcriptPolicy = options.transcriptPolicy
        includeFiltered = options.includeFiltered
        fasta = options.fasta
        indexUse = options.indexUse
        hashesInput = !options.noChecksum
        quiet = options.quiet
    }

    /// The report for `input`, with `threads` for BGZF decompression and matching; caller tables
    /// (fusions, copy number) apply to every profiled sample. Warnings go to standard error unless quiet.
    func report(input: String, threads: Int, extras: ExtraInputs = ExtraInputs(),
                copyNumberThresholds: CopyNumberThresholds = CopyNumberThresholds()) throws(Failure) -> MatchReport {
        // Hashed on another thread while the file is read.
        let pending = hashesInput && !besideOtherFiles ? Checksum.Pending(path: input) : nil
        let request = FieldRequest(info: ConsequenceFormat.tags + StructuralRecordParser.infoTags,
                                   formatIntegers: SampleSupport.integerTags + StructuralSupport.integerTags,
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
                contigs: header.contigs.map { ($0.name, $0.length) }, requested: requestedBuild,
                hints: header.meta.filter { ["reference", "assembly"].contains($0.key) }.map(\.value))
        } catch {
            throw Failure(status: .buildMismatch, message: "\(input): \(error)")
        }

        let normals = Self.normalSamples(header)
        let profiled = try selectSamples(input: input, header: header, normals: normals)
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
        let panel = PanelIndex(genes: knowledgeBase.genes.values, build: decision.build)
        let indexWarnings = try readThroughIndex(reader, panel: panel)
        let structuralSupport = StructuralSupport(header: header)
        let matcher = RecordMatcher(knowledgeBase: knowledgeBase, build: decision.build, annotations: annotations,
                                    includeFiltered: includeFiltered, sequences: sequences, transcriptPolicy: transcriptPolicy,
                                    structuralSupport: structuralSupport)
        let pipeline = MatchPipeline(matcher: matcher, panel: panel, threads: threads, matchesOnReaderThread: besideOtherFiles)
        let outcome: PipelineOutcome
        do {
            outcome = try pipeline.run(reader)
        } catch {
            throw Self.failure(error)
        }

        var findings = outcome.findings
        var otherFindings: [(name: String, support: [SampleSupport])] = []
        var structuralWarnings: [String] = []
        var tableWarnings: [String] = []
        if !outcome.junctions.isEmpty || !outcome.copyNumberEvents.isEmpty || !outcome.singleBreakends.isEmpty || !extras.isEmpty {
            let locator: GeneLocator
            do {
                locator = try knowledgeBase.geneLocator(build: decision.build)
            } catch {
                throw Failure(status: .invalidKnowledgeBase, message: "invalid knowledge base: \(error)")
            }
            let structural = StructuralMatcher(knowledgeBase: knowledgeBase, build: decision.build, locator: locator,
                                               thresholds: copyNumberThresholds)
            let tables = FusionTableSamples.assign(extras.fusions, fileSamples: header.samples)
            tableWarnings = tables.warnings
            let result = structural.match(candidates: structural.candidates(from: outcome.junctions) + tables.fusions,
                                          copyNumberEvents: outcome.copyNumberEvents + extras.copyNumberEvents,
                                          singleBreakends: outcome.singleBreakends)
            findings += result.findings
            otherFindings = result.otherFindings
            structuralWarnings = result.warnings
        }

        var context = ProfileBuilder.Context(
            build: decision.build, annotated: !annotations.isEmpty, unannotatedRecords: outcome.unannotatedRecords,
            translates: sequences != nil, thresholds: thresholds,
            normalIndices: normals.compactMap { header.samples.firstIndex(of: $0) })
        context.unusableRecords = outcome.warnings.count
        let builder = ProfileBuilder(knowledgeBase: knowledgeBase, context: context)
        var run = RunMetadata()
        run.toolVersion = Hemimatch.version
        run.knowledgeBaseVersion = knowledgeBase.version
        run.genomeBuild = decision.build.rawValue
        run.genomeBuildBasis = decision.basis
        run.input = input
        run.inputs = [InputFile(path: input, role: "variants", format: reader.isBCF ? "bcf" : "vcf", sha256: try sha256(input, pending))]
            + (try extras.files.map { file throws(Failure) in
                InputFile(path: file.path, role: file.role, format: file.format, sha256: try Checksum.sha256(of: file.path))
            })
            // A whole genome is not hashed on every run.
            + (fasta.map { [InputFile(path: $0, role: "reference", format: "fasta", sha256: nil)] } ?? [])
        run.transcriptPolicy = transcriptPolicy.description
        run.includeFiltered = includeFiltered
        run.requestedSamples = samples
        run.readsIndexedRegions = reader.readsRegions
        run.sampleThresholds = ["min_vaf": thresholds.minimumVAF, "min_depth": Double(thresholds.minimumDepth)]
        run.copyNumberThresholds = ["loss_log2": copyNumberThresholds.lossLog2, "gain_log2": copyNumberThresholds.gainLog2,
                                    "loss_copies": copyNumberThresholds.lossCopies, "gain_copies": copyNumberThresholds.gainCopies]
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
        let supportSummary = structuralSupport.summary(of: outcome, profiled: profiled.map(\.name))
        run.structuralSupport = supportSummary?.summary
        run.warnings = compressionWarnings + reader.warnings + indexWarnings + outcome.warnings + tableWarnings + structuralWarnings
            + (supportSummary?.warning.map { [$0] } ?? []) + refWarnings
        if !quiet {
            for warning in run.warnings {
                FileHandle.standardError.write(Data("hemimatch: warning: \(input): \(warning)\n".utf8))
            }
        }
        return MatchReport(run: run, samples: builder.profiles(findings: findings, otherFindings: otherFindings, samples: profiled))
    }

    private func sha256(_ input: String, _ pending: Checksum.Pending?) throws(Failure) -> String? {
        guard hashesInput else { return nil }
        if let pending { return try pending.value() }
        return try Checksum.sha256(of: input)
    }

    /// Restricts the reader to the panel regions when the index is to be used, and says what the
    /// user should know about it: translocations written as one record at a partner outside the
    /// panel are not seen.
    private func readThroughIndex(_ reader: VariantReader, panel: PanelIndex) throws(Failure) -> [String] {
        guard indexUse != .never else { return [] }
        let regions = reader.header.contigs.flatMap { contig in
            panel.intervals(onContig: contig.name).map { GenomicRegion(contig: contig.name, start: $0.lowerBound, end: $0.upperBound) }
        }
        do {
            try reader.restrict(to: regions)
        } catch {
            if indexUse == .required { throw Self.failure(error) }
            return []
        }
        return reader.header.infoDefinition("CHR2") != nil
            ? ["read through the index: the header declares single-record translocations (INFO/CHR2, as DELLY writes them); one written at a partner outside the panel genes is not seen (stream the whole file to see it)"]
            : []
    }

    /// The samples to profile, as (name, index in the header); a file without samples is profiled
    /// as one unnamed sample called after the file.
    private func selectSamples(input: String, header: VariantHeader, normals: [String]) throws(Failure) -> [(name: String, index: Int?)] {
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

    static func failure(_ error: VariantIOError) -> Failure {
        switch error.kind {
        case .unreadable: return Failure(status: .unreadableInput, message: error.description)
        case .notVariantFile, .truncated, .malformedRecord, .malformedHeader: return Failure(status: .invalidInput, message: error.description)
        }
    }
}

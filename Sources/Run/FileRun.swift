import Annotation
import Assessment
import Attribution
import CallerEvidence
import Checksums
import FoundationEssentials
import Knowledge
import Matching
import Profile
import VariantIO

/// Matches one variant file to a report: what `match` does for its file and `cohort` for each of
/// its files. Holds only plain values, so several files can be matched side by side.
public struct FileRun: Sendable {
    public let knowledgeBase: KnowledgeBase
    public let options: RunOptions
    /// True when other files are matched side by side with this one (a cohort's workers): the
    /// cores are busy already, so the file is hashed and matched on the reading thread rather than
    /// on threads beside it.
    public var besideOtherFiles = false

    public init(knowledgeBase: KnowledgeBase, options: RunOptions) {
        self.knowledgeBase = knowledgeBase
        self.options = options
    }

    /// The report for `input`, with `threads` for BGZF decompression and matching; each row of the caller
    /// tables (fusions, copy number) goes to the sample it names (`TableAttribution`). Its warnings are
    /// gathered in one list as the steps give them, listed by kind (`RunWarning`), and each is handed to
    /// `options.warn`.
    public func report(input: String, threads: Int) throws(RunError) -> MatchReport {
        let tables = try attempt(RunError.init) { () throws(CallerTableError) in
            try CallerTables.load(
                fusionTables: options.fusionTables, copyNumberFiles: options.copyNumberFiles,
                alterationLists: options.alterationLists, thresholds: options.copyNumberThresholds)
        }
        let clinical = try attempt(RunError.init) { () throws(ClinicalSheet.Failure) in
            try options.clinicalSheet.map { path throws(ClinicalSheet.Failure) in try ClinicalSheet.read(path: path) } ?? [:]
        }
        // Hashed on another thread while the file is read.
        // Read through an index, only what was read is hashed (below); a whole file only when it is streamed.
        // A remote file is hashed after it is read, never beside its reading: two threads that load
        // htslib's network plugins at once can block each other.
        let pending =
            options.hashesInput && !besideOtherFiles && options.indexUse == .never && !InputPath.isRemote(input)
            ? Checksum.Pending(path: input) : nil
        let source = try VariantSource(input: input, threads: threads, indexed: options.indexUse != .never)
        let header = source.header
        let annotations = ConsequenceFormat.tags.compactMap { tag in
            header.infoDefinition(tag).flatMap { ConsequenceFormat(tag: tag, headerDescription: $0.description) }
        }
        var warnings = RunWarning.List(file: input)
        if source.isPlainGzip { warnings.add(.compression, RunWarning.plainGzip) }
        let (decision, buildWarnings) = try attempt(RunError.init) { () throws(BuildDecision.Failure) in
            try BuildDecision(knowledgeBase: knowledgeBase, requested: options.requestedBuild).decide(
                input: input, header: header, annotations: annotations, maf: source.mafCalls, alterationList: source.alterationList != nil)
        }
        warnings.add(.genomeBuild, buildWarnings)
        let selection = try attempt(RunError.init) { () throws(AttributionError) in
            try SampleSelection(input: input, header: header, requested: options.samples, normalOverride: options.normals)
        }
        let profiled = selection.profiled.map(\.name)
        // A cohort's sheet names the samples of every file (checked by the cohort); a single file's, or a file
        // list row's, must name only its own.
        if let sheet = options.clinicalSheet, !options.clinicalSheetIsShared,
            let stranger = clinical.keys.sorted().first(where: { name in !profiled.contains { $0 == name || "\(input):\($0)" == name } })
        {
            throw RunError(.usage, "\(sheet): sample '\(stranger)' is not a profiled sample of \(input) (it has \(profiled.joined(separator: ", ")))")
        }
        if tables.files.contains(where: { !$0.fusions.isEmpty }) {
            let check = try attempt(RunError.init) { () throws(KnowledgeBaseError) in
                try TableBuildCheck(build: decision.build, knowledgeBase: knowledgeBase)
            }
            warnings.add(.tableBuild, check.check(tables))
        }
        // A list given as the input is attributed as one given beside a VCF: each row to the sample it names.
        var attributed = tables
        if let list = source.alterationList { attributed.append(list) }
        let assigned = try attempt(RunError.init) { () throws(AttributionError) in
            try TableAttribution(
                headerSamples: header.samples, profiled: profiled, normals: selection.normals, mapping: options.tableSamples,
                givenPloidy: options.copyNumberThresholds.ploidy, option: options.tableSampleOption
            ).assign(attributed, input: input)
        }
        warnings.add(.attribution, assigned.notes)
        let populationFields = PopulationFrequencyFields(
            infoTags: header.info.map { ($0.id, $0.type) }, consequenceFormats: annotations, extra: options.populationAFFields)
        let infoFraction = try attempt({ RunError(.usage, $0.message) }) { () throws(InfoTagProblem) in
            let tumors = header.samples.indices.filter { !selection.normals.contains(header.samples[$0]) }
            return try InfoAlleleFraction.resolve(
                header: header, sample: tumors.count == 1 ? tumors[0] : nil, fractionTag: options.tumorAFTag, depthTag: options.tumorDPTag)
        }
        source.decodeInfo(populationFields.decodedInfoTags + (infoFraction?.tags ?? []))
        let sequences = try geneSequences(build: decision.build)
        // No rows, no matcher: building it parses every hotspot's and polymorphism's HGVS, a twentieth
        // of the start-up of a run without alteration lists.
        let listed =
            assigned.alterations.isEmpty
            ? AlterationListMatcher.Evidence()
            : try attempt({ RunError(.invalidInput, $0.description) }) { () throws(CallerTableError) in
                try AlterationListMatcher(knowledgeBase: knowledgeBase, build: decision.build, sequences: sequences)
                    .evidence(assigned.alterations.map { ($0.alteration, $0.support) })
            }
        warnings.add(.alterationList, listed.notes)
        let panel = PanelIndex(genes: knowledgeBase.genes.values, build: decision.build)
        if try readThroughIndex(source, panel: panel) { warnings.add(.index, RunWarning.translocationsOutsideIndex) }
        let regionChecksum = try checksumOfRegions(source)
        let structuralSupport = StructuralSupport(header: header)
        let matcher = RecordMatcher(
            knowledgeBase: knowledgeBase, build: decision.build, annotations: annotations,
            includeFiltered: options.includeFiltered, sequences: sequences,
            transcriptPolicy: options.transcriptPolicy, populationFields: populationFields,
            structuralSupport: structuralSupport, infoFraction: infoFraction)
        let pipeline = MatchPipeline(matcher: matcher, panel: panel, threads: threads, matchesOnReaderThread: besideOtherFiles)
        var outcome = try source.run(pipeline)
        var readIndex = source.index
        if let index = readIndex, outcome.recordsRead == 0 {
            // Nothing in any panel region: an index that misses the file's records, or a header
            // that lists no panel contig, would say the same, so the whole file is streamed to tell.
            readIndex = nil
            let whole = try VariantSource(input: input, threads: threads)
            whole.decodeInfo(populationFields.infoTags)
            outcome = try whole.run(pipeline)
            warnings.add(.index, RunWarning.indexFoundNothing(index: index.path, recordsRead: outcome.recordsRead, recordsKept: outcome.recordsKept))
        }
        warnings.add(.reading, source.warnings)
        warnings.add(.record, outcome.warnings)
        warnings.add(.callerTable, tables.warnings)

        var findings = outcome.findings + listed.findings
        var otherFindings: [OtherFinding] = []
        if !outcome.junctions.isEmpty || !outcome.copyNumberEvents.isEmpty || !outcome.singleBreakends.isEmpty || !attributed.isEmpty {
            let locator = try attempt(RunError.init) { () throws(KnowledgeBaseError) in try knowledgeBase.geneLocator(build: decision.build) }
            let structural = StructuralMatcher(
                knowledgeBase: knowledgeBase, build: decision.build, locator: locator,
                thresholds: options.copyNumberThresholds, includeFiltered: options.includeFiltered,
                minimumFusionReads: options.minimumFusionReads)
            let result = structural.match(
                candidates: FusionAssembler(knowledgeBase: knowledgeBase, build: decision.build, locator: locator)
                    .candidates(from: outcome.junctions) + assigned.fusions + listed.fusions,
                copyNumberEvents: assigned.withPloidies(outcome.copyNumberEvents, headerSamples: header.samples, profiled: profiled)
                    + assigned.copyNumberEvents + listed.copyNumberEvents,
                singleBreakends: outcome.singleBreakends)
            findings += result.findings
            otherFindings = result.otherFindings
            warnings.add(.rearrangement, result.warnings)
        }
        let supportSummary = structuralSupport.summary(of: outcome, profiled: profiled)
        warnings.add(.structuralSupport, supportSummary?.warning.map { [$0] } ?? [])
        if outcome.refMismatches > 0 {
            warnings.add(.reference, RunWarning.referenceMismatch(outcome.refMismatches, fasta: options.fasta, examples: outcome.refMismatchExamples))
        }

        var context = ProfileBuilder.Context(
            build: decision.build, annotated: !annotations.isEmpty || source.alterationList != nil, unannotatedRecords: outcome.unannotatedRecords,
            translates: sequences != nil, thresholds: options.thresholds,
            normalIndices: selection.normals.compactMap { header.samples.firstIndex(of: $0) })
        context.normalNames = selection.normals.filter { header.samples.contains($0) }
        // A MAF names each row's tumor (Tumor_Sample_Barcode): its samples are tumors by construction.
        if header.samples.count >= 2, selection.normals.isEmpty, source.format != "maf", source.alterationList == nil {
            let notice = UnnamedNormal.notice(input: input, samples: header.samples, findings: findings)
            context.fileFlags = [ProfileFlag(code: .normalNotNamed, message: notice)]
            warnings.add(.unnamedNormal, notice)
        }
        context.unusableRecords = outcome.warnings.count + source.unplacedRows
        var screened = Screening.Inputs(variantFile: input)
        screened.annotation = annotations.first.map { source.format == "maf" ? "MAF" : "\($0.dialect.rawValue) \($0.tag)" }
        screened.unannotatedRecords = outcome.unannotatedRecords
        screened.fasta = options.fasta
        screened.structuralRecords = !outcome.junctions.isEmpty || !outcome.singleBreakends.isEmpty || header.infoDefinition("SVTYPE") != nil
        screened.copyNumberRecords = !outcome.copyNumberEvents.isEmpty
        screened.record(assigned, listInput: source.alterationList?.path)
        screened.clinicalSheet = options.clinicalSheet
        context.screening = Screening(inputs: screened, knowledgeBase: knowledgeBase)
        context.clinical = try attempt(RunError.init) { () throws(ClinicalSheet.Failure) in
            try ClinicalSheet.rows(of: clinical, path: options.clinicalSheet ?? "", input: input, profiled: profiled)
        }
        let builder = ProfileBuilder(knowledgeBase: knowledgeBase, context: context)

        var run = try provenance()
        run.genomeBuild = decision.build
        run.genomeBuildBasis = decision.basis
        run.input = input
        let inputHash = if let regionChecksum { regionChecksum.value } else { try options.hashesInput ? hash(input, pending) : nil }
        run.inputs =
            [InputFile(path: input, role: .variants, format: source.format, sha256: inputHash, sha256Of: regionChecksum?.description)]
            + (try tables.files.map { file throws(RunError) in
                InputFile(path: file.path, role: InputFile.Role(file.role), format: file.format, sha256: try hash(file.path))
            })
            // A whole genome is not hashed on every run.
            + (options.fasta.map { [InputFile(path: $0, role: .reference, format: "fasta", sha256: nil)] } ?? [])
            + (try options.clinicalSheet.map { path throws(RunError) in
                [InputFile(path: path, role: .clinical, format: "tsv", sha256: try hash(path))]
            } ?? [])
        run.readsIndexedRegions = readIndex != nil
        run.index = readIndex.map { IndexFile(path: $0.path, size: $0.size, modified: $0.modified.map(Self.timestamp)) }
        run.rulesNotEvaluated = builder.rulesNotEvaluated
        run.recordsRead = outcome.recordsRead
        run.recordsKept = outcome.recordsKept
        run.recordsFiltered = outcome.recordsFiltered
        run.normalSamples = selection.normals.filter { !profiled.contains($0) }
        run.mode = context.normalIndices.isEmpty ? .tumorOnly : .tumorNormal
        run.populationAFFields = populationFields.names
        run.structuralSupport = supportSummary?.summary
        let ordered = warnings.ordered
        run.warnings = ordered.map(\.message)
        if let warn = options.warn { ordered.forEach(warn) }
        return MatchReport(run: run, samples: builder.profiles(findings: findings, otherFindings: otherFindings, samples: selection.profiled))
    }

    /// What every report of this knowledge base and these options says about how it was made: the
    /// tool, the knowledge base (version, groups, checksum, manifest) and the thresholds.
    private func provenance() throws(RunError) -> RunMetadata {
        var run = RunMetadata()
        run.toolVersion = HemimatchVersion.current
        run.knowledgeBaseVersion = knowledgeBase.version
        run.trialGroups = knowledgeBase.groups.map(\.letter).sorted()
        (run.knowledgeBaseSHA256, run.knowledgeBaseManifest) = try attempt(RunError.init) { () throws(ChecksumError) in
            (
                try KnowledgeBaseChecksum.sha256(directory: knowledgeBase.directory),
                try KnowledgeBaseChecksum.manifest(directory: knowledgeBase.directory).verdict
            )
        }
        run.transcriptPolicy = options.transcriptPolicy.description
        run.includeFiltered = options.includeFiltered
        run.requestedSamples = options.samples
        run.sampleThresholds = ["min_vaf": options.thresholds.minimumVAF, "min_depth": Double(options.thresholds.minimumDepth)]
        // Kept so that `merge --clinical` decides the clonality cue again as the run did.
        if let blasts = options.thresholds.blastFraction { run.sampleThresholds["blast_fraction"] = blasts }
        let copyNumber = options.copyNumberThresholds
        run.copyNumberThresholds = [
            "loss_log2": copyNumber.lossLog2, "gain_log2": copyNumber.gainLog2,
            "loss_copies": copyNumber.lossCopies, "gain_copies": copyNumber.gainCopies,
        ]
        run.rankingHeuristic = SampleProfile.rankingHeuristic
        run.maxPopulationAF = options.thresholds.maximumPopulationAF
        run.germlineNormalVAF = options.thresholds.germlineNormalVAF
        run.polymorphismTableEntries = knowledgeBase.polymorphisms.count
        return run
    }

    /// The SHA-256 of `path`, waiting for `pending` when it was hashed beside its reading.
    private func hash(_ path: String, _ pending: Checksum.Pending? = nil) throws(RunError) -> String? {
        try attempt(RunError.init) { () throws(ChecksumError) in
            if let pending { return try pending.value() }
            return try Checksum.sha256(of: path)
        }
    }

    /// A checksum of what is read through the index, fed by the reader as it reads; nil when the
    /// file is streamed whole (or not hashed).
    private func checksumOfRegions(_ source: VariantSource) throws(RunError) -> Checksum.OfRegions? {
        guard options.hashesInput, case .file(let reader) = source, reader.readsRegions, let index = reader.index else { return nil }
        let checksum = try attempt(RunError.init) { () throws(ChecksumError) in try Checksum.OfRegions(index: index.path) }
        reader.onRegionBytes = checksum.update
        return checksum
    }

    /// The panel genes' sequences from `--fasta`, for the consequence engine; `nil` without one.
    private func geneSequences(build: GenomeBuild) throws(RunError) -> GeneSequences? {
        guard let fasta = options.fasta else { return nil }
        let genome = try attempt(RunError.init) { () throws(VariantIOError) in try ReferenceGenome(path: fasta) }
        let sequences = GeneSequences(models: (knowledgeBase.transcripts[build] ?? [:]).values, bases: genome.bases)
        if sequences.isEmpty {
            throw RunError(.invalidInput, "\(fasta): holds none of the panel genes' contigs of \(build.rawValue)")
        }
        return sequences
    }

    /// Restricts the reader to the panel regions when the index is to be used; true when the user
    /// should know that translocations written as one record at a partner outside the panel are not seen.
    /// An index that does not fit the file is an error whether it is asked for or only used when present.
    private func readThroughIndex(_ source: VariantSource, panel: PanelIndex) throws(RunError) -> Bool {
        guard options.indexUse != .never else { return false }
        guard case .file(let reader) = source else {
            if options.indexUse == .required { throw RunError(.usage, "--regions-from-index: a MAF table has no index (it is read whole)") }
            return false
        }
        let regions = reader.header.contigs.flatMap { contig in
            panel.intervals(onContig: contig.name).map { GenomicRegion(contig: contig.name, start: $0.lowerBound, end: $0.upperBound) }
        }
        do {
            try reader.restrict(to: regions)
        } catch {
            if options.indexUse == .required || error.kind == .badIndex { throw RunError(error) }
            return false
        }
        return reader.header.infoDefinition("CHR2") != nil
    }

    /// Index times in the run metadata: ISO 8601, UTC, milliseconds, rounded to the nearest
    /// millisecond (half up) as Foundation's `ISO8601DateFormatter` did; the format style truncates, so
    /// it is given the millisecond's first quarter.
    private static func timestamp(_ date: Date) -> String {
        let milliseconds = ((date.timeIntervalSince1970) * 1000 + 0.5).rounded(.down)
        return Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(Date(timeIntervalSince1970: (milliseconds + 0.25) / 1000))
    }
}

extension InputFile.Role {
    /// A caller table's role in the run metadata.
    init(_ role: CallerTables.Role) {
        switch role {
        case .fusions: self = .fusions
        case .copyNumber: self = .copyNumber
        case .ploidy: self = .ploidy
        case .alterations: self = .alterations
        }
    }
}

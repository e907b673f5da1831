import ArgumentParser
import FoundationEssentials
import Profile
import Reports
import Run

/// The report formats `--format` offers.
enum ReportFormat: String, RawValueArgument {
    case text, json, jsonl, tsv
}

/// Matches one variant file: the default command, so `hemimatch sample.vcf.gz` runs it.
struct Match: OutputCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        _superCommandName: SubcommandParse.superCommandName,
        abstract: "Match a tumor's variant calls to the HEM-iSMART trial groups (the default command).",
        discussion: """
            Reads VCF, bgzipped VCF or BCF (or standard input, '-') through htslib, finds the alterations the \
            knowledge base names (RAS/MAPK -> D, IL7R/JAK-STAT -> C, ABL-class -> B) and reports, per tumor sample, \
            the actionable alterations, the candidate groups and the suggested group (A when nothing qualifies, \
            'review' when several groups qualify). Records whose FILTER is not PASS are reported as near-misses \
            (with a flag), not alterations, unless --include-filtered is given. Samples named by a ##normal_sample header line are not profiled unless \
            -s asks for them. Each row of a --fusions or --cnv table goes to the sample it names (mapped with --table-sample), \
            a table without a sample column to the one profiled sample; never to every sample.

            Examples (TestData/ is in the source distribution):
              hemimatch TestData/tumor_normal.grch38.vcf
              hemimatch TestData/structural.grch38.vcf --format json -o tumor.json --html tumor.html --multiqc tumor_mqc.json
              hemimatch TestData/tumor_normal.grch38.vcf -s TUMOR --fusions TestData/tumor.arriba.tsv --cnv TestData/tumor.cnvkit.cns
              hemimatch TestData/tumor_normal.grch38.vcf --use-index --threads 2 --format tsv

            Exit codes:
            \(ExitStatus.helpTable)
            """
    )

    @Argument(
        help: "Input VCF, VCF.gz, BCF or MAF (plain or gzipped) file; '-' reads standard input (VCF/BCF).",
        completion: .file(extensions: VariantFileCompletion.extensions))
    var input: String

    @Option(
        name: [.short, .customLong("output")], help: "Write the report to this file (atomically) instead of standard output.",
        completion: .file())
    var output: String?

    @Option(
        help:
            "Report format: text (a table for a terminal), json (one document per run), jsonl (one line per sample), tsv (one row per sample and alteration)."
    )
    var format: ReportFormat = .text

    @Flag(help: "No colour in the text report (colour is used only on a terminal anyway).")
    var noColor = false

    @Option(help: "Threads for BGZF decompression and for matching; the output is identical for any value.")
    var threads: Int = 1

    @OptionGroup(title: "Matching, samples and thresholds") var options: MatchOptions

    @OptionGroup(title: "Report files") var reportFiles: ReportFileOptions

    @Option(
        name: .customLong("fusions"),
        help: ArgumentHelp(
            "An RNA fusion caller's table; repeatable. Each row goes to the sample it names (see --table-sample).",
            discussion: "Layouts, recognised by header: \(CallerTableHelp.fusionLayouts)."),
        completion: .file())
    var fusionTables: [String] = []

    @Option(
        help:
            "A fusion (fusion-table call or VCF rearrangement) with fewer supporting reads (split + spanning or paired, as its caller counts them) is a near-miss, not an alteration."
    )
    var minFusionReads = RunOptions().minimumFusionReads

    @Option(
        name: .customLong("cnv"),
        help: ArgumentHelp(
            "A copy-number segment file; repeatable. Each row goes to the sample it names (see --table-sample).",
            discussion: "Layouts, recognised by header: \(CallerTableHelp.copyNumberLayouts)."),
        completion: .file())
    var copyNumberFiles: [String] = []

    @Option(
        name: .customLong("alterations"),
        help: ArgumentHelp(
            "A lab's alteration list (sample, gene, alteration; optional vaf, transcript); repeatable. Each row goes to the sample it names (see --table-sample).",
            discussion:
                "Alterations: p.G12D or G12D on the MANE transcript, GENE1::GENE2, ITD, deletion, amplification. The list may also be the input itself."
        ),
        completion: .file())
    var alterationLists: [String] = []

    @Option(
        name: .customLong("table-sample"), parsing: .singleValue,
        help: ArgumentHelp(
            "NAME=SAMPLE: the rows of --fusions/--cnv tables naming NAME belong to the input's SAMPLE; repeatable.",
            discussion: """
                A table's rows go to the input sample of the same name. A name the input does not have must \
                be mapped here (else exit 64), unless the table names one sample and the input profiles one. \
                A table without a sample column belongs to the one profiled sample; with several, give -s or \
                TABLE_FILE_NAME=SAMPLE. Never to a normal, never to every sample.
                """))
    var tableSamples: [TableSampleMapping] = []

    @Option(parsing: .unconditional, help: "A segment at or below this log2 ratio is a deletion (a negative value: --cnv-loss-log2 -1.0).")
    var cnvLossLog2 = RunOptions().copyNumberThresholds.lossLog2

    @Option(parsing: .unconditional, help: "A segment at or above this log2 ratio is an amplification.")
    var cnvGainLog2 = RunOptions().copyNumberThresholds.gainLog2

    @Option(help: "A segment or record with at most this many copies is a deletion.")
    var cnvLossCopies = RunOptions().copyNumberThresholds.lossCopies

    @Option(help: "A segment or record with at least this many copies is an amplification.")
    var cnvGainCopies = RunOptions().copyNumberThresholds.gainCopies

    @Option(
        help:
            "The tumor's ploidy: an amplification then also needs 3 times as many copies (PURPLE's driver rule). Overrides the ploidy of a PURPLE, ASCAT or FACETS summary given with --cnv."
    )
    var ploidy: Double?

    func validate() throws {
        try Failure.checkThreads(threads)
        try VariantFileCompletion.refuseFolder(input)
    }

    func outputs(in environment: CommandEnvironment) throws(Failure) -> CommandOutputs {
        try Failure.checkRanges(withCopyNumberCuts(options.settings))
        let knowledgeBase = try options.knowledgeBaseOption.load(in: environment)
        let destination = OutputDestination(path: output)
        try destination.checkWritable()
        try reportFiles.checkWritable()
        try OutputDestination.checkDistinct(
            outputs: [("-o", output)] + reportFiles.labelled,
            inputs: RunInputs.paths(
                variantFiles: [input], others: fusionTables + copyNumberFiles + alterationLists, fasta: options.fasta,
                knowledgeBase: knowledgeBase.directory))
        var run = withCopyNumberCuts(options.runOptions(in: environment))
        // Sorted, so that the order the files are given in does not change the report.
        (run.fusionTables, run.copyNumberFiles) = (fusionTables.sorted(), copyNumberFiles.sorted())
        run.alterationLists = alterationLists.sorted()
        run.tableSamples = try TableSampleMapping.dictionary(tableSamples)
        let report = try Failure.run { () throws(RunError) in
            try FileRun(knowledgeBase: knowledgeBase, options: run).report(input: input, threads: threads)
        }
        var outputs = CommandOutputs()
        outputs.append(try render(report, to: destination, in: environment), to: destination)
        try reportFiles.append([report], to: &outputs)
        return outputs
    }

    /// `run` with this command's copy-number cuts, ploidy and fusion-read floor.
    private func withCopyNumberCuts(_ run: RunOptions) -> RunOptions {
        var run = run
        (run.copyNumberThresholds.lossLog2, run.copyNumberThresholds.gainLog2) = (cnvLossLog2, cnvGainLog2)
        (run.copyNumberThresholds.lossCopies, run.copyNumberThresholds.gainCopies) = (cnvLossCopies, cnvGainCopies)
        run.minimumFusionReads = minFusionReads
        run.copyNumberThresholds.ploidy = ploidy
        return run
    }

    private func render(_ report: MatchReport, to destination: OutputDestination, in environment: CommandEnvironment) throws(Failure) -> Data {
        do {
            switch format {
            case .text:
                let terminal = destination.isStandardOutput && environment.standardOutputIsTerminal
                return Data(TextReport.render(report, colored: terminal && !noColor).utf8)
            case .json: return try JSONReport.render(report)
            case .jsonl: return try JSONReport.renderLines(report)
            case .tsv: return Data(TSVReport.render(report).utf8)
            }
        } catch {
            throw Failure(status: .internalError, message: "cannot encode the report: \(error)")
        }
    }
}

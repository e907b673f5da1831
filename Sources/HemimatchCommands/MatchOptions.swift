import ArgumentParser
import FoundationEssentials
import Knowledge
import Reports
import Run

extension TranscriptPolicy: RawValueArgument {}

/// The options that decide how a variant file is matched, shared by `match` and `cohort`.
struct MatchOptions: ParsableArguments {
    @Flag(help: "No warnings on standard error (they stay in the report).")
    var quiet = false

    @Option(
        help: "Genome build (GRCh37, GRCh38, hg19, hg38); checked against the header's contig lengths.",
        completion: .list(["GRCh37", "GRCh38"]))
    var build: String?

    @Option(
        name: [.short, .customLong("sample"), .customLong("samples")],
        help: "Samples to profile (repeatable, or comma-separated); default: every sample but the normal of a tumor/normal pair.")
    var sampleOptions: [String] = []

    @Option(
        name: .customLong("normal"),
        help:
            "The matched normal sample (repeatable), when the header does not name it (##normal_sample, ##tumor_sample, a column NORMAL): not profiled; an allele with germline-level support in it is not an alteration."
    )
    var normalOptions: [String] = []

    @Option(help: "A sample's allele below this VAF is a near-miss, not an alteration (when FORMAT gives a VAF).")
    var minVaf = RunOptions().thresholds.minimumVAF

    @Option(help: "A sample's allele with fewer reads than this is a near-miss, not an alteration (when FORMAT gives a depth).")
    var minDepth = RunOptions().thresholds.minimumDepth

    @Option(
        help: ArgumentHelp(
            "An allele more frequent than this in the population (the highest of the file's gnomAD, ExAC and 1000 Genomes fields and the knowledge base's polymorphism table) is a common polymorphism, never an alteration.",
            discussion:
                "Default 0.001 (0.1%): somatic hotspots and germline RASopathy alleles are far rarer, the polymorphisms inside the rules far commoner; peers filter at 0.1% to 1%."
        ))
    var maxPopulationAf = RunOptions().thresholds.maximumPopulationAF

    @Option(help: "The sample's blast fraction (0-1), when known: the clonality cue then expects a clonal heterozygous driver at half of it.")
    var blastFraction: Double?

    @Option(
        help:
            "Another field holding a population allele frequency: an INFO tag or a CSQ/ANN field name (repeatable); gnomAD, ExAC and 1000 Genomes fields are found by name, INFO AF never."
    )
    var populationAfField: [String] = []

    @Option(
        help:
            "The INFO tag holding the tumor's VAF where FORMAT gives none (PCGR's name; default: TVAF, or a single sample's AF described as a read fraction)."
    )
    var tumorAfTag: String?

    @Option(help: "The INFO tag holding the tumor's read depth where FORMAT gives none (default: TDP, or a single sample's DP).")
    var tumorDpTag: String?

    @Option(
        help:
            "Which transcript's annotation counts when an allele has several: mane (MANE Select, else the annotator's MANE_SELECT, else CANONICAL, else all), canonical (CANONICAL, else all), all."
    )
    var transcriptPolicy: TranscriptPolicy = .mane

    @OptionGroup var knowledgeBaseOption: KnowledgeBaseOption

    @Flag(help: "Count records whose FILTER is not PASS as alterations (by default they are near-misses, flagged).")
    var includeFiltered = false

    @Option(
        help:
            "The reference FASTA the calls were made on (plain or bgzipped, indexed with faidx): unannotated substitutions are translated and REF alleles checked.",
        completion: .file(extensions: ["fa", "fasta", "fa.gz", "fasta.gz", "fna"]))
    var fasta: String?

    @Flag(
        help: """
            Read only the panel genes' regions, through the index beside the file (.tbi/.csi for VCF.gz, .csi for BCF), \
            as `bcftools view -R` does; an error when there is no index. Safe unless a structural caller writes a \
            translocation as one record at a partner outside the panel (DELLY/LUMPY CHR2 records): hemimatch warns when \
            the header declares such records.
            """)
    var regionsFromIndex = false

    @Flag(help: "Like --regions-from-index when the file has an index; streams the whole file when it has none.")
    var useIndex = false

    @Flag(help: "Do not hash the input (its sha256 is null in the report): hashing reads every byte, which costs more than an index jump reads.")
    var noChecksum = false

    /// The samples asked for, `nil` when none were.
    var samples: [String]? {
        let names = sampleOptions.flatMap { $0.split(separator: ",").map(String.init) }
        return names.isEmpty ? nil : names
    }

    func validate() throws {
        if let build, GenomeBuild(name: build) == nil {
            throw ValidationError("unknown genome build '\(build)': use GRCh37 or GRCh38")
        }
    }

    @Option(
        name: .customLong("clinical"),
        help:
            "A clinical sheet (TSV: sample, age_at_diagnosis_years, age_years, weight_kg, prior_therapy, crlf2_overexpression, dasatinib_ic50_nm) read against each arm's registry criteria; an empty cell is not known."
    )
    var clinical: String?

    /// The options as the library takes them; warnings go to the environment unless quiet.
    func runOptions(in environment: CommandEnvironment) -> RunOptions {
        var run = settings
        if !quiet { run.warn = environment.warn }
        return run
    }

    /// The options as the library takes them, without a warning sink (what `validate` range-checks).
    var settings: RunOptions {
        var run = RunOptions()
        run.requestedBuild = build.flatMap(GenomeBuild.init(name:))
        run.samples = samples
        run.normals = normalOptions
        run.thresholds = .init(minimumVAF: minVaf, minimumDepth: minDepth)
        run.thresholds.maximumPopulationAF = maxPopulationAf
        run.thresholds.blastFraction = blastFraction
        run.transcriptPolicy = transcriptPolicy
        run.populationAFFields = populationAfField
        run.includeFiltered = includeFiltered
        run.tumorAFTag = tumorAfTag
        run.tumorDPTag = tumorDpTag
        run.fasta = fasta
        run.clinicalSheet = clinical
        run.indexUse = regionsFromIndex ? .required : useIndex ? .whenPresent : .never
        run.hashesInput = !noChecksum
        return run
    }
}

import ArgumentParser
import Run
import VariantIO

extension VariantWriter.Format: RawValueArgument {}

/// Writes the input back through htslib, every record kept, with the INFO tags `HEMI_RULE`,
/// `HEMI_GROUP` and `HEMI_ALTERATION` on the records behind an actionable alteration.
struct AnnotateCommand: OutputCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        _superCommandName: SubcommandParse.superCommandName,
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
            `bcftools index`. `-o -` writes standard output (VCF unless -O says otherwise), as bcftools does. Standard input cannot be annotated (the file is read twice).

            Examples:
              hemimatch annotate TestData/tumor_normal.grch38.vcf -o tumor.hemi.vcf.gz && bcftools index tumor.hemi.vcf.gz
              hemimatch annotate TestData/tumor_normal.grch38.vcf -o tumor.hemi.bcf -O b
              hemimatch annotate TestData/tumor_normal.grch38.vcf -o - | bcftools query -i 'INFO/HEMI_RULE!="."' -f '%CHROM %POS %HEMI_RULE\\n'
              bcftools view -i 'INFO/HEMI_GROUP!="."' tumor.hemi.vcf.gz

            Exit codes:
            \(ExitStatus.helpTable)
            """
    )

    @Argument(help: "Input VCF, VCF.gz or BCF file.", completion: .file(extensions: VariantFileCompletion.extensions))
    var input: String

    @Option(
        name: [.short, .customLong("output")], help: "The annotated file to write; - for standard output.",
        completion: .file())
    var output: String

    @Option(
        name: [.customShort("O"), .customLong("output-type")],
        help: "Output format: v (VCF), z (bgzipped VCF), b (BCF), u (uncompressed BCF); default from the output's name.")
    var outputType: VariantWriter.Format?

    @Option(help: "Threads for BGZF decompression and for matching.")
    var threads: Int = 1

    @OptionGroup(title: "Matching, samples and thresholds") var options: MatchOptions

    func validate() throws {
        try Failure.checkThreads(threads)
        try VariantFileCompletion.refuseFolder(input)
        guard InputPath.canBeReadTwice(input) else {
            throw ValidationError("annotate reads the input twice: give a file, not standard input or a stream")
        }
    }

    func outputs(in environment: CommandEnvironment) throws(Failure) -> CommandOutputs {
        try Failure.checkRanges(options.settings)
        let knowledgeBase = try options.knowledgeBaseOption.load(in: environment)
        try OutputDestination(path: output).checkWritable()
        try OutputDestination.checkDistinct(
            outputs: [("-o", output)],
            inputs: RunInputs.paths(
                variantFiles: [input], fasta: options.fasta, knowledgeBase: knowledgeBase.directory))
        let report = try Failure.run { () throws(RunError) in
            try FileRun(knowledgeBase: knowledgeBase, options: options.runOptions(in: environment)).report(input: input, threads: threads)
        }
        let format = outputType ?? VariantWriter.Format(path: output)
        // htslib writes the file itself (it can be as large as the input): a writer, not bytes; it is
        // given "-" for standard output (`-o -`, bcftools' convention).
        var outputs = CommandOutputs()
        outputs.append(to: output) { path throws(Failure) in
            try Failure.run { () throws(RunError) in try AnnotationTags.write(input: input, report: report, to: path, format: format) }
        }
        return outputs
    }
}

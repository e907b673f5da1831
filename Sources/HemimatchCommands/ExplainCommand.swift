import ArgumentParser
import Run

/// `hemimatch explain VARIANT`: which rules a variant meets or fails, and why.
struct ExplainCommand: OutputCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        _superCommandName: SubcommandParse.superCommandName,
        abstract: "Explain which rules a variant meets or fails, and why.",
        discussion: """
            VARIANT is GENE:p.CHANGE (KRAS:p.G12D, JAK2:p.Arg683Gly), a fusion GENE1::GENE2 (5' partner first), \
            or CHROM:POS:REF:ALT of a known hotspot allele (with --build; without it both builds are tried).

            Examples:
              hemimatch explain KRAS:p.G12D
              hemimatch explain EBF1::PDGFRB
              hemimatch explain chr12:25245350:C:T --build GRCh38
            """
    )

    @Argument(help: "GENE:p.CHANGE, GENE1::GENE2, or CHROM:POS:REF:ALT.")
    var variant: String

    @Option(help: "Genome build of a CHROM:POS:REF:ALT variant or of a fusion's kinase check (GRCh37, GRCh38).")
    var build: String?

    @OptionGroup var knowledgeBaseOption: KnowledgeBaseOption

    func outputs(in environment: CommandEnvironment) throws(Failure) -> CommandOutputs {
        let kb = try knowledgeBaseOption.load(in: environment)
        return .standardOutput(
            try Failure.run { () throws(RunError) in try KnowledgeBaseText.explanation(of: variant, build: build, knowledgeBase: kb) })
    }
}

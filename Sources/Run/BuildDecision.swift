import Annotation
import Knowledge
import Matching
import VariantIO

extension FileRun {
    /// The file's genome build: from its contig lengths, `--build`, or its `##reference` line
    /// (`BuildDetector`); for an annotated file whose header gives none of them, from where its annotated
    /// codons sit on each build's MANE models (`AnnotatedBuild`), said in a warning. Evidence for neither
    /// build, or for both, is `buildMismatch`.
    func decideBuild(input: String, header: VariantHeader, annotations: [ConsequenceFormat]) throws(RunError)
        -> (decision: BuildDetector.Decision, warnings: [String]) {
        do {
            let decision = try knowledgeBase.buildDetector.decide(
                contigs: header.contigs.map { ($0.name, $0.length) }, requested: options.requestedBuild,
                hints: header.meta.filter { ["reference", "assembly"].contains($0.key) }.map(\.value))
            let warnings = decision.basis == "reference line"
                ? ["no contig lengths: genome build \(decision.build.rawValue) assumed from the ##reference line; pass --build to be sure"] : []
            return (decision, warnings)
        } catch {
            guard header.contigs.allSatisfy({ $0.length == nil }), !annotations.isEmpty, InputPath.canBeReadTwice(input) else {
                throw RunError(.buildMismatch, "\(input): \(error)")
            }
            let evidence: [GenomeBuild: AnnotatedBuild.Evidence]
            do {
                let reader = try VariantReader(path: input, request: FieldRequest(info: annotations.map(\.tag)))
                evidence = try AnnotatedBuild.evidence(reader, knowledgeBase: knowledgeBase, formats: annotations)
            } catch {
                throw RunError(error)
            }
            let found = GenomeBuild.allCases.filter { evidence[$0] != nil }
            func told(_ build: GenomeBuild) -> String {
                let count = evidence[build]!.codons
                return "\(count) annotated codon\(count == 1 ? "" : "s") of panel genes sit on the \(build.rawValue) MANE models (e.g. \(evidence[build]!.example))"
            }
            guard found.count == 1, let build = found.first else {
                let why = found.isEmpty ? "and no annotated codon of a panel gene tells it either"
                    : "and the annotation points to both: " + found.map(told).joined(separator: ", ")
                throw RunError(.buildMismatch, "\(input): \(error); \(why)")
            }
            return (BuildDetector.Decision(build: build, basis: "annotation"),
                    ["no contig lengths and no ##reference line: genome build \(build.rawValue) told by the annotation: \(told(build)), "
                     + "none on the other build's; pass --build to be sure"])
        }
    }
}

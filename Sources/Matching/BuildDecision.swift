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
            let warnings = decision.basis == .referenceLine
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
            return (BuildDetector.Decision(build: build, basis: .annotation),
                    ["no contig lengths and no ##reference line: genome build \(build.rawValue) told by the annotation: \(told(build)), "
                     + "none on the other build's; pass --build to be sure"])
        }
    }

    /// For a file without contig lengths, the build checked against the calls (`CalledBuild`): refused
    /// (`buildMismatch`) when they fit the other build and not the chosen one, naming the evidence; a
    /// warning when they are too few to tell.
    func checkAgainstCalls(input: String, decision: BuildDetector.Decision) throws(RunError) -> [String] {
        let evidence: [GenomeBuild: CalledBuild.Evidence]
        do {
            evidence = try CalledBuild.evidence(try VariantReader(path: input, request: FieldRequest()), knowledgeBase: knowledgeBase)
        } catch {
            throw RunError(error)
        }
        let chosen = decision.build
        guard let other = GenomeBuild.allCases.first(where: { $0 != chosen }) else { return [] }
        let mine = evidence[chosen] ?? CalledBuild.Evidence(), theirs = evidence[other] ?? CalledBuild.Evidence()
        func exons(_ build: GenomeBuild, _ tally: CalledBuild.Evidence) -> String {
            "\(tally.inCodingExons) of \(tally.inGenes) panel-gene records sit in \(build.rawValue) coding exons"
        }
        let fitsOther = (theirs.inCodingExons >= Self.enoughExonRecords && mine.inCodingExons == 0)
            || (theirs.hotspotMatches > mine.hotspotMatches && theirs.inCodingExons > mine.inCodingExons)
        if fitsOther {
            let hotspot = theirs.example.isEmpty ? "" : "; \(theirs.example) matches \(other.rawValue)"
                + (mine.hotspotMismatches > 0 ? ", and \(mine.hotspotMismatches) hotspot position\(mine.hotspotMismatches == 1 ? "" : "s") of \(chosen.rawValue) hold another base" : "")
            throw RunError(.buildMismatch, "\(input): genome build \(chosen.rawValue) (\(decision.basis.rawValue)) does not fit the calls: "
                + "\(exons(other, theirs)), \(mine.inCodingExons) in \(chosen.rawValue)'s\(hotspot): is the file on \(other.rawValue)? "
                + "Pass --build \(other.rawValue), or give the file's contig lengths")
        }
        guard max(mine.inCodingExons, theirs.inCodingExons) < Self.enoughExonRecords, mine.hotspotMatches == 0 else { return [] }
        return ["no contig lengths, and too few calls to check genome build \(chosen.rawValue) (\(decision.basis.rawValue)) against them: "
                + "\(exons(chosen, mine)), \(theirs.inCodingExons) in \(other.rawValue)'s; \(mine.hotspotMatches) hotspot reference bases "
                + "match \(chosen.rawValue), \(theirs.hotspotMatches) \(other.rawValue)"]
    }

    /// How many records in one build's coding exons (and none in the other's) make the calls evidence.
    static let enoughExonRecords = 3
}

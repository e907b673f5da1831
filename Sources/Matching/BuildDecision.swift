import Annotation
import CallerEvidence
import Knowledge
import VariantIO

/// Decides a variant file's genome build and says what the user should know about how.
public struct BuildDecision: Sendable {
    let knowledgeBase: KnowledgeBase
    /// `--build`.
    let requested: GenomeBuild?

    public init(knowledgeBase: KnowledgeBase, requested: GenomeBuild?) {
        self.knowledgeBase = knowledgeBase
        self.requested = requested
    }

    /// Why the build cannot be decided: the evidence contradicts itself or the option (the message
    /// names the file and the evidence), or the file could not be read again to gather it.
    public enum Failure: Error {
        case mismatch(String)
        case reading(VariantIOError)
    }

    /// The build of a lab's alteration list given as the input (`--build`, else GRCh38: genes and protein
    /// changes, no coordinates, so each gene is placed on its own span, the same answer in either build),
    /// of a MAF (`maf`: from its `NCBI_Build`) or of a VCF/BCF (`decide(input:header:annotations:)`,
    /// checked against the calls when the header gives no contig lengths), and the warnings about how.
    public func decide(
        input: String, header: VariantHeader, annotations: [ConsequenceFormat], maf: MAFCalls?,
        alterationList: Bool = false
    ) throws(Failure) -> (decision: BuildDetector.Decision, warnings: [String]) {
        if alterationList { return (BuildDetector.Decision(build: requested ?? .grch38, basis: requested == nil ? .alterationList : .option), []) }
        if let maf { return (try ofMAF(maf, input: input), []) }
        let (decision, warnings) = try decide(input: input, header: header, annotations: annotations)
        guard input != "-", header.contigs.allSatisfy({ $0.length == nil }) else { return (decision, warnings) }
        return (decision, warnings + (try checkAgainstCalls(input: input, decision: decision)))
    }

    /// The file's genome build: from its contig lengths, `--build`, or its `##reference` line
    /// (`BuildDetector`); for an annotated file whose header gives none of them, from where its annotated
    /// codons sit on each build's MANE models (`AnnotatedBuild`), said in a warning. Evidence for neither
    /// build, or for both, is `buildMismatch`.
    public func decide(input: String, header: VariantHeader, annotations: [ConsequenceFormat]) throws(Failure)
        -> (decision: BuildDetector.Decision, warnings: [String])
    {
        do {
            let decision = try knowledgeBase.buildDetector.decide(
                contigs: header.contigs.map { ($0.name, $0.length) }, requested: requested,
                hints: header.meta.filter { ["reference", "assembly"].contains($0.key) }.map(\.value))
            let warnings =
                decision.basis == .referenceLine
                ? ["no contig lengths: genome build \(decision.build.rawValue) assumed from the ##reference line; pass --build to be sure"] : []
            return (decision, warnings)
        } catch {
            guard header.contigs.allSatisfy({ $0.length == nil }), !annotations.isEmpty, InputPath.canBeReadTwice(input) else {
                throw .mismatch("\(input): \(error)")
            }
            let evidence: [GenomeBuild: AnnotatedBuild.Evidence]
            do {
                let reader = try VariantReader(path: input, request: FieldRequest(info: annotations.map(\.tag)))
                evidence = try AnnotatedBuild.evidence(reader, knowledgeBase: knowledgeBase, formats: annotations)
            } catch {
                throw .reading(error)
            }
            let found = GenomeBuild.allCases.filter { evidence[$0] != nil }
            func told(_ build: GenomeBuild) -> String {
                let count = evidence[build]!.codons
                return
                    "\(count) annotated codon\(count == 1 ? "" : "s") of panel genes sit on the \(build.rawValue) MANE models (e.g. \(evidence[build]!.example))"
            }
            guard found.count == 1, let build = found.first else {
                let why =
                    found.isEmpty
                    ? "and no annotated codon of a panel gene tells it either"
                    : "and the annotation points to both: " + found.map(told).joined(separator: ", ")
                throw .mismatch("\(input): \(error); \(why)")
            }
            return (
                BuildDetector.Decision(build: build, basis: .annotation),
                [
                    "no contig lengths and no ##reference line: genome build \(build.rawValue) told by the annotation: \(told(build)), "
                        + "none on the other build's; pass --build to be sure"
                ]
            )
        }
    }

    /// For a file without contig lengths, the build checked against the calls (`CalledBuild`): refused
    /// (`buildMismatch`) when they fit the other build and not the chosen one, naming the evidence; a
    /// warning when they are too few to tell.
    public func checkAgainstCalls(input: String, decision: BuildDetector.Decision) throws(Failure) -> [String] {
        let evidence: [GenomeBuild: CalledBuild.Evidence]
        do {
            evidence = try CalledBuild.evidence(try VariantReader(path: input, request: FieldRequest()), knowledgeBase: knowledgeBase)
        } catch {
            throw .reading(error)
        }
        let chosen = decision.build
        guard let other = GenomeBuild.allCases.first(where: { $0 != chosen }) else { return [] }
        let mine = evidence[chosen] ?? CalledBuild.Evidence(), theirs = evidence[other] ?? CalledBuild.Evidence()
        func exons(_ build: GenomeBuild, _ tally: CalledBuild.Evidence) -> String {
            "\(tally.inCodingExons) of \(tally.inGenes) panel-gene records sit in \(build.rawValue) coding exons"
        }
        let fitsOther =
            (theirs.inCodingExons >= Self.enoughExonRecords && mine.inCodingExons == 0)
            || (theirs.hotspotMatches > mine.hotspotMatches && theirs.inCodingExons > mine.inCodingExons)
        if fitsOther {
            let hotspot =
                theirs.example.isEmpty
                ? ""
                : "; \(theirs.example) matches \(other.rawValue)"
                    + (mine.hotspotMismatches > 0
                        ? ", and \(mine.hotspotMismatches) hotspot position\(mine.hotspotMismatches == 1 ? "" : "s") of \(chosen.rawValue) hold another base"
                        : "")
            throw .mismatch(
                "\(input): genome build \(chosen.rawValue) (\(decision.basis.rawValue)) does not fit the calls: "
                    + "\(exons(other, theirs)), \(mine.inCodingExons) in \(chosen.rawValue)'s\(hotspot): is the file on \(other.rawValue)? "
                    + "Pass --build \(other.rawValue), or give the file's contig lengths")
        }
        guard max(mine.inCodingExons, theirs.inCodingExons) < Self.enoughExonRecords, mine.hotspotMatches == 0 else { return [] }
        return [
            "no contig lengths, and too few calls to check genome build \(chosen.rawValue) (\(decision.basis.rawValue)) against them: "
                + "\(exons(chosen, mine)), \(theirs.inCodingExons) in \(other.rawValue)'s; \(mine.hotspotMatches) hotspot reference bases "
                + "match \(chosen.rawValue), \(theirs.hotspotMatches) \(other.rawValue)"
        ]
    }

    /// A MAF's genome build, from its `NCBI_Build` (`GRCh37`, `37`, `hg19`, `GRCh38`…), checked against
    /// `--build`, and an error when it cannot be decided.
    public func ofMAF(_ calls: MAFCalls, input: String) throws(Failure) -> BuildDetector.Decision {
        let named = calls.buildNames.map { name in
            (name, GenomeBuild(name: name) ?? name.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.flatMap { GenomeBuild(name: String($0)) })
        }
        if let unknown = named.first(where: { $0.1 == nil }) {
            throw .mismatch("\(input): NCBI_Build '\(unknown.0)' names no known genome build (GRCh37, 37, hg19, GRCh38, 38, hg38)")
        }
        let builds = Array(Set(named.compactMap(\.1))).sorted { $0.rawValue < $1.rawValue }
        if builds.count > 1 {
            throw .mismatch("\(input): NCBI_Build mixes genome builds (\(calls.buildNames.joined(separator: ", ")))")
        }
        if let build = builds.first {
            if let requested, requested != build {
                throw .mismatch("\(input): --build \(requested.rawValue) contradicts the MAF's NCBI_Build \(calls.buildNames[0])")
            }
            return BuildDetector.Decision(build: build, basis: .ncbiBuild)
        }
        if let requested { return BuildDetector.Decision(build: requested, basis: .option) }
        throw .mismatch("\(input): the genome build cannot be decided: the MAF has no NCBI_Build; pass --build GRCh37 or --build GRCh38")
    }

    /// How many records in one build's coding exons (and none in the other's) make the calls evidence.
    static let enoughExonRecords = 3
}

import Annotation
import CallerEvidence
import Knowledge
import Matching
import Profile

/// Decides whether an allele that meets a qualifying rule is the tumor's or inherited
/// (`germline-in-leukemia.md`; thresholds and sources in docs/decision.md):
/// - in the knowledge base's polymorphism table: a polymorphism, never an alteration, whatever
///   `--max-population-af` says; above `--max-population-af` in the file's annotation (gnomAD's
///   way: bottlenecked and catch-all groups left out, see `PopulationFrequencyFields`): the same,
///   except a knowledge-base hotspot allele, which is kept and flagged with its frequency;
/// - in the matched normal at a germline-like VAF (at least `germlineNormalVAF` and at least half
///   the tumor's VAF), read from enough depth and alt reads (VarScan 2's defaults): germline, never
///   an alteration; a known constitutional (RASopathy) allele is then shown to the board and forces review,
///   and any other germline allele of a gene `policy.tsv` names a syndrome for says so, for genetics;
/// - a somatic-only hotspot in the normal below the tumor's VAF, or any allele below the germline
///   level: kept as the tumor's, flagged as tumor-in-normal (a remission marrow, blood or saliva
///   normal of a leukemia carries leukemic cells);
/// - a normal too shallow to judge: kept as the tumor's, and said.
public struct GermlineScreen: Sendable {
    public enum Verdict: Sendable, Equatable {
        case somatic
        case commonPolymorphism(PopulationFrequency)
        /// A knowledge-base hotspot allele above `--max-population-af` in the annotation: kept, flagged.
        case frequentHotspot(PopulationFrequency)
        case germline(normal: String, vaf: Double?, constitutional: Bool)
        case tumorInNormal(normal: String, vaf: Double, tumorVAF: Double?, somaticOnly: Bool)
        case normalTooShallow(normal: String, depth: Int?, altReads: Int?)
    }

    /// The normal-sample evidence a germline call needs (VarScan 2's `--min-coverage-normal` 8 and `--min-reads2` 2).
    public struct NormalFloor: Sendable, Equatable {
        public var depth = 8
        public var altReads = 2
        public init() {}
    }

    public let maximumPopulationAF: Double
    public let germlineNormalVAF: Double
    public let floor: NormalFloor
    /// The matched normals: header index and name.
    public let normals: [(index: Int, name: String)]
    private let classes: [GermlineClass]
    /// `policy.tsv`'s genes whose germline variants are a syndrome of their own, with the syndrome.
    private let syndromes: [String: String]
    /// The hotspot table's alleles, by gene and protein change.
    private let hotspots: Set<GeneChange>

    public init(
        maximumPopulationAF: Double, germlineNormalVAF: Double, floor: NormalFloor = NormalFloor(),
        normals: [(index: Int, name: String)], knowledgeBase: KnowledgeBase? = nil
    ) {
        self.maximumPopulationAF = maximumPopulationAF
        self.germlineNormalVAF = germlineNormalVAF
        self.floor = floor
        self.normals = normals
        classes = knowledgeBase?.germlineClasses ?? []
        syndromes = knowledgeBase?.policy.constitutionalSyndromes ?? [:]
        hotspots = Set((knowledgeBase?.hotspotAlleles ?? []).map { GeneChange(gene: $0.gene, change: $0.protein) })
    }

    /// Whether the knowledge base lists the allele as `origin`.
    func isKnown(_ finding: Finding, as origin: GermlineClass.Origin) -> Bool {
        classes.contains { $0.origin == origin && $0.covers(gene: finding.rule.gene, alteration: finding.alteration, ruleID: finding.rule.id) }
    }

    /// - Parameter tumor: the profiled sample's support, to weigh the normal's VAF against.
    public func verdict(_ finding: Finding, tumor: SampleSupport? = nil) -> Verdict {
        if let population = finding.population {
            if population.fromPolymorphismTable { return .commonPolymorphism(population) }
            if population.value > maximumPopulationAF {
                let hotspot =
                    hotspots.contains(GeneChange(gene: finding.rule.gene, change: finding.alteration))
                    || hotspots.contains(GeneChange(gene: finding.rule.gene, change: finding.hgvsp))
                if !hotspot { return .commonPolymorphism(population) }
            }
        }
        var kept: Verdict?
        let somaticOnly = isKnown(finding, as: .somaticOnly)
        for normal in normals where finding.support.indices.contains(normal.index) {
            let support = finding.support[normal.index]
            guard support.carries == true || (support.vaf ?? 0) > 0 else { continue }
            // Too few reads to testify: a shallow normal, or a germline-like VAF from fewer alt reads than the floor.
            let shallow = support.depth.map { $0 < floor.depth } ?? false
            let fewReads = (support.altReads.map { $0 < floor.altReads } ?? false) && (support.vaf ?? 0) >= germlineNormalVAF
            if shallow || fewReads {
                kept = kept ?? .normalTooShallow(normal: normal.name, depth: support.depth, altReads: support.altReads)
                continue
            }
            guard let vaf = support.vaf else {
                // A genotype without counts: the caller's own call stands.
                return .germline(normal: normal.name, vaf: nil, constitutional: isKnown(finding, as: .constitutional))
            }
            let belowTumor = tumor?.vaf.map { vaf < $0 } ?? false
            let farBelowTumor = tumor?.vaf.map { vaf < $0 / 2 } ?? false
            if vaf >= germlineNormalVAF, !(somaticOnly && belowTumor), !farBelowTumor {
                return .germline(normal: normal.name, vaf: vaf, constitutional: isKnown(finding, as: .constitutional))
            }
            kept = .tumorInNormal(normal: normal.name, vaf: vaf, tumorVAF: tumor?.vaf, somaticOnly: somaticOnly)
        }
        if let kept { return kept }
        if let population = finding.population, population.value > maximumPopulationAF { return .frequentHotspot(population) }
        return .somatic
    }

    /// `0.27`, `2.3e-05` kept short.
    static func format(_ value: Double) -> String {
        value >= 0.001 ? String((value * 10000).rounded() / 10000) : String(value)
    }

    /// The near-miss reason (`common-polymorphism`, `germline`) and the FILTER-like text recorded for the
    /// allele, which starts with the reason's spelling.
    func nearMiss(_ verdict: Verdict) -> (reason: Alteration.NearMissReason, detail: String)? {
        switch verdict {
        case .somatic, .tumorInNormal, .normalTooShallow, .frequentHotspot: return nil
        case .commonPolymorphism(let population):
            return (.commonPolymorphism, "common-polymorphism: " + ProfileFlags.frequency(population, maximum: maximumPopulationAF))
        case .germline(let normal, let vaf, _):
            return (
                .germline,
                "germline: "
                    + (vaf.map { "VAF \(Self.format($0)) in the normal \(normal) (>= \(Self.format(germlineNormalVAF)))" }
                        ?? "genotyped in the normal \(normal)")
            )
        }
    }

    /// Whether the verdict forbids a confident letter: a constitutional allele is the board's call.
    func forcesReview(_ verdict: Verdict) -> Bool {
        if case .germline(_, _, true) = verdict { return true }
        return false
    }

    /// The flags a verdict raises for one allele of one rule.
    func flags(_ verdict: Verdict, finding: Finding) -> [ProfileFlag] {
        switch verdict {
        case .somatic:
            return []
        case .commonPolymorphism(let population):
            return [ProfileFlags.commonPolymorphism(finding, population, maximum: maximumPopulationAF)]
        case .frequentHotspot(let population):
            return [ProfileFlags.frequentHotspot(finding, population, maximum: maximumPopulationAF)]
        case .germline(let normal, let vaf, let constitutional):
            let evidence = ProfileFlags.inNormal(normal, vaf: vaf)
            // A listed constitutional allele gets its own flag; any other germline allele of a syndrome gene names the syndrome.
            return [ProfileFlags.germlineInNormal(finding, evidence: evidence, syndrome: constitutional ? nil : syndromes[finding.rule.gene])]
                + (constitutional ? [ProfileFlags.constitutionalGermline(finding, evidence: evidence)] : [])
        case .tumorInNormal(let normal, let vaf, let tumorVAF, let somaticOnly):
            let tumor = tumorVAF.map(Self.format) ?? ""
            let why =
                somaticOnly && vaf >= germlineNormalVAF
                ? "a somatic-only hotspot below the tumor's VAF \(tumor)"
                : vaf >= germlineNormalVAF
                    ? "less than half the tumor's VAF \(tumor)"
                    : "below the germline level \(Self.format(germlineNormalVAF))"
            return [ProfileFlags.tumorInNormal(finding, normal: normal, vaf: vaf, why: why)]
        case .normalTooShallow(let normal, let depth, let altReads):
            let evidence = [depth.map { "depth \($0)" }, altReads.map { "\($0) alt read\($0 == 1 ? "" : "s")" }].compactMap { $0 }.joined(
                separator: ", ")
            return [ProfileFlags.normalTooShallow(finding, normal: normal, evidence: evidence, floor: floor)]
        }
    }

    /// Without a normal: a known constitutional allele in the tumor is the board's call.
    func constitutionalInTumor(_ finding: Finding) -> ProfileFlag? {
        guard normals.isEmpty, isKnown(finding, as: .constitutional) else { return nil }
        return ProfileFlags.constitutionalInTumor(finding)
    }
}

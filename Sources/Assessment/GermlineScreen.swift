import Annotation
import Knowledge
import Matching
import Profile

/// Decides whether an allele that meets a qualifying rule is the tumor's or inherited:
/// - common in the population (annotation or polymorphism table above `--max-population-af`):
///   a polymorphism, never an alteration;
/// - supported in the matched normal at a germline-like VAF (at least `germlineNormalVAF`, or a
///   normal genotype that calls it when no VAF is known): germline, never an alteration, whatever
///   its frequency;
/// - present in the normal below that VAF: kept as the tumor's, flagged as possible tumor-in-normal
///   contamination (a remission marrow, blood or saliva normal of a leukemia carries leukemic cells).
public struct GermlineScreen: Sendable {
    public enum Verdict: Sendable, Equatable {
        case somatic
        case commonPolymorphism(PopulationFrequency)
        case germline(normal: String, vaf: Double?)
        case tumorInNormal(normal: String, vaf: Double)
    }

    /// Genes whose germline variants are disease-relevant in themselves (RASopathies, JMML
    /// predisposition; `germline-in-leukemia.md`): reported as germline findings, with a flag.
    public static let rasopathyGenes: Set<String> = ["PTPN11", "CBL", "NF1", "KRAS"]

    public let maximumPopulationAF: Double
    public let germlineNormalVAF: Double
    /// The matched normals: header index and name.
    public let normals: [(index: Int, name: String)]

    public init(maximumPopulationAF: Double, germlineNormalVAF: Double, normals: [(index: Int, name: String)]) {
        self.maximumPopulationAF = maximumPopulationAF
        self.germlineNormalVAF = germlineNormalVAF
        self.normals = normals
    }

    public func verdict(_ finding: AlleleFinding) -> Verdict {
        var contamination: Verdict?
        for normal in normals where finding.support.indices.contains(normal.index) {
            let support = finding.support[normal.index]
            if let vaf = support.vaf {
                if vaf >= germlineNormalVAF { return .germline(normal: normal.name, vaf: vaf) }
                if vaf > 0 { contamination = contamination ?? .tumorInNormal(normal: normal.name, vaf: vaf) }
            } else if support.carries == true {
                return .germline(normal: normal.name, vaf: nil)
            }
        }
        if let population = finding.population, population.value > maximumPopulationAF {
            return .commonPolymorphism(population)
        }
        return contamination ?? .somatic
    }

    /// `0.27`, `2.3e-05` kept short.
    static func format(_ value: Double) -> String {
        value >= 0.001 ? String((value * 10000).rounded() / 10000) : String(value)
    }

    /// The near-miss reason (`common-polymorphism`, `germline`) and the FILTER-like text recorded for the allele.
    func nearMiss(_ verdict: Verdict) -> (reason: String, detail: String)? {
        switch verdict {
        case .somatic, .tumorInNormal: return nil
        case .commonPolymorphism(let population):
            return ("common-polymorphism",
                    "common-polymorphism: \(population.field) \(Self.format(population.value)) > --max-population-af \(Self.format(maximumPopulationAF))")
        case .germline(let normal, let vaf):
            return ("germline", "germline: " + (vaf.map { "VAF \(Self.format($0)) in the normal \(normal) (>= \(Self.format(germlineNormalVAF)))" }
                        ?? "genotyped in the normal \(normal)"))
        }
    }

    /// The flags a verdict raises for one allele of one rule.
    func flags(_ verdict: Verdict, finding: AlleleFinding) -> [ProfileFlag] {
        switch verdict {
        case .somatic:
            return []
        case .commonPolymorphism(let population):
            return [ProfileFlags.commonPolymorphism(finding, population, maximum: maximumPopulationAF)]
        case .germline(let normal, let vaf):
            let evidence = ProfileFlags.inNormal(normal, vaf: vaf)
            var flags = [ProfileFlags.germlineInNormal(finding, evidence: evidence)]
            if Self.rasopathyGenes.contains(finding.rule.gene) {
                flags.append(ProfileFlags.constitutionalSyndrome(finding, evidence: evidence, syndrome: "RASopathy or JMML-predisposition"))
            }
            return flags
        case .tumorInNormal(let normal, let vaf):
            return [ProfileFlags.tumorInNormal(finding, normal: normal, vaf: vaf, germlineVAF: germlineNormalVAF)]
        }
    }
}

import Annotation
import CallerEvidence
import HemimatchTestSupport
import Knowledge
import Matching
import VariantIO

/// The shipped knowledge base and hand-made findings for the assessment tests.
enum AssessmentFixtures {
    static let knowledgeBase: KnowledgeBase = {
        do { return try KnowledgeBase(directory: Repository.knowledgeBaseFolder) } catch { fatalError("\(error)") }
    }()

    static func rule(_ id: String) -> Rule {
        guard let rule = knowledgeBase.rules.first(where: { $0.id == id }) else { fatalError("no rule \(id)") }
        return rule
    }

    /// One sample's support: a genotype and `AD` read counts (VAF = alt / (ref + alt)).
    static func support(gt: [Int?] = [0, 1], ref: Int, alt: Int) -> SampleSupport {
        SampleSupport(call: SampleCall(genotype: gt, integers: ["AD": [ref, alt]], floats: [:]), altIndex: 1, ref: "C", alt: "T")
    }

    /// A genotype and nothing else.
    static func genotypeOnly(_ gt: [Int?]) -> SampleSupport {
        SampleSupport(call: SampleCall(genotype: gt, integers: [:], floats: [:]), altIndex: 1, ref: "C", alt: "T")
    }

    /// A support with neither genotype nor counts: the file says nothing of the sample.
    static let silent = SampleSupport(call: SampleCall(genotype: [], integers: [:], floats: [:]), altIndex: 1, ref: "C", alt: "T")

    /// A finding of `rule` for `alteration` on `evidence`, supported per sample as given.
    static func finding(
        _ ruleID: String, _ alteration: String,
        evidence: Evidence = .allele(contig: "chr12", position: 25245350, ref: "C", alt: "T"), filter: String = "PASS",
        support: [SampleSupport], population: PopulationFrequency? = nil
    ) -> Finding {
        var finding = Finding(
            rule: rule(ruleID), alteration: alteration, basis: "VEP CSQ", transcript: "T", hgvsc: "c.1A>T",
            hgvsp: alteration, evidence: evidence, filter: filter, support: support)
        finding.population = population
        return finding
    }
}

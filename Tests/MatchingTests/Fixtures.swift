import Annotation
import Foundation
import HemimatchTestSupport
import Knowledge
import Matching
import VariantIO

/// Shared inputs: the repository's knowledge base and hand-made records.
enum Fixtures {
    static let knowledgeBase: KnowledgeBase = {
        do { return try KnowledgeBase(directory: Repository.knowledgeBaseFolder) } catch { fatalError("\(error)") }
    }()

    /// snpEff's and bcftools csq's header descriptions of `ANN` and `BCSQ`.
    static let snpEffDescription =
        "Functional annotations: 'Allele | Annotation | Annotation_Impact | Gene_Name | Gene_ID | Feature_Type | Feature_ID | Transcript_BioType | Rank | HGVS.c | HGVS.p | cDNA.pos / cDNA.length | CDS.pos / CDS.length | AA.pos / AA.length | Distance | ERRORS / WARNINGS / INFO' "
    static let bcsqDescription =
        "Local consequence annotation from BCFtools/csq. Format: Consequence|gene|transcript|biotype|strand|amino_acid_change|dna_change"

    static let csqFormat = ConsequenceFormat(headerDescription: "Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp|CANONICAL")!

    /// `TestData/fixture-kb`: KRAS codon 12 → D, codon 61 → E.
    static let fixtureKnowledgeBase: KnowledgeBase = {
        do { return try KnowledgeBase(directory: Repository.fixtureKnowledgeBaseFolder) } catch { fatalError("\(error)") }
    }()

    static func matcher(
        build: GenomeBuild = .grch38, csq: Bool = true, includeFiltered: Bool = false,
        knowledgeBase: KnowledgeBase = Fixtures.knowledgeBase
    ) -> RecordMatcher {
        RecordMatcher(knowledgeBase: knowledgeBase, build: build, annotations: csq ? [csqFormat] : [], includeFiltered: includeFiltered)
    }

    static func call(gt: [Int?] = [0, 1], ad: [Int]? = nil) -> SampleCall {
        SampleCall(genotype: gt, integers: ad.map { ["AD": $0] } ?? [:], floats: [:])
    }

    static func record(
        _ contig: String, _ position: Int, _ ref: String, _ alts: [String], filters: [String] = ["PASS"],
        csq: String? = nil, samples: [SampleCall] = [call()]
    ) -> VariantRecord {
        VariantRecord(
            ordinal: 1, contig: contig, position: position, id: ".", ref: ref, alts: alts, filters: filters,
            info: csq.map { ["CSQ": $0] } ?? [:], samples: samples)
    }
}

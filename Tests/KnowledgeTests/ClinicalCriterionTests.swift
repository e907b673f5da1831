import Foundation
import HemimatchTestSupport
import Testing

@testable import Knowledge

/// `criteria.tsv`: the arms' non-molecular criteria, each citing its registry criterion by number.
@Suite struct ClinicalCriterionTests {
    @Test func theShippedCriteriaCiteTheRegistryNumbers() throws {
        let criteria = try Repository.knowledgeBase().criteria
        #expect(
            criteria.filter { $0.group == "D" }.map { "\($0.criterion) \($0.kind.rawValue) \($0.value)" } == [
                "inclusion 1 min-age-at-diagnosis-years 1", "inclusion 1 max-age-at-diagnosis-years 18", "inclusion 1 max-age-years 21",
                "inclusion 1 min-weight-kg-under-6-years 7", "inclusion 1 min-weight-kg 10", "exclusion 15 no-prior-drug trametinib",
            ])
        #expect(criteria.first { $0.kind == .priorCombination && $0.group == "B" }?.drugs == ["dasatinib", "venetoclax"])
        #expect(criteria.filter(\.kind.isRoute).map { "\($0.group) \($0.criterion)" } == ["B inclusion 6", "C inclusion 5"])
    }

    func refusal(_ row: String) throws -> (error: KnowledgeBaseError?, line: Int, path: String) {
        try ReferenceCopy.refusal(appending: row, to: "criteria.tsv")
    }

    @Test func anUnknownGroupKindOrValueIsRefusedNamingFileLineAndField() throws {
        let group = try refusal("F\tinclusion 1\tmax-age-years\t21\tNCT05658640\t")
        #expect(
            group.error == KnowledgeBaseError(file: group.path, line: group.line, field: "group", problem: "unknown group 'F' (not in groups.tsv)"))
        let kind = try refusal("D\tinclusion 1\tmax-height-cm\t150\tNCT05658640\t")
        #expect(kind.error?.field == "kind")
        #expect(kind.error?.line == kind.line)
        let value = try refusal("D\tinclusion 1\tmax-age-years\ttwenty\tNCT05658640\t")
        #expect(
            value.error == KnowledgeBaseError(file: value.path, line: value.line, field: "value", problem: "needs a positive number, not 'twenty'"))
        let drugs = try refusal("D\texclusion 15\tno-prior-combination\ttrametinib+\tNCT05658640\t")
        #expect(drugs.error == KnowledgeBaseError(file: drugs.path, line: drugs.line, field: "value", problem: "needs the drugs, joined by +"))
    }
}

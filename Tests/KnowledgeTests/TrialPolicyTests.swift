import Foundation
import HemimatchTestSupport
import Testing

@testable import Knowledge

/// `policy.tsv`: the trial's cues as data, each refusal naming the file, line and field.
@Suite struct TrialPolicyTests {
    @Test func theShippedPolicyHoldsTheCuesTheCodeOnceHeld() throws {
        let policy = try Repository.knowledgeBase().policy
        #expect(policy.underminedDrugs == ["BCL2": ["venetoclax", "navitoclax"], "ABL1": ["dasatinib"]])
        #expect(policy.constitutionalSyndromes.keys.sorted() == ["CBL", "KRAS", "NF1", "PTPN11"])
        #expect(policy.constitutionalSyndromes["PTPN11"] == "RASopathy or JMML-predisposition")
        #expect(policy.contextDeletions == ["IKZF1"])
        #expect(
            policy.notAssessedNote.hasPrefix("not assessed without a clinical sheet row (--clinical): group B's ex-vivo dasatinib IC50 < 10 nM route")
        )
        // Group A's own inclusion 1, not only B/C/D's age rule (audit N5).
        #expect(policy.notAssessedNote.contains("A: 4 to 18 years at first diagnosis, < 21 years at inclusion, at least 20 kg"))
        #expect(policy.entries.first { $0.cue == .contextDeletion }?.sourceIDs == ["MULLIGHAN2009"])
    }

    func refusal(_ row: String) throws -> (error: KnowledgeBaseError?, line: Int, path: String) {
        try ReferenceCopy.refusal(appending: row, to: "policy.tsv")
    }

    @Test func anUnknownCueIsRefused() throws {
        let (error, line, path) = try refusal("resistance\tBCL2\tvenetoclax\tBLOMBERY2019\t")
        #expect(
            error?.description
                == "\(path) line \(line), field cue: unknown cue 'resistance' (undermined-drug, constitutional-syndrome, context-deletion, not-assessed-note)"
        )
    }

    @Test func aGeneGenesTsvDoesNotListIsRefused() throws {
        let (error, line, path) = try refusal("context-deletion\tNOTAGENE\t\tMULLIGHAN2009\t")
        #expect(error == KnowledgeBaseError(file: path, line: line, field: "gene", problem: "unknown gene 'NOTAGENE' (not in genes.tsv)"))
    }

    @Test func aDrugNoGroupGivesIsRefused() throws {
        let (error, line, path) = try refusal("undermined-drug\tABL1\timatinib\tBRANFORD2009\t")
        #expect(error == KnowledgeBaseError(file: path, line: line, field: "value", problem: "no group of groups.tsv gives 'imatinib'"))
    }

    @Test func anUnknownSourceIsRefused() throws {
        let (error, line, path) = try refusal("context-deletion\tETV6\t\tNOSUCH2020\t")
        #expect(error == KnowledgeBaseError(file: path, line: line, field: "source_ids", problem: "unknown source 'NOSUCH2020'"))
    }

    @Test func aSecondNoteIsRefused() throws {
        let (error, line, path) = try refusal("not-assessed-note\t\tanother note\tNCT05751044\t")
        #expect(error == KnowledgeBaseError(file: path, line: line, field: "gene", problem: "a second not-assessed note"))
    }

    @Test func aPolicyWithoutTheNoteIsRefused() throws {
        let copy = try ReferenceCopy()
        try copy.edit("policy.tsv") { lines in lines.removeAll { $0.hasPrefix("not-assessed-note") } }
        #expect(
            copy.loadError()
                == KnowledgeBaseError(
                    file: copy.path("policy.tsv"),
                    problem: "has no not-assessed-note row (what no variant call can assess)"))
    }
}

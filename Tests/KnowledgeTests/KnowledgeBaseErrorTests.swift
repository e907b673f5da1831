import Foundation
import Testing

@testable import Knowledge

@Suite("KnowledgeBase: a broken copy of Reference/ fails naming the file and line")
struct KnowledgeBaseErrorTests {
    @Test("a rule for a gene genes.tsv does not list")
    func unknownGene() throws {
        let copy = try ReferenceCopy()
        try copy.setField("rules.tsv", line: 2, column: 1, to: "NOTAGENE")
        let error = try #require(copy.loadError())
        #expect(
            error
                == KnowledgeBaseError(
                    file: copy.path("rules.tsv"), line: 2, field: "gene",
                    problem: "unknown gene 'NOTAGENE' (not in genes.tsv)"))
        #expect(error.description == "\(copy.path("rules.tsv")) line 2, field gene: unknown gene 'NOTAGENE' (not in genes.tsv)")
    }

    @Test("two rules with one id")
    func duplicateRuleID() throws {
        let copy = try ReferenceCopy()
        try copy.setField("rules.tsv", line: 3, column: 0, to: "D-KRAS-HOTSPOT")
        let error = try #require(copy.loadError())
        #expect(error.file == copy.path("rules.tsv"))
        #expect(error.line == 3)
        #expect(error.description == "\(copy.path("rules.tsv")) line 3, field rule_id: duplicate rule id 'D-KRAS-HOTSPOT'")
    }

    @Test(
        "a row with one field too few",
        arguments: [
            ("genes.tsv", 5, 11), ("rules.tsv", 4, 12), ("hotspot_alleles.tsv", 100, 10), ("transcripts.tsv", 9, 12),
            ("sources.tsv", 7, 3), ("groups.tsv", 3, 5), ("genome_builds.tsv", 30, 4),
        ])
    func wrongFieldCount(file: String, line: Int, columns: Int) throws {
        let copy = try ReferenceCopy()
        try copy.edit(file) { lines in
            lines[line - 1] = lines[line - 1].components(separatedBy: "\t").dropLast().joined(separator: "\t")
        }
        let error = try #require(copy.loadError())
        #expect(error.file == copy.path(file))
        #expect(error.line == line)
        #expect(
            error.description
                == "\(copy.path(file)) line \(line): has \(columns - 1) tab-separated fields, the header has \(columns)")
    }

    @Test("a rule citing a source sources.tsv does not list")
    func unknownRuleSource() throws {
        let copy = try ReferenceCopy()
        try copy.setField("rules.tsv", line: 2, column: 10, to: "NCT05658640;NOSUCH2020")
        let error = try #require(copy.loadError())
        #expect(error == KnowledgeBaseError(file: copy.path("rules.tsv"), line: 2, field: "source_ids", problem: "unknown source 'NOSUCH2020'"))
    }

    @Test("a rule pointing to the generic arm names the groups groups.tsv defines")
    func ruleGroupsComeFromGroupsFile() throws {
        let copy = try ReferenceCopy()
        try copy.setField("rules.tsv", line: 2, column: 3, to: "A")
        #expect(
            copy.loadError() == KnowledgeBaseError(file: copy.path("rules.tsv"), line: 2, field: "groups", problem: "'A' must list groups B, C or D"))
        try copy.edit("groups.tsv") { lines in lines.append("E\tFixture-E\tnone\tnone\tNCT05658640") }
        #expect(
            copy.loadError()
                == KnowledgeBaseError(file: copy.path("rules.tsv"), line: 2, field: "groups", problem: "'A' must list groups B, C, D or E"))
    }

    @Test("a group citing a source sources.tsv does not list")
    func unknownGroupSource() throws {
        let copy = try ReferenceCopy()
        try copy.setField("groups.tsv", line: 4, column: 4, to: "NOSUCH2020")
        let error = try #require(copy.loadError())
        #expect(error.description == "\(copy.path("groups.tsv")) line 4: unknown source 'NOSUCH2020'")
    }

    @Test("comment and blank lines still count in line numbers")
    func lineNumbersCountComments() throws {
        let copy = try ReferenceCopy()
        try copy.edit("rules.tsv") { lines in lines.insert(contentsOf: ["# curated rules", ""], at: 0) }
        try copy.setField("rules.tsv", line: 6, column: 1, to: "NOTAGENE") // was line 4
        let error = try #require(copy.loadError())
        #expect(error.line == 6)
        #expect(error.problem == "unknown gene 'NOTAGENE' (not in genes.tsv)")
    }

    @Test("a header without a required column")
    func missingColumn() throws {
        let copy = try ReferenceCopy()
        try copy.setField("rules.tsv", line: 1, column: 8, to: "level")
        let error = try #require(copy.loadError())
        #expect(error.description == "\(copy.path("rules.tsv")) line 1: header lacks column(s) evidence")
    }

    @Test("a hotspot allele moved off its codon, and one with a REF that disagrees with its HGVS c.")
    func badCoordinates() throws {
        let copy = try ReferenceCopy()
        let line = try copy.lineNumber(in: "hotspot_alleles.tsv") { $0.hasPrefix("KRAS\tp.G12D\t") }
        try copy.setField("hotspot_alleles.tsv", line: line, column: 6, to: "25245347")
        let error = try #require(copy.loadError())
        #expect(error.line == line)
        #expect(error.field == "grch38_pos")
        #expect(error.problem == "p.G12D names codon 12, but GRCh38 12:25245347 is c.38, codon 13, of NM_004985")
        let other = try ReferenceCopy()
        try other.setField("hotspot_alleles.tsv", line: line, column: 7, to: "G")
        #expect(try #require(other.loadError()).problem == "NM_004985.5:c.35G>A has reference G on the - strand, but REF is G")
    }

    @Test("a rule whose transcript is not the gene's MANE Select transcript")
    func wrongTranscript() throws {
        let copy = try ReferenceCopy()
        try copy.setField("rules.tsv", line: 2, column: 2, to: "NM_033360.4")
        let error = try #require(copy.loadError())
        #expect(
            error.description
                == "\(copy.path("rules.tsv")) line 2, field transcript: 'NM_033360.4' is not KRAS's MANE Select transcript (NM_004985.5)")
    }

    @Test("a missing VERSION file")
    func missingVersion() throws {
        let copy = try ReferenceCopy()
        try FileManager.default.removeItem(atPath: copy.path("VERSION"))
        let error = try #require(copy.loadError())
        #expect(error.file == copy.path("VERSION"))
        #expect(error.line == nil)
        #expect(
            error.description
                == "\(copy.path("VERSION")): cannot be read (is \(copy.folder.path) a hemimatch knowledge base?)")
    }

    @Test("a VERSION holding two words")
    func twoWordVersion() throws {
        let copy = try ReferenceCopy()
        try "0.1.0 draft\n".write(toFile: copy.path("VERSION"), atomically: true, encoding: .utf8)
        let error = try #require(copy.loadError())
        #expect(error.description == "\(copy.path("VERSION")): must hold one version string")
    }

    @Test("a missing table")
    func missingTable() throws {
        let copy = try ReferenceCopy()
        try FileManager.default.removeItem(atPath: copy.path("hotspot_alleles.tsv"))
        let error = try #require(copy.loadError())
        #expect(error.description == "\(copy.path("hotspot_alleles.tsv")): cannot be read")
    }

    @Test("description without and with a line")
    func descriptionFormat() {
        #expect(KnowledgeBaseError(file: "/kb/VERSION", problem: "cannot be read").description == "/kb/VERSION: cannot be read")
        #expect(KnowledgeBaseError(file: "/kb/rules.tsv", line: 7, problem: "x").description == "/kb/rules.tsv line 7: x")
    }
}

import Checksums
import Foundation
import HemimatchTestSupport
import Knowledge
import Profile
import Reports
import Run
import Testing
import VariantIO

/// The knowledge base cannot change unseen (review 2026-12-07, defects 2, 3 and 14): every table is
/// required, and a copy that differs from its release's manifest is "modified" in every output.
@Suite(.serialized) struct KnowledgeBaseIntegrityTests {
    @Test func aRuleMovedToAnotherGroupIsModifiedInEveryOutput() throws {
        // The probe: KRAS's rule moved from D to B passed `kb validate` and said only "0.4.0".
        let folder = try TemporaryDirectory()
        let kb = try folder.knowledgeBaseCopy { kb in
            let path = kb + "/rules.tsv"
            let rules = try String(contentsOfFile: path, encoding: .utf8)
            let tampered = rules.replacingOccurrences(of: "D-KRAS-HOTSPOT\tKRAS\tNM_004985.5\tD\t", with: "D-KRAS-HOTSPOT\tKRAS\tNM_004985.5\tB\t")
            try #require(tampered != rules)
            try tampered.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(try KnowledgeBaseChecksum.manifest(directory: kb) == .modified(changed: ["rules.tsv"], missing: [], unlisted: []))
        let knowledgeBase = try KnowledgeBase(directory: kb)
        let report = try FileRun(knowledgeBase: knowledgeBase, options: RunOptions()).report(
            input: Repository.testData("tumor_normal.grch38.vcf"), threads: 1)
        let version = knowledgeBase.version
        #expect(report.run.knowledgeBaseManifest == .modified)
        #expect(TextReport.render(report).contains("knowledge base \(version) (modified) |"))
        #expect(TSVReport.render(report).contains("\t\(version) (modified)\t"))
        #expect(CohortSummary.render([report]).contains("\t\(version) (modified)\t"))
        #expect(try HTMLReport.render([report]).contains("\(version) (modified)"))
        #expect(String(decoding: try MultiQCReport.render([report]), as: UTF8.self).contains("\(version) (modified)"))
        #expect(String(decoding: try JSONReport.render(report), as: UTF8.self).contains("\"knowledge_base_manifest\" : \"modified\""))
        let annotated = folder.path("annotated.vcf")
        try AnnotationTags.write(input: Repository.testData("tumor_normal.grch38.vcf"), report: report, to: annotated, format: .vcf)
        #expect(try String(contentsOfFile: annotated, encoding: .utf8).contains("##hemimatch_kb_version=\(version) (modified)\n"))
    }

    @Test func theShippedKnowledgeBaseIsPrintedAsItsVersionAlone() throws {
        let report = try fileReport("tumor_normal.grch38.vcf")
        #expect(report.run.knowledgeBaseManifest == .matches)
        #expect(report.run.knowledgeBaseLabel == shippedKnowledgeBase.version)
    }

    @Test func aKnowledgeBaseWithoutAManifestSaysSo() throws {
        let folder = try TemporaryDirectory()
        let kb = try folder.knowledgeBaseCopy { try FileManager.default.removeItem(atPath: $0 + "/MANIFEST.sha256") }
        #expect(try KnowledgeBaseChecksum.manifest(directory: kb) == .absent)
        var run = RunMetadata()
        run.knowledgeBaseVersion = "0.4.0"
        run.knowledgeBaseManifest = try KnowledgeBaseChecksum.manifest(directory: kb).verdict
        #expect(run.knowledgeBaseLabel == "0.4.0 (no manifest)")
    }

    @Test(arguments: ["polymorphisms.tsv", "gene_spans.tsv.gz", "centromeres.tsv", "hotspot_alleles.tsv"])
    func aMissingTableStopsTheLoad(table: String) throws {
        // Without polymorphisms.tsv, IL7R T244I (a polymorphism ~40% of children carry) qualified for C.
        let folder = try TemporaryDirectory()
        let kb = try folder.knowledgeBaseCopy { try FileManager.default.removeItem(atPath: "\($0)/\(table)") }
        #expect {
            try KnowledgeBase(directory: kb)
        } throws: { error in
            (error as! KnowledgeBaseError).description.contains("\(kb)/\(table)")
        }
    }

    @Test func geneSpansWithoutAPanelGeneFailValidation() throws {
        let folder = try TemporaryDirectory()
        let kb = try folder.knowledgeBaseCopy { kb in
            try ChildProcess.editBgzipped(kb + "/gene_spans.tsv.gz") { lines in lines.removeAll { $0.hasPrefix("KRAS\t") } }
        }
        let knowledgeBase = try KnowledgeBase(directory: kb)
        #expect {
            try knowledgeBase.validateGeneSpans()
        } throws: { error in
            (error as! KnowledgeBaseError).description.contains("panel gene KRAS")
        }
        try KnowledgeBase(directory: Repository.knowledgeBaseFolder).validateGeneSpans()
    }
}

/// `merge` checks the knowledge base and build of every report, each line of a JSON Lines file
/// included (review 2026-12-07, C-06: `cat *.jsonl` bypassed the check).
@Suite struct MergePerLineTests {
    private func lines(_ reports: [MatchReport], in folder: TemporaryDirectory, _ name: String) throws -> String {
        try folder.write(name, try reports.map { try JSONReport.renderLines($0) }.reduce(Data(), +))
    }

    @Test func aJSONLinesFileMixingKnowledgeBaseCopiesIsRefusedNamingTheLine() throws {
        let folder = try TemporaryDirectory()
        let original = try fileReport("tumor_normal.grch38.vcf")
        var run = original.run
        run.knowledgeBaseSHA256 = String(repeating: "0", count: 64)
        let both = try lines([original, MatchReport(run: run, samples: original.samples)], in: folder, "both.jsonl")
        #expect {
            try ReportMerge.reports([both])
        } throws: { error in
            (error as! ReportMergeError).message.hasPrefix("\(both) line 2: knowledge base \(original.run.knowledgeBaseVersion) with checksum 0000")
        }
    }

    @Test func aJSONLinesFileMixingKnowledgeBaseVersionsIsRefusedNamingTheLine() throws {
        let folder = try TemporaryDirectory()
        let first = try fileReport("tumor_normal.grch38.vcf")
        var run = first.run
        run.knowledgeBaseVersion = "0.1.0"
        let mixed = try lines([first, first, MatchReport(run: run, samples: first.samples)], in: folder, "mixed.jsonl")
        #expect {
            try ReportMerge.reports([mixed])
        } throws: { error in
            (error as! ReportMergeError).message == "\(mixed) line 3: knowledge base 0.1.0, but \(mixed) line 1 has knowledge base "
                + "\(first.run.knowledgeBaseVersion): merge reports of one knowledge base"
        }
        #expect(try ReportMerge.reports([try lines([first, first], in: folder, "same.jsonl")]).count == 2)
    }

    /// Builds follow cohort's rule (`GenomeBuildMix`): gathered, each report naming its build, and warned.
    @Test func aJSONLinesFileMixingBuildsIsGatheredAndWarned() throws {
        let folder = try TemporaryDirectory()
        let first = try fileReport("tumor_normal.grch38.vcf")
        let other = try fileReport("no_panel_alteration.grch37.vcf")
        let merged = try ReportMerge.reports([try lines([first, other], in: folder, "mixed.jsonl")])
        #expect(merged.map(\.run.genomeBuild) == [.grch38, .grch37])
        let warning = try #require(GenomeBuildMix.warning(merged.map { ($0.run.input, $0.run.genomeBuildLabel) }))
        #expect(warning.kind == .buildMix)
        #expect(warning.file == other.run.input)
        #expect(warning.message.hasPrefix("on GRCh37, while \(first.run.input) is on GRCh38: the reports mix genome builds"))
    }
}

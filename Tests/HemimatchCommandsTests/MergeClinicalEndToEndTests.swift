import Foundation
import HemimatchTestSupport
import Testing

/// `merge --clinical` (issue 26), in process: a report written by `match` without a sheet, decided again
/// with one, is the report `match --clinical` writes, byte for byte (decision, checklist, flags, review
/// reasons and provenance: the sheet is recorded as an input with its checksum, as `match` records it).
@Suite struct MergeClinicalEndToEndTests {
    typealias Case = ClinicalChecklistEndToEndTests
    /// ABL1 T315I (dasatinib resistance, an advisory rule): stored with the report, it makes B `review` once
    /// a sheet's IC50 makes B a candidate.
    static let abl1T315I =
        "chr9\t130872896\t.\tC\tT\t60\tPASS\tCSQ=T|missense_variant|ABL1|ENST00000318560.6|c.944C>T|p.Thr315Ile|YES\tGT:AD\t0/1:60,40"

    /// Files of one case in a temporary folder: the VCF, its fusion table and copy-number file, the sheet.
    struct Files {
        let folder: URL
        var vcf: String { folder.appendingPathComponent("tumor.vcf").path }
        var sheet: String { folder.appendingPathComponent("sheet.tsv").path }
        var fusions: String { folder.appendingPathComponent("fusions.tsv").path }
        var cnv: String { folder.appendingPathComponent("tumor.cns").path }
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

        /// The case's files: `records` in a GRCh38 VCF (chr9 declared too), `row` the sheet's row for TUMOR.
        init(_ records: [String], row: String, sheetHeader: String = Case.header) throws {
            folder = try Hemimatch.temporaryFolder()
            var lines = AnnotatedVCF.lines(records)
            lines.insert("##contig=<ID=chr9,length=138394717>", at: 2)
            try (lines.joined(separator: "\n") + "\n").write(toFile: vcf, atomically: true, encoding: .utf8)
            try Case.fusions.write(toFile: fusions, atomically: true, encoding: .utf8)
            try Case.cnv.write(toFile: cnv, atomically: true, encoding: .utf8)
            try (sheetHeader + "\nTUMOR\t" + row + "\n").write(toFile: sheet, atomically: true, encoding: .utf8)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    /// `match` without the sheet (`-o path`, JSON), then `merge --clinical`, against `match --clinical` as JSON Lines.
    func matchThenMerge(_ files: Files, extra: [String] = [], complete: Bool = true) throws -> (merged: String, direct: String) {
        let inputs = [files.vcf] + (complete ? ["--fusions", files.fusions, "--cnv", files.cnv] : []) + extra
        let stored = files.path("stored.json")
        let match = try Hemimatch.run(inputs + ["--format", "json", "-o", stored])
        #expect(match.status == 0, "\(match.stderr)")
        let merged = try Hemimatch.run(["merge", stored, "--clinical", files.sheet])
        #expect(merged.status == 0, "\(merged.stderr)")
        let direct = try Hemimatch.run(inputs + ["--clinical", files.sheet, "--format", "jsonl"])
        #expect(direct.status == 0, "\(direct.stderr)")
        return (merged.text, direct.text)
    }

    @Test(
        "match, then merge --clinical, is match --clinical",
        arguments: [
            ("infant with KRAS G12D: not D, none", [Case.krasG12D], "0.5\t3\t14\t\t\t", "none"),
            ("prior trametinib bars D", [Case.krasG12D], "5\t7\t20\tdexamethasone+trametinib\t\t", "A"),
            ("dasatinib+venetoclax together bars B", [Case.nothing], "5\t7\t20\tdasatinib+venetoclax;cytarabine\t\t4", "A"),
            ("dasatinib and venetoclax apart: B by IC50", [Case.nothing], "5\t7\t20\tdasatinib;venetoclax\t\t4", "B"),
            ("IC50 4 nM makes B a candidate", [Case.nothing], "5\t7\t20\t\t\t4", "B"),
            ("CRLF2 overexpression makes C a candidate", [Case.nothing], "5\t7\t20\t\tyes\t", "C"),
            ("diagnosed at 2 with nothing targetable: none", [Case.nothing], "2\t5\t18\t\t\t", "none"),
            ("a constitutional allele's review is kept for an infant", [Case.ptpn11T73I], "0.5\t3\t14\t\t\t", "review"),
            ("IC50 4 nM beside ABL1 T315I: B, but review (dasatinib resistance)", [Case.nothing, Self.abl1T315I], "5\t7\t20\t\t\t4", "review"),
            ("KRAS G12D, no sheet value known: D", [Case.krasG12D], "\t\t\t\t\t", "D"),
        ])
    func matchThenMergeIsMatchWithTheSheet(name: String, records: [String], row: String, group: String) throws {
        let files = try Files(records, row: row)
        defer { files.remove() }
        let (merged, direct) = try matchThenMerge(files)
        #expect(merged == direct, "\(name)")
        let sample = try #require(try ReportJSON.decode(Data(merged.utf8)).samples.first)
        #expect(sample.suggested_group == group, "\(name)")
        #expect(sample.checklist != nil, "\(name)")
    }

    @Test("on an incomplete screen, diagnosed at 2 with nothing targetable stays incomplete, as match --clinical says")
    func anIncompleteScreen() throws {
        let files = try Files([Case.nothing], row: "2\t5\t18\t\t\t")
        defer { files.remove() }
        let (merged, direct) = try matchThenMerge(files, complete: false)
        #expect(merged == direct)
        #expect(try ReportJSON.decode(Data(merged.utf8)).samples.first?.suggested_group == "incomplete")
    }

    @Test("the run's --blast-fraction is stored and the sheet's overrides it, as in match")
    func theBlastFractionIsDecidedAgain() throws {
        let low = "chr12\t25245350\t.\tC\tT\t60\tPASS\tCSQ=T|missense_variant|KRAS|ENST00000311936.8|c.35G>A|p.Gly12Asp|YES\tGT:AD\t0/1:93,7"
        let withRunValue = try Files([low], row: "5\t7\t20\t\t\t")
        defer { withRunValue.remove() }
        let (merged, direct) = try matchThenMerge(withRunValue, extra: ["--blast-fraction", "0.15"])
        #expect(merged == direct)
        #expect(merged.contains("\"sample_thresholds\":{\"blast_fraction\":0.15,"))
        #expect(try ReportJSON.decode(Data(merged.utf8)).samples.first?.alterations.first?.clonality?.subclonal == false)
        let fromSheet = try Files([low], row: "5\t7\t20\t\t\t\t0.15", sheetHeader: Case.header + "\tblast_fraction")
        defer { fromSheet.remove() }
        let (mergedSheet, directSheet) = try matchThenMerge(fromSheet)
        #expect(mergedSheet == directSheet)
        #expect(try ReportJSON.decode(Data(mergedSheet.utf8)).samples.first?.alterations.first?.clonality?.subclonal == false)
    }

    @Test("the merged report records the sheet as an input with its checksum")
    func theSheetIsAnInput() throws {
        let files = try Files([Case.krasG12D], row: "5\t7\t20\t\t\t")
        defer { files.remove() }
        let (merged, _) = try matchThenMerge(files)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(merged.utf8)) as? [String: Any])
        let inputs = try #require((object["run"] as? [String: Any])?["inputs"] as? [[String: Any]])
        let sheet = try #require(inputs.last)
        #expect(sheet["role"] as? String == "clinical")
        #expect(sheet["path"] as? String == files.sheet)
        #expect((sheet["sha256"] as? String)?.count == 64)
    }

    /// A report of schema version 5 (no review reasons): merged as before, refused with a sheet.
    @Test func anOlderReportMergesButIsNotDecidedAgain() throws {
        let files = try Files([Case.krasG12D], row: "5\t7\t20\t\t\t")
        defer { files.remove() }
        let stored = files.path("stored.json")
        #expect(try Hemimatch.run([files.vcf, "--format", "json", "-o", stored]).status == 0)
        var report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: stored))) as? [String: Any])
        report["schema_version"] = "5"
        report["samples"] = (report["samples"] as? [[String: Any]])?.map { sample in
            sample.filter { $0.key != "review_reasons" && $0.key != "advisories" }
        }
        let old = files.path("old.json")
        try JSONSerialization.data(withJSONObject: report).write(to: URL(fileURLWithPath: old))
        let plain = try Hemimatch.run(["merge", old])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.text.contains("\"suggested_group\":\"D\""))
        #expect(plain.text.hasSuffix("\"schema_version\":\"5\"}\n"), "the merged line keeps the version of the fields it has")
        let decided = try Hemimatch.run(["merge", old, "--clinical", files.sheet, "-o", files.path("out.jsonl")])
        #expect(decided.status == 65)
        #expect(
            decided.stderr
                == "hemimatch: \(old): a report of schema version 5: --clinical decides again only reports of schema version 6, which store why review was forced; run match again, or merge without --clinical\n"
        )
        #expect(decided.files.isEmpty)
        // Labelled 6 but without the reasons (an older hemimatch's merge wrote the current version): refused too.
        report["schema_version"] = "6"
        try JSONSerialization.data(withJSONObject: report).write(to: URL(fileURLWithPath: old))
        let relabelled = try Hemimatch.run(["merge", old, "--clinical", files.sheet])
        #expect(relabelled.status == 65)
        #expect(
            relabelled.stderr
                == "hemimatch: \(old): sample TUMOR has no review_reasons or advisories (written before schema version 6): run match again, or merge without --clinical\n"
        )
    }

    @Test func aReportAlreadyDecidedWithASheetIsRefused() throws {
        let files = try Files([Case.krasG12D], row: "5\t7\t20\t\t\t")
        defer { files.remove() }
        let stored = files.path("stored.jsonl")
        #expect(try Hemimatch.run([files.vcf, "--clinical", files.sheet, "--format", "jsonl", "-o", stored]).status == 0)
        let again = try Hemimatch.run(["merge", stored, "--clinical", files.sheet])
        #expect(again.status == 65)
        #expect(
            again.stderr
                == "hemimatch: \(stored): already decided with the clinical sheet \(files.sheet): --clinical decides again only reports written without one; run match with the new sheet, or merge without --clinical\n"
        )
    }

    @Test func aReportOfAnotherKnowledgeBaseIsRefused() throws {
        let files = try Files([Case.krasG12D], row: "5\t7\t20\t\t\t")
        defer { files.remove() }
        let stored = files.path("stored.json")
        #expect(try Hemimatch.run([files.vcf, "--format", "json", "-o", stored]).status == 0)
        let text = try String(contentsOfFile: stored, encoding: .utf8)
        let version = try #require(text.firstRange(of: /"knowledge_base_version" : "[^"]+"/))
        try text.replacingCharacters(in: version, with: "\"knowledge_base_version\" : \"0.0.1\"").write(
            toFile: stored, atomically: true, encoding: .utf8)
        let refused = try Hemimatch.run(["merge", stored, "--clinical", files.sheet])
        #expect(refused.status == 65)
        #expect(refused.stderr.hasPrefix("hemimatch: \(stored): written with knowledge base 0.0.1 ("), "\(refused.stderr)")
        #expect(refused.stderr.hasSuffix("--clinical decides with the knowledge base the reports were written with\n"))
    }

    /// Rows labelled as `cohort` labels samples: a name two reports share is `FILE:SAMPLE`; a row that reaches no
    /// sample is exit 64; a value that does not parse is exit 65 naming file, line and column; nothing is written.
    @Test func sheetRowsReachExactlyOneSampleOfTheReports() throws {
        let files = try Files([Case.krasG12D], row: "0.5\t3\t14\t\t\t")
        defer { files.remove() }
        let other = files.path("other.vcf")
        try (AnnotatedVCF.lines([Case.nothing]).joined(separator: "\n") + "\n").write(toFile: other, atomically: true, encoding: .utf8)
        let (first, second) = (files.path("first.json"), files.path("second.json"))
        #expect(try Hemimatch.run([files.vcf, "--format", "json", "-o", first]).status == 0)
        #expect(try Hemimatch.run([other, "--format", "json", "-o", second]).status == 0)
        let out = files.path("out.jsonl")
        let ambiguous = try Hemimatch.run(["merge", first, second, "--clinical", files.sheet, "-o", out])
        #expect(ambiguous.status == 64)
        #expect(
            ambiguous.stderr
                == "hemimatch: \(files.sheet): sample 'TUMOR' is in 2 files (\(files.vcf), \(other)): name its row FILE:SAMPLE, as the cohort's reports label it (\(files.vcf):TUMOR)\n"
        )
        #expect(ambiguous.files.isEmpty)
        try (Case.header + "\n\(files.vcf):TUMOR\t0.5\t3\t14\t\t\t\n").write(toFile: files.sheet, atomically: true, encoding: .utf8)
        let labelled = try Hemimatch.run(["merge", first, second, "--clinical", files.sheet, "-o", out])
        #expect(labelled.status == 0, "\(labelled.stderr)")
        let samples = try String(decoding: try #require(labelled.files[out]), as: UTF8.self).split(separator: "\n").map {
            try #require(try ReportJSON.decode(Data($0.utf8)).samples.first)
        }
        #expect(samples.map(\.suggested_group) == ["none", "incomplete"], "the infant's row reaches the first report's TUMOR only")
        #expect(samples.map { $0.checklist != nil } == [true, false])
        try (Case.header + "\nNOBODY\t5\t7\t20\t\t\t\n").write(toFile: files.sheet, atomically: true, encoding: .utf8)
        let stranger = try Hemimatch.run(["merge", first, second, "--clinical", files.sheet, "-o", out])
        #expect(stranger.status == 64)
        #expect(stranger.stderr == "hemimatch: \(files.sheet): sample 'NOBODY' is not a profiled sample of any file of the cohort\n")
        try (Case.header + "\nTUMOR\t5\tseven\t20\t\t\t\n").write(toFile: files.sheet, atomically: true, encoding: .utf8)
        let bad = try Hemimatch.run(["merge", first, "--clinical", files.sheet, "-o", out])
        #expect(bad.status == 65)
        #expect(bad.stderr == "hemimatch: \(files.sheet) line 2: column age_years 'seven' is not a number >= 0\n")
        #expect(bad.files.isEmpty)
    }

    /// Two reports of one input and sample (Strelka2's `somatic.snvs.vcf.gz` matched from inside each patient's
    /// folder): no row, plain or `FILE:SAMPLE`, may reach both children; nothing is written.
    @Test func reportsOfOneInputAndSampleAreRefusedNotBothDecided() throws {
        let files = try Files([Case.krasG12D], row: "5\t7\t20\t\t\t4")
        defer { files.remove() }
        let (first, second) = (files.path("r1.json"), files.path("r2.json"))
        for (records, report, folder) in [([Case.krasG12D], first, "p1"), ([Case.nothing], second, "p2")] {
            let vcf = files.path(folder + "/tumor.vcf")
            try FileManager.default.createDirectory(atPath: files.path(folder), withIntermediateDirectories: true)
            try (AnnotatedVCF.lines(records).joined(separator: "\n") + "\n").write(toFile: vcf, atomically: true, encoding: .utf8)
            #expect(try Hemimatch.run([vcf, "--format", "json", "-o", report]).status == 0)
            // As if matched from inside the folder: the report's input is the bare name.
            try String(contentsOfFile: report, encoding: .utf8).replacingOccurrences(of: "\"\(vcf)\"", with: "\"tumor.vcf\"").write(
                toFile: report, atomically: true, encoding: .utf8)
        }
        let out = files.path("out.jsonl")
        for row in ["tumor.vcf:TUMOR", "TUMOR"] {
            try (Case.header + "\n\(row)\t5\t7\t20\t\t\t4\n").write(toFile: files.sheet, atomically: true, encoding: .utf8)
            let refused = try Hemimatch.run(["merge", first, second, "--clinical", files.sheet, "-o", out])
            #expect(refused.status == 64, "\(row)")
            #expect(
                refused.stderr
                    == "hemimatch: \(first) and \(second) both hold tumor.vcf:TUMOR: a sheet row cannot tell them apart; match them with distinct paths\n"
            )
            #expect(refused.files.isEmpty)
        }
    }

    /// A report sample without its screen would be decided as if all had been screened: refused like the others.
    @Test func aSampleWithoutItsScreenIsRefused() throws {
        let files = try Files([Case.nothing], row: "5\t7\t20\t\t\t")
        defer { files.remove() }
        let stored = files.path("stored.json")
        #expect(try Hemimatch.run([files.vcf, "--format", "json", "-o", stored]).status == 0)
        var report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: stored))) as? [String: Any])
        report["samples"] = (report["samples"] as? [[String: Any]])?.map { sample in sample.filter { $0.key != "screen" } }
        try JSONSerialization.data(withJSONObject: report).write(to: URL(fileURLWithPath: stored))
        let refused = try Hemimatch.run(["merge", stored, "--clinical", files.sheet, "-o", files.path("out.jsonl")])
        #expect(refused.status == 65)
        #expect(
            refused.stderr
                == "hemimatch: \(stored): sample TUMOR has no screen (what was assessed is unknown): run match again, or merge without --clinical\n"
        )
        #expect(refused.files.isEmpty)
    }

    /// A plain row and a `FILE:SAMPLE` row for one sample stop `merge`, `match` and `cohort` alike: neither is guessed.
    @Test func twoRowsForOneSampleStopTheRun() throws {
        let files = try Files([Case.krasG12D], row: "5\t7\t20\t\t\t")
        defer { files.remove() }
        try (Case.header + "\nTUMOR\t5\t7\t20\t\t\t\n\(files.vcf):TUMOR\t0.5\t3\t14\t\t\t\n").write(
            toFile: files.sheet, atomically: true, encoding: .utf8)
        let stored = files.path("stored.json"), out = files.path("out.jsonl")
        #expect(try Hemimatch.run([files.vcf, "--format", "json", "-o", stored]).status == 0)
        let message =
            "hemimatch: \(files.sheet): rows TUMOR (sheet.tsv line 2) and \(files.vcf):TUMOR (sheet.tsv line 3) both reach sample TUMOR of \(files.vcf): keep one row per sample\n"
        for arguments in [
            ["merge", stored, "--clinical", files.sheet, "-o", out], [files.vcf, "--clinical", files.sheet, "-o", out],
            ["cohort", files.vcf, files.vcf, "--clinical", files.sheet, "-o", out],
        ] {
            let refused = try Hemimatch.run(arguments)
            #expect(refused.status == 64, "\(arguments[0])")
            // The cohort warns first that it names the file twice.
            #expect(refused.stderr.split(separator: "\n").last.map { $0 + "\n" } == message, "\(arguments[0])")
            #expect(refused.files.isEmpty)
        }
    }

    /// A path a cohort names twice is one child: its plain row reaches it in both lines, as one sample.
    @Test func aPathACohortNamesTwiceIsOneChild() throws {
        let files = try Files([Case.krasG12D], row: "0.5\t3\t14\t\t\t")
        defer { files.remove() }
        let twice = try Hemimatch.run(["cohort", files.vcf, files.vcf, "--clinical", files.sheet])
        #expect(twice.status == 0, "\(twice.stderr)")
        let samples = try twice.text.split(separator: "\n").map { try #require(try ReportJSON.decode(Data($0.utf8)).samples.first) }
        #expect(samples.map(\.suggested_group) == ["none", "none"], "the infant's row reaches both lines of the one file")
    }

    /// A cohort's JSON Lines decided again with a cohort sheet are the cohort run with it, byte for byte.
    @Test func cohortThenMergeIsTheCohortWithTheSheet() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = Hemimatch.testData("tumor_normal.grch38.vcf"), second = Hemimatch.testData("structural.grch38.vcf")
        let sheet = folder.appendingPathComponent("sheet.tsv").path
        try (Case.header + "\n\(first):TUMOR\t0.5\t3\t14\t\t\t\n").write(toFile: sheet, atomically: true, encoding: .utf8)
        let stored = folder.appendingPathComponent("cohort.jsonl").path
        #expect(try Hemimatch.run(["cohort", first, second, "-o", stored]).status == 0)
        let merged = try Hemimatch.run(["merge", stored, "--clinical", sheet])
        #expect(merged.status == 0, "\(merged.stderr)")
        let direct = try Hemimatch.run(["cohort", first, second, "--clinical", sheet])
        #expect(direct.status == 0, "\(direct.stderr)")
        #expect(merged.text == direct.text)
        #expect(merged.text.split(separator: "\n").count == 2)
    }
}

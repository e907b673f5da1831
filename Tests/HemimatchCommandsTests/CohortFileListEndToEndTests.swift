import Foundation
import HemimatchTestSupport
import Testing

/// `cohort --file-list` with a sheet: each row's fusion and copy-number tables, normals and
/// table-sample mapping reach that row's file alone, through the same attribution as `match`.
@Suite struct CohortFileListEndToEndTests {
    /// A GRCh38 two-sample VCF (T1, N1) without any panel record and without a named normal.
    static let pair = FusionTableSamplesEndToEndTests.vcf
    /// A one-sample VCF (S2) without any panel record.
    static let solo = FusionTableSamplesEndToEndTests.vcf.replacingOccurrences(of: "\tT1\tN1", with: "\tS2")
        .replacingOccurrences(of: "\t0/1\t0/0", with: "\t0/1")

    /// A consolidated STAR-Fusion table: one row a fusion, its sample in the first column.
    static func starFusion(_ rows: [(sample: String, fusion: String)]) -> String {
        let breakpoints = [
            "BCR--ABL1": "BCR^ENSG00000186716\tchr22:23290413:+\tABL1^ENSG00000097007\tchr9:130854064:+",
            "ETV6--ABL1": "ETV6^ENSG00000139083\tchr12:11869969:+\tABL1^ENSG00000097007\tchr9:130854064:+",
        ]
        return
            (["sample\t#FusionName\tJunctionReadCount\tSpanningFragCount\tSpliceType\tLeftGene\tLeftBreakpoint\tRightGene\tRightBreakpoint"]
            + rows.map { "\($0.sample)\t\($0.fusion)\t26\t18\tONLY_REF_SPLICE\t\(breakpoints[$0.fusion]!)" }).joined(separator: "\n") + "\n"
    }

    /// Writes `files` (name to text) to a fresh folder, and the sheet whose lines `sheet` gives with
    /// `{dir}` standing for the folder.
    static func folder(_ files: [String: String], sheet: [String]) throws -> URL {
        let folder = try Hemimatch.temporaryFolder()
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try (sheet.map { $0.replacingOccurrences(of: "{dir}", with: folder.path) }.joined(separator: "\n") + "\n")
            .write(to: folder.appendingPathComponent("samples.tsv"), atomically: true, encoding: .utf8)
        return folder
    }

    /// The cohort's samples by name from its JSON Lines.
    static func samples(_ result: Hemimatch.Result) throws -> [String: [String: Any]] {
        var samples: [String: [String: Any]] = [:]
        for line in result.text.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for sample in object["samples"] as? [[String: Any]] ?? [] { samples[sample["sample"] as! String] = sample }
        }
        return samples
    }

    static func alterations(_ sample: [String: Any]?) -> [String] {
        (sample?["alterations"] as? [[String: Any]] ?? []).map { "\($0["gene"]!) \($0["alteration"]!) \($0["rule_id"]!)" }
    }

    static func screen(_ sample: [String: Any]?, _ part: String) -> String? {
        ((sample?["screen"] as? [String: Any])?[part] as? [String: Any])?["status"] as? String
    }

    @Test("each row's tables, normal and mapping reach its own file: a fusion table goes to its row's sample only, the screen counts it there only")
    func rowsCarryTheirOwnTables() throws {
        let folder = try Self.folder(
            [
                "pair.vcf": Self.pair, "solo.vcf": Self.solo, "bare.vcf": Self.solo.replacingOccurrences(of: "\tS2", with: "\tS3"),
                "p1.fusions.tsv": Self.starFusion([("T1", "BCR--ABL1")]), "p2.fusions.tsv": Self.starFusion([("LIB_S2", "ETV6--ABL1")]),
            ],
            sheet: [
                "sample\tvcf\tfusions\tcnv\tnormal\ttable_sample",
                "P1\t{dir}/pair.vcf\t{dir}/p1.fusions.tsv\t\tN1\t",
                "P2\t{dir}/solo.vcf\t{dir}/p2.fusions.tsv\t\t\tLIB_S2=S2",
                "P3\t{dir}/bare.vcf\t\t\t\t",
            ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Hemimatch.run(["cohort", "--file-list", folder.appendingPathComponent("samples.tsv").path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let samples = try Self.samples(result)
        #expect(samples.keys.sorted() == ["S2", "S3", "T1"])
        #expect(Self.alterations(samples["T1"]) == ["ABL1 BCR::ABL1 B-BCR-ABL1"])
        #expect(Self.alterations(samples["S2"]) == ["ABL1 ETV6::ABL1 B-ABL1-FUSION"])
        #expect(Self.alterations(samples["S3"]) == [])
        #expect(samples["T1"]?["candidate_groups"] as? [String] == ["B"])
        #expect(samples["S2"]?["candidate_groups"] as? [String] == ["B"])
        #expect(samples["S3"]?["suggested_group"] as? String == "incomplete")
        #expect(Self.screen(samples["T1"], "rearrangements") == "assessed")
        #expect(Self.screen(samples["S2"], "rearrangements") == "assessed")
        #expect(Self.screen(samples["S3"], "rearrangements") == "not-assessed")

        // The same bytes as `match` gives each file with the row's options: one code path.
        let matched = try [
            ["{dir}/pair.vcf", "--fusions", "{dir}/p1.fusions.tsv", "--normal", "N1"],
            ["{dir}/solo.vcf", "--fusions", "{dir}/p2.fusions.tsv", "--table-sample", "LIB_S2=S2"],
            ["{dir}/bare.vcf"],
        ].map { arguments in
            try Hemimatch.run(arguments.map { $0.replacingOccurrences(of: "{dir}", with: folder.path) } + ["--format", "jsonl", "--quiet"]).text
        }
        #expect(result.text == matched.joined())
    }

    @Test(
        "a row's table naming a sample its file lacks: exit 64 naming the list's line, the table, its names and the file's samples; the row's table_sample maps it"
    )
    func unmappedNameStopsTheCohortNamingTheRow() throws {
        let sheet = ["sample\tvcf\tfusions", "P1\t{dir}/pair.vcf\t{dir}/rna.tsv"]
        let folder = try Self.folder(["pair.vcf": Self.pair, "rna.tsv": Self.starFusion([("RNA_T1", "BCR--ABL1")])], sheet: sheet)
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = folder.appendingPathComponent("samples.tsv").path
        let refused = try Hemimatch.run(["cohort", "--file-list", list, "--quiet"])
        #expect(refused.status == 64)
        #expect(
            refused.stderr
                == "hemimatch: \(list) line 2 (P1): \(folder.path)/rna.tsv: rows name sample RNA_T1 that \(folder.path)/pair.vcf does not have "
                + "(the table names RNA_T1; the input has T1, N1): map each with table_sample NAME=SAMPLE\n")
        #expect(refused.stdout.isEmpty)

        try
            ([sheet[0] + "\ttable_sample", sheet[1].replacingOccurrences(of: "{dir}", with: folder.path) + "\tRNA_T1=T1"].joined(separator: "\n")
            + "\n")
            .write(toFile: list, atomically: true, encoding: .utf8)
        let mapped = try Hemimatch.run(["cohort", "--file-list", list, "--quiet"])
        #expect(mapped.status == 0, "\(mapped.stderr)")
        let samples = try Self.samples(mapped)
        #expect(Self.alterations(samples["T1"]) == ["ABL1 BCR::ABL1 B-BCR-ABL1"])
        #expect(Self.alterations(samples["N1"]) == [])
        #expect(Self.screen(samples["T1"], "rearrangements") == "assessed")
        #expect(Self.screen(samples["N1"], "rearrangements") == "not-assessed")
    }

    @Test("a sample-less table in a row whose file profiles two samples: exit 64 naming the row; with the row's normal it goes to the tumor")
    func samplelessTableGoesToTheOneTumor() throws {
        let arriba = try String(contentsOfFile: Hemimatch.testData("tumor.arriba.tsv"), encoding: .utf8)
        let sheet = ["vcf\tfusions\tnormal", "{dir}/pair.vcf\t{dir}/arriba.tsv\t"]
        let folder = try Self.folder(["pair.vcf": Self.pair, "arriba.tsv": arriba], sheet: sheet)
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = folder.appendingPathComponent("samples.tsv").path
        let refused = try Hemimatch.run(["cohort", "--file-list", list, "--quiet"])
        #expect(refused.status == 64)
        #expect(
            refused.stderr == "hemimatch: \(list) line 2: \(folder.path)/arriba.tsv: the table names no sample, and \(folder.path)/pair.vcf profiles "
                + "2 samples (T1, N1): say whose it is with -s SAMPLE or table_sample arriba.tsv=SAMPLE\n")

        try ([sheet[0], sheet[1].replacingOccurrences(of: "{dir}", with: folder.path) + "N1"].joined(separator: "\n") + "\n")
            .write(toFile: list, atomically: true, encoding: .utf8)
        let result = try Hemimatch.run(["cohort", "--file-list", list, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let samples = try Self.samples(result)
        #expect(samples.keys.sorted() == ["T1"])
        #expect(Self.alterations(samples["T1"]).contains("PDGFRB EBF1::PDGFRB B-PDGFRB-FUSION"))
    }

    @Test(
        "a row's clinical sheet reaches its own file only, as --clinical reaches match's; one naming a sample its file lacks stops the cohort naming the row"
    )
    func rowsCarryTheirOwnClinicalSheet() throws {
        let patient1 = try String(contentsOfFile: Hemimatch.testData("no_panel_alteration.grch37.vcf"), encoding: .utf8)
        let header = ClinicalSheetEndToEndTests.header
        let folder = try Self.folder(
            [
                "p1.vcf": patient1, "p2.vcf": patient1.replacingOccurrences(of: "PATIENT1", with: "PATIENT2"),
                "infant.tsv": header + "\nPATIENT1\t0.5\t3\t14\t\t\t\n", "stranger.tsv": header + "\nNOBODY\t5\t7\t20\t\t\t\n",
            ], sheet: ["sample\tvcf\tclinical", "P1\t{dir}/p1.vcf\t{dir}/infant.tsv", "P2\t{dir}/p2.vcf\t"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = folder.appendingPathComponent("samples.tsv").path
        let result = try Hemimatch.run(["cohort", "--file-list", list, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let samples = try Self.samples(result)
        #expect(samples["PATIENT1"]?["suggested_group"] as? String == "none")
        #expect(Self.screen(samples["PATIENT1"], "clinical") == "assessed")
        #expect(samples["PATIENT2"]?["suggested_group"] as? String == "incomplete")
        #expect(Self.screen(samples["PATIENT2"], "clinical") == "not-assessed")
        let matched = try [["p1.vcf", "--clinical", "\(folder.path)/infant.tsv"], ["p2.vcf"]].map { arguments in
            try Hemimatch.run(["\(folder.path)/\(arguments[0])"] + arguments.dropFirst() + ["--format", "jsonl", "--quiet"]).text
        }
        #expect(result.text == matched.joined())

        try "sample\tvcf\tclinical\nP1\t\(folder.path)/p1.vcf\t\(folder.path)/stranger.tsv\n".write(toFile: list, atomically: true, encoding: .utf8)
        let refused = try Hemimatch.run(["cohort", "--file-list", list, "--quiet"])
        #expect(refused.status == 64)
        #expect(
            refused.stderr == "hemimatch: \(list) line 2 (P1): \(folder.path)/stranger.tsv: sample 'NOBODY' is not a profiled sample of "
                + "\(folder.path)/p1.vcf (it has PATIENT1)\n")
    }

    @Test(arguments: [
        (
            ["sample\tvcf\tfusion", "P1\t{dir}/pair.vcf\tx.tsv"],
            "{list} line 1: column 'fusion' is not one a file list takes (sample, vcf, fusions, cnv, normal, table_sample, clinical)", 64
        ),
        (["vcf\tcnv", "{dir}/pair.vcf\tseg.tsv\textra"], "{list} line 2: 3 cells, but the header names 2 columns (vcf, cnv)", 64),
        (["sample\tvcf", "P1\t"], "{list} line 2 (P1), column vcf: empty: each row names one variant file", 64),
        (
            ["sample\tvcf\ttable_sample", "P1\t{dir}/pair.vcf\tRNA_T1"],
            "{list} line 2 (P1), column table_sample: 'RNA_T1' is not NAME=SAMPLE (several are separated by ;)", 64
        ),
        (["sample\tvcf\ttable_sample", "P1\t{dir}/pair.vcf\tR=T1;R=N1"], "{list} line 2 (P1), column table_sample maps R onto both T1 and N1", 64),
        (
            ["# a comment", "sample\tvcf\tcnv", "", "P1\t{dir}/pair.vcf\t{dir}/missing.cns"],
            "1 of 1 inputs cannot be read (nothing was matched):\n  {list} line 4 (P1), column cnv: {dir}/missing.cns: no such file", 66
        ),
    ])
    func sheetErrorsNameTheListTheLineAndTheColumn(sheet: [String], message: String, status: Int32) throws {
        let folder = try Self.folder(["pair.vcf": Self.pair], sheet: sheet)
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = folder.appendingPathComponent("samples.tsv").path
        let result = try Hemimatch.run(["cohort", "--file-list", list])
        #expect(result.status == status)
        #expect(
            result.stderr == "hemimatch: "
                + message.replacingOccurrences(of: "{list}", with: list)
                .replacingOccurrences(of: "{dir}", with: folder.path) + "\n")
        #expect(result.stdout.isEmpty)
    }
}

import Testing

/// One recorded command: hemimatch's argument list run in the golden working folder (after any
/// `setup` runs), its standard output compared with `Tests/Golden/<name>`, its standard error with
/// `<name>.stderr` (absent: empty), and each written file with its own golden file.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    let name: String
    let arguments: [String]
    var setup: [[String]] = []
    /// Golden file name → the file the command writes, relative to the working folder.
    var files: [String: String] = [:]
    /// Other thread counts whose bytes must be the same as the recorded ones.
    var threadCounts: [Int] = []

    var testDescription: String { name }

    static var all: [GoldenCase] { matches + callerTables + cohorts + annotations + explanations + knowledgeBase }

    /// Every bundled and written variant file in every report format.
    static let matches: [GoldenCase] = {
        let files = GoldenInputs.testData.map { "TestData/\($0)" } + ["inputs/small.vcf", "inputs/sv.vcf"]
        var cases: [GoldenCase] = []
        for file in files {
            let stem = file.split(separator: "/").last!.replacingOccurrences(of: ".vcf", with: "")
            for (format, suffix) in [("text", "txt"), ("json", "json"), ("jsonl", "jsonl"), ("tsv", "tsv")] {
                cases.append(
                    GoldenCase(
                        name: "match/\(stem).\(suffix)", arguments: [file, "--format", format],
                        threadCounts: format == "json" ? [2] : []))
            }
        }
        cases += [
            GoldenCase(
                name: "match/tumor_normal.grch38.report.txt",
                arguments: [
                    "TestData/tumor_normal.grch38.vcf", "-o", "out/tumor_normal/report.txt",
                    "--html", "out/tumor_normal/report.html", "--multiqc", "out/tumor_normal/report_mqc.json",
                ],
                files: [
                    "match/tumor_normal.grch38.txt": "out/tumor_normal/report.txt",
                    "match/tumor_normal.grch38.html": "out/tumor_normal/report.html",
                    "match/tumor_normal.grch38_mqc.json": "out/tumor_normal/report_mqc.json",
                ]),
            GoldenCase(
                name: "match/structural.grch38.report.json",
                arguments: [
                    "TestData/structural.grch38.vcf", "--format", "json", "--html", "out/structural/report.html",
                    "--multiqc", "out/structural/report_mqc.json",
                ],
                files: [
                    "match/structural.grch38.html": "out/structural/report.html",
                    "match/structural.grch38_mqc.json": "out/structural/report_mqc.json",
                ]),
            GoldenCase(name: "match/tumor_normal.grch38.both-samples.txt", arguments: ["TestData/tumor_normal.grch38.vcf", "-s", "TUMOR,NORMAL"]),
            GoldenCase(name: "match/small.include-filtered.json", arguments: ["inputs/small.vcf", "--include-filtered", "--format", "json"]),
            GoldenCase(name: "match/small.min-vaf.txt", arguments: ["inputs/small.vcf", "--min-vaf", "0.05", "--min-depth", "1"]),
            GoldenCase(name: "match/small.normal.tsv", arguments: ["inputs/small.vcf", "-s", "NORMAL", "--format", "tsv"]),
            GoldenCase(name: "match/small.canonical.json", arguments: ["inputs/small.vcf", "--transcript-policy", "canonical", "--format", "json"]),
            GoldenCase(name: "match/unnamed-pair.txt", arguments: ["inputs/unnamed-pair.vcf"]),
            GoldenCase(name: "match/small.no-checksum.json", arguments: ["inputs/small.vcf", "--no-checksum", "--quiet", "--format", "json"]),
        ]
        return cases
    }()

    /// Fusion and copy-number tables beside a VCF without panel alterations.
    static let callerTables: [GoldenCase] = [
        GoldenCase(
            name: "tables/arriba-star-cnv.json",
            arguments: [
                "TestData/no_panel_alteration.grch37.vcf", "--fusions", "inputs/star-fusion.tsv", "--fusions", "inputs/arriba.tsv",
                "--cnv", "inputs/tumor.cns", "--format", "json",
            ], threadCounts: [2]),
        GoldenCase(
            name: "tables/arriba-star-cnv.txt",
            arguments: [
                "TestData/no_panel_alteration.grch37.vcf", "--fusions", "inputs/arriba.tsv", "--fusions", "inputs/star-fusion.tsv",
                "--cnv", "inputs/tumor.cns",
            ]),
        GoldenCase(
            name: "tables/fusion-list.tsv",
            arguments: ["TestData/no_panel_alteration.grch37.vcf", "--fusions", "inputs/fusions.txt", "--format", "tsv"]),
        GoldenCase(
            name: "tables/cnv-strict.json",
            arguments: [
                "TestData/no_panel_alteration.grch37.vcf", "--cnv", "inputs/tumor.cns", "--cnv-loss-log2=-1.0",
                "--cnv-gain-copies", "6", "--format", "json",
            ]),
        GoldenCase(
            name: "tables/structural-with-tables.jsonl",
            arguments: ["inputs/sv.vcf", "--fusions", "inputs/fusions.txt", "--format", "jsonl"]),
        GoldenCase(
            name: "tables/table-sample-mapped.json",
            arguments: [
                "inputs/small.vcf", "--cnv", "inputs/pair.seg", "--table-sample", "ALL-07-DX=TUMOR",
                "--table-sample", "ALL-07-GL=NORMAL", "--format", "json",
            ]),
        GoldenCase(
            name: "tables/gdc-seg-one-to-one.txt",
            arguments: ["TestData/no_panel_alteration.grch37.vcf", "--cnv", "inputs/laml.seg.txt"]),
        GoldenCase(name: "tables/lab-alterations.json", arguments: ["TestData/lab_alterations.tsv", "--format", "json"]),
    ]

    /// A cohort of three files, and the same reports gathered by `merge`.
    static let cohorts: [GoldenCase] = {
        let files = ["TestData/tumor_normal.grch38.vcf", "TestData/structural.grch38.vcf", "inputs/small.vcf"]
        let reports = files.indices.map { "out/merge/\($0).json" }
        return [
            GoldenCase(
                name: "cohort/cohort.jsonl",
                arguments: ["cohort"] + files + [
                    "--summary", "out/cohort/summary.tsv", "--html", "out/cohort/cohort.html",
                    "--multiqc", "out/cohort/cohort_mqc.json",
                ],
                files: [
                    "cohort/summary.tsv": "out/cohort/summary.tsv", "cohort/cohort.html": "out/cohort/cohort.html",
                    "cohort/cohort_mqc.json": "out/cohort/cohort_mqc.json",
                ],
                threadCounts: [2, 3]),
            GoldenCase(
                name: "cohort/summary-to-stdout.tsv", arguments: ["cohort"] + files + ["-o", "out/cohort-stdout/profiles.jsonl", "--summary", "-"]),
            GoldenCase(
                name: "merge/merged.jsonl", arguments: ["merge"] + reports + ["--tsv", "out/merge/merged.tsv", "--html", "out/merge/merged.html"],
                setup: zip(files, reports).map { [$0.0, "--format", "json", "-o", $0.1] },
                files: ["merge/merged.tsv": "out/merge/merged.tsv", "merge/merged.html": "out/merge/merged.html"]),
        ]
    }()

    /// The input written back with HEMI_* tags, as plain VCF.
    static let annotations: [GoldenCase] = [
        ("tumor_normal.grch38", "TestData/tumor_normal.grch38.vcf"), ("structural.grch38", "TestData/structural.grch38.vcf"),
        ("small", "inputs/small.vcf"),
    ].map { stem, file in
        GoldenCase(
            name: "annotate/\(stem).log", arguments: ["annotate", file, "-o", "out/annotate/\(stem).vcf", "-O", "v"],
            files: ["annotate/\(stem).vcf": "out/annotate/\(stem).vcf"])
    }

    static let explanations: [GoldenCase] = [
        ["KRAS:p.G12D"], ["JAK2:p.Arg683Gly"], ["FLT3:p.D835Y"], ["NF1:p.R1276*"], ["EBF1::PDGFRB"], ["BCR::ABL1", "--build", "GRCh37"],
        ["ABL1::NUP214"], ["chr12:25245350:C:T", "--build", "GRCh38"], ["12:25398284:C:T"], ["chr1:1000:A:G"],
    ].map { arguments in
        GoldenCase(
            name: "explain/\(arguments.joined(separator: "_").replacingOccurrences(of: ":", with: "-").replacingOccurrences(of: "*", with: "x")).txt",
            arguments: ["explain"] + arguments)
    }

    static let knowledgeBase: [GoldenCase] = [
        GoldenCase(name: "kb/list.txt", arguments: ["kb", "list"]),
        GoldenCase(name: "kb/validate.txt", arguments: ["kb", "validate"]),
        GoldenCase(name: "kb/show-D-KRAS-HOTSPOT.txt", arguments: ["kb", "show", "D-KRAS-HOTSPOT"]),
        GoldenCase(name: "kb/show-B-ABL1-FUSION.txt", arguments: ["kb", "show", "B-ABL1-FUSION"]),
        GoldenCase(name: "kb/show-C-IL7R-TM.txt", arguments: ["kb", "show", "C-IL7R-TM"]),
        GoldenCase(name: "kb/show-KRAS.txt", arguments: ["kb", "show", "KRAS"]),
        GoldenCase(name: "kb/show-CRLF2.txt", arguments: ["kb", "show", "CRLF2"]),
    ]
}

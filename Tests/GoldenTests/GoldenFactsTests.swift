import Foundation
import HemimatchTestSupport
import Testing

/// What matters in each golden report, asserted independently of its bytes: per sample the suggested
/// group, the candidate groups, every alteration (gene, alteration, rule) in order and, where the
/// format carries them, the near-misses. The answers are the ones the inputs fix (`Tests/Golden/inputs/README.md`,
/// `TestData/README.md`), written out here, so a `make golden` that records a changed decision fails
/// here even though the byte comparison then passes. Each format is read on its own terms: JSON and
/// JSON Lines through `ReportJSON` (not the Profile module), the TSV by its header, the text report
/// by its lines, MultiQC's custom content by its data table, the cohort summary by its columns.
@Suite struct GoldenFactsTests {
    /// One sample's decision as a report states it.
    struct Decision: Equatable, CustomStringConvertible {
        let sample: String
        let group: String
        let candidates: [String]
        /// `GENE alteration RULE`, in report order.
        let alterations: [String]
        /// `GENE alteration RULE`; `nil` where the format does not list near-misses.
        var nearMisses: [String]?

        var description: String { "\(sample) \(group) (\(candidates.joined(separator: ","))) \(alterations) near-misses \(nearMisses ?? ["-"])" }

        /// The same decision without its near-misses, for formats that do not list them.
        var withoutNearMisses: Decision { Decision(sample: sample, group: group, candidates: candidates, alterations: alterations, nearMisses: nil) }
    }

    // MARK: The decisions the inputs fix

    /// `inputs/small.vcf`: four RAS/MAPK alterations of group D (KRAS G12C through the hotspot allele
    /// table, PTPN11 E76K at VAF 3/98 above --min-vaf 0.02), NRAS Q61R failed FILTER.
    static let small = [
        Decision(
            sample: "TUMOR", group: "D", candidates: ["D"],
            alterations: [
                "KRAS p.G12D D-KRAS-HOTSPOT", "KRAS p.G12C D-KRAS-HOTSPOT", "PTPN11 p.E76K D-PTPN11-ACTIVATING",
                "FLT3 ITD D-FLT3-ITD",
            ],
            nearMisses: ["NRAS p.Q61R D-NRAS-HOTSPOT"])
    ]

    /// `TestData/tumor_normal.grch38.vcf`: JAK2 R683G (C) beside KRAS G12D and a FLT3 ITD (D): two
    /// candidate groups, so the board decides; NRAS Q61K failed FILTER.
    static let tumorNormal = [
        Decision(
            sample: "TUMOR", group: "review", candidates: ["C", "D"],
            alterations: ["JAK2 p.R683G C-JAK2-DOMAINS", "KRAS p.G12D D-KRAS-HOTSPOT", "FLT3 ITD D-FLT3-ITD"],
            nearMisses: ["NRAS p.Q61K D-NRAS-HOTSPOT"])
    ]

    /// `TestData/structural.grch3{7,8}.vcf`: five fusions (ABL1::NUP214's reciprocal NUP214::ABL1 among
    /// them), an ABL1 amplification and an NF1 deletion: groups B, C and D.
    static let structural = [
        Decision(
            sample: "TUMOR", group: "review", candidates: ["B", "C", "D"],
            alterations: [
                "PDGFRB EBF1::PDGFRB B-PDGFRB-FUSION", "JAK2 PAX5::JAK2 C-JAK2-FUSION",
                "ABL1 NUP214::ABL1 B-ABL1-FUSION", "ABL1 ETV6::ABL1 B-ABL1-FUSION",
                "CRLF2 P2RY8::CRLF2 C-CRLF2-REARRANGEMENT", "ABL1 amplification B-ABL1-AMPLIFICATION",
                "NF1 deletion (copy number not given) D-NF1-DELETION",
            ],
            nearMisses: [])
    ]

    /// `inputs/sv.vcf`: EBF1::PDGFRB and the ABL1 gain qualify for B; the LowQual NF1 deletion is a
    /// near-miss (a filtered record is never silently dropped).
    static let sv = [
        Decision(
            sample: "PATIENT", group: "B", candidates: ["B"],
            alterations: ["PDGFRB EBF1::PDGFRB B-PDGFRB-FUSION", "ABL1 amplification B-ABL1-AMPLIFICATION"],
            nearMisses: ["NF1 deletion (copy number not given) D-NF1-DELETION"])
    ]

    /// A file without panel alterations and without fusions or copy number: not A, but incomplete.
    static func incomplete(_ sample: String) -> Decision {
        Decision(sample: sample, group: "incomplete", candidates: ["A"], alterations: [], nearMisses: [])
    }

    /// `TestData/somatic.grch38.maf`: two patients of group D and one without a panel alteration.
    static let maf = [
        Decision(
            sample: "P001-T", group: "D", candidates: ["D"], alterations: ["KRAS p.G12D D-KRAS-HOTSPOT", "FLT3 ITD D-FLT3-ITD"], nearMisses: []),
        Decision(
            sample: "P002-T", group: "D", candidates: ["D"], alterations: ["FLT3 ITD D-FLT3-ITD", "NRAS p.G12D D-NRAS-HOTSPOT"], nearMisses: []),
        incomplete("P003-T"),
    ]

    /// `TestData/no_panel_alteration.grch37.vcf` with Arriba (BCR::ABL1; ETV6::NTRK3 names no rule),
    /// STAR-Fusion (P2RY8--CRLF2) and CNVkit (ABL1 gain, NF1 single-copy loss; IKZF1 is context only).
    static let arribaStarCNV = [
        Decision(
            sample: "PATIENT1", group: "review", candidates: ["B", "C", "D"],
            alterations: [
                "ABL1 BCR::ABL1 B-BCR-ABL1", "CRLF2 P2RY8::CRLF2 C-CRLF2-REARRANGEMENT",
                "ABL1 amplification B-ABL1-AMPLIFICATION", "NF1 deletion (single-copy) D-NF1-DELETION",
            ],
            nearMisses: [])
    ]

    /// Which golden holds which decisions.
    static let reports: [(golden: String, decisions: [Decision])] = {
        var reports: [(String, [Decision])] = []
        for (stem, decisions) in [
            ("small", small), ("tumor_normal.grch38", tumorNormal), ("structural.grch37", structural),
            ("structural.grch38", structural), ("sv", sv), ("somatic.grch38.maf", maf),
            ("no_panel_alteration.grch37", [incomplete("PATIENT1")]),
        ] {
            for suffix in ["json", "jsonl", "tsv", "txt"] { reports.append(("match/\(stem).\(suffix)", decisions)) }
        }
        let smallAll = small[0].alterations
        reports += [
            ("match/structural.grch38.report.json", structural),
            ("match/small.canonical.json", small),
            ("match/small.no-checksum.json", small),
            // --include-filtered: the LowQual NRAS Q61R becomes an alteration, first in file order.
            (
                "match/small.include-filtered.json",
                [
                    Decision(
                        sample: "TUMOR", group: "D", candidates: ["D"],
                        alterations: ["NRAS p.Q61R D-NRAS-HOTSPOT"] + smallAll, nearMisses: [])
                ]
            ),
            // --min-vaf 0.05: PTPN11 E76K at 0.031 falls to a near-miss.
            (
                "match/small.min-vaf.txt",
                [
                    Decision(
                        sample: "TUMOR", group: "D", candidates: ["D"],
                        alterations: smallAll.filter { !$0.hasPrefix("PTPN11") },
                        nearMisses: ["NRAS p.Q61R D-NRAS-HOTSPOT", "PTPN11 p.E76K D-PTPN11-ACTIVATING"])
                ]
            ),
            // -s NORMAL: the normal carries none of the tumor's alleles.
            ("match/small.normal.tsv", [incomplete("NORMAL")]),
            ("match/tumor_normal.grch38.both-samples.txt", tumorNormal + [incomplete("NORMAL")]),
            // No normal named: each sample profiled; the allele no rule names decides nothing.
            (
                "match/unnamed-pair.txt",
                [
                    Decision(
                        sample: "D01", group: "D", candidates: ["D"], alterations: ["KRAS p.G12D D-KRAS-HOTSPOT"],
                        nearMisses: []), incomplete("G01"),
                ]
            ),
            ("tables/arriba-star-cnv.json", arribaStarCNV),
            ("tables/arriba-star-cnv.txt", arribaStarCNV),
            // The plain list: EBF1::PDGFRB and P2RY8::CRLF2; ABL1::NUP214 keeps no ABL1 kinase 3'.
            (
                "tables/fusion-list.tsv",
                [
                    Decision(
                        sample: "PATIENT1", group: "review", candidates: ["B", "C"],
                        alterations: ["PDGFRB EBF1::PDGFRB B-PDGFRB-FUSION", "CRLF2 P2RY8::CRLF2 C-CRLF2-REARRANGEMENT"])
                ]
            ),
            // --cnv-loss-log2=-1.0: NF1's -0.9 is no loss; --cnv-gain-copies 6 keeps ABL1's gain.
            (
                "tables/cnv-strict.json",
                [
                    Decision(
                        sample: "PATIENT1", group: "B", candidates: ["B"],
                        alterations: ["ABL1 amplification B-ABL1-AMPLIFICATION"], nearMisses: [])
                ]
            ),
            // sv.vcf with the plain list: EBF1::PDGFRB once, P2RY8::CRLF2 from the list.
            (
                "tables/structural-with-tables.jsonl",
                [
                    Decision(
                        sample: "PATIENT", group: "review", candidates: ["B", "C"],
                        alterations: [
                            "PDGFRB EBF1::PDGFRB B-PDGFRB-FUSION", "CRLF2 P2RY8::CRLF2 C-CRLF2-REARRANGEMENT",
                            "ABL1 amplification B-ABL1-AMPLIFICATION",
                        ],
                        nearMisses: ["NF1 deletion (copy number not given) D-NF1-DELETION"])
                ]
            ),
            // DNAcopy's ALL-07-DX mapped to TUMOR: its focal NF1 loss at -1.25 joins small.vcf's alterations.
            (
                "tables/table-sample-mapped.json",
                [
                    Decision(
                        sample: "TUMOR", group: "D", candidates: ["D"],
                        alterations: smallAll + ["NF1 deletion (homozygous) D-NF1-DELETION"],
                        nearMisses: small[0].nearMisses)
                ]
            ),
            // A GDC file of one aliquot, given to the VCF's one sample.
            (
                "tables/gdc-seg-one-to-one.txt",
                [
                    Decision(
                        sample: "PATIENT1", group: "D", candidates: ["D"],
                        alterations: ["NF1 deletion (single-copy) D-NF1-DELETION"], nearMisses: [])
                ]
            ),
            // A lab's alteration list (TestData/lab_alterations.tsv): IL7R T244I is the polymorphism table's
            // common allele, a near-miss; TP53 R248Q is in no rule.
            (
                "tables/lab-alterations.json",
                [
                    Decision(
                        sample: "REL-01", group: "D", candidates: ["D"],
                        alterations: ["KRAS p.G12D D-KRAS-HOTSPOT", "NF1 deletion (copy number not given) D-NF1-DELETION"], nearMisses: []),
                    Decision(sample: "REL-02", group: "B", candidates: ["B"], alterations: ["ABL1 ETV6::ABL1 B-ABL1-FUSION"], nearMisses: []),
                    Decision(
                        sample: "REL-03", group: "C", candidates: ["C"], alterations: ["JAK2 p.R683G C-JAK2-DOMAINS"],
                        nearMisses: ["IL7R p.T244I C-IL7R-TM-MISSENSE"]),
                    Decision(
                        sample: "REL-04", group: "review", candidates: ["B", "D"],
                        alterations: ["FLT3 ITD D-FLT3-ITD", "ABL1 amplification B-ABL1-AMPLIFICATION"], nearMisses: []),
                ]
            ),
            ("cohort/cohort.jsonl", tumorNormal + structural + small),
            ("merge/merged.jsonl", tumorNormal + structural + small),
            ("match/tumor_normal.grch38_mqc.json", tumorNormal),
            ("match/structural.grch38_mqc.json", structural),
        ]
        return reports
    }()

    @Test(arguments: reports.map(\.golden))
    func theReportStatesTheDecisionsItsInputsFix(_ golden: String) throws {
        let expected = try #require(Self.reports.first { $0.golden == golden }).decisions
        let data = try Data(contentsOf: Golden.folder.appendingPathComponent(golden))
        let found = try Self.decisions(in: data, format: golden)
        let comparable = found.contains { $0.nearMisses == nil } ? expected.map(\.withoutNearMisses) : expected
        #expect(found == comparable)
    }

    /// The cohort summary: one row per file and sample, with its group, candidates and alteration count.
    @Test(arguments: ["cohort/summary.tsv", "cohort/summary-to-stdout.tsv", "merge/merged.tsv"])
    func theCohortSummaryHasARowPerSample(_ golden: String) throws {
        let rows = try Self.table(try Data(contentsOf: Golden.folder.appendingPathComponent(golden)))
        #expect(
            rows.map { [$0["input"], $0["sample"], $0["suggested_group"], $0["candidate_groups"], $0["alterations"]] } == [
                ["TestData/tumor_normal.grch38.vcf", "TUMOR", "review", "C,D", "3"],
                ["TestData/structural.grch38.vcf", "TUMOR", "review", "B,C,D", "7"],
                ["inputs/small.vcf", "TUMOR", "D", "D", "4"],
            ])
    }

    @Test func theCohortsMultiQCTableNamesEachSampleByFileAndSample() throws {
        let data = try Data(contentsOf: Golden.folder.appendingPathComponent("cohort/cohort_mqc.json"))
        let table = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["data"] as? [String: [String: Any]])
        #expect(table.keys.sorted() == ["TestData/structural.grch38.vcf:TUMOR", "TestData/tumor_normal.grch38.vcf:TUMOR", "inputs/small.vcf:TUMOR"])
        #expect(table["inputs/small.vcf:TUMOR"]?["suggested_group"] as? String == "D")
        #expect(table["TestData/structural.grch38.vcf:TUMOR"]?["alteration_count"] as? Int == 7)
    }

    /// `explain`'s verdict on each allele, fusion and locus the goldens ask about.
    static let verdicts: [(golden: String, verdict: String)] = [
        ("explain/KRAS-p.G12D.txt", "qualifies for D (D-KRAS-HOTSPOT)"),
        ("explain/12-25398284-C-T.txt", "qualifies for D (D-KRAS-HOTSPOT)"),
        ("explain/chr12-25245350-C-T_--build_GRCh38.txt", "qualifies for D (D-KRAS-HOTSPOT)"),
        ("explain/FLT3-p.D835Y.txt", "qualifies for D (D-FLT3-TKD)"),
        ("explain/NF1-p.R1276x.txt", "qualifies for D (D-NF1-TRUNCATING)"),
        ("explain/JAK2-p.Arg683Gly.txt", "qualifies for C (C-JAK2-DOMAINS)"),
        ("explain/EBF1--PDGFRB.txt", "qualifies for B (B-PDGFRB-FUSION)"),
        // BCR::ABL1 is not named by the B registry text: the board confirms it.
        ("explain/BCR--ABL1_--build_GRCh37.txt", "qualifies for B with the board's confirmation (B-BCR-ABL1)"),
        // The reciprocal: ABL1 5' keeps no kinase domain in the fusion.
        ("explain/ABL1--NUP214.txt", "not met: no qualifying or excluding rule is met"),
        ("explain/chr1-1000-A-G.txt", "not assessed: not a known allele; its protein change decides"),
    ]

    @Test(arguments: verdicts.map(\.golden))
    func explainGivesTheVerdictTheRulesFix(_ golden: String) throws {
        let expected = try #require(Self.verdicts.first { $0.golden == golden }).verdict
        let text = try String(contentsOf: Golden.folder.appendingPathComponent(golden), encoding: .utf8)
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("verdict: ") } == ["verdict: \(expected)"])
    }

    /// `annotate`'s `HEMI_ALTERATION` per record (`-` for a record it leaves untagged), in file order.
    static let tags: [(golden: String, tags: [String])] = [
        // The LowQual NRAS Q61R is a near-miss, not an alteration: untagged.
        (
            "annotate/small.vcf",
            [
                "chr1:114713908 -", "chr12:25245350 KRAS:p.G12D", "chr12:25245351 KRAS:p.G12C",
                "chr12:112450406 PTPN11:p.E76K", "chr13:28034120 FLT3:ITD",
            ]
        ),
        (
            "annotate/tumor_normal.grch38.vcf",
            [
                "chr1:114713909 -", "chr9:5078360 JAK2:p.R683G", "chr12:25245300 -", "chr12:25245350 KRAS:p.G12D",
                "chr13:28034105 FLT3:ITD", "chr17:7675088 -",
            ]
        ),
        // Both records of a breakend pair carry the fusion.
        (
            "annotate/structural.grch38.vcf",
            [
                "chr5:150130253 PDGFRB:EBF1::PDGFRB", "chr5:158754285 PDGFRB:EBF1::PDGFRB", "chr9:5081204 JAK2:PAX5::JAK2",
                "chr9:36984686 JAK2:PAX5::JAK2", "chr9:130833255 ABL1:amplification", "chr9:130844794 ABL1:NUP214::ABL1",
                "chr9:130844794 ABL1:ETV6::ABL1", "chr9:131225545 ABL1:NUP214::ABL1",
                "chr17:31200537 NF1:deletion_(copy_number_not_given)", "chrX:1217723 CRLF2:P2RY8::CRLF2",
                "chrX:1217723 CRLF2:P2RY8::CRLF2", "chrX:1501751 CRLF2:P2RY8::CRLF2",
            ]
        ),
    ]

    @Test(arguments: tags.map(\.golden))
    func annotateTagsEveryQualifyingRecordAndNoOther(_ golden: String) throws {
        let expected = try #require(Self.tags.first { $0.golden == golden }).tags
        let text = try String(contentsOf: Golden.folder.appendingPathComponent(golden), encoding: .utf8)
        let records = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            let tag = fields[7].split(separator: ";").first { $0.hasPrefix("HEMI_ALTERATION=") }?.dropFirst("HEMI_ALTERATION=".count)
            return "\(fields[0]):\(fields[1]) \(tag.map(String.init) ?? "-")"
        }
        #expect(records == expected)
    }

    // MARK: Reading each format

    static func decisions(in data: Data, format name: String) throws -> [Decision] {
        let text = String(decoding: data, as: UTF8.self)
        if name.hasSuffix("_mqc.json") { return try multiQC(data) }
        if name.hasSuffix(".jsonl") {
            return try text.split(separator: "\n").flatMap { try json(Data($0.utf8)) }
        }
        if name.hasSuffix(".json") { return try json(data) }
        if name.hasSuffix(".tsv") { return try tsv(data) }
        return textReport(text)
    }

    static func name(_ alteration: ReportJSON.Alteration) -> String { "\(alteration.gene) \(alteration.alteration) \(alteration.rule_id)" }

    static func json(_ data: Data) throws -> [Decision] {
        try ReportJSON.decode(data).samples.map {
            Decision(
                sample: $0.sample, group: $0.suggested_group, candidates: $0.candidate_groups, alterations: $0.alterations.map(name),
                nearMisses: $0.near_misses.map(name))
        }
    }

    /// Rows of a tab-separated table with a header line, as column → value.
    static func table(_ data: Data) throws -> [[String: String]] {
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        let header = try #require(lines.first)
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// The TSV report: one row per alteration, or one row for a sample without any.
    static func tsv(_ data: Data) throws -> [Decision] {
        var decisions: [Decision] = []
        for row in try table(data) {
            let sample = row["sample"] ?? ""
            let alteration = row["gene"].map { $0.isEmpty ? [] : ["\($0) \(row["alteration"] ?? "") \(row["rule_id"] ?? "")"] } ?? []
            if let last = decisions.last, last.sample == sample {
                decisions[decisions.count - 1] = Decision(
                    sample: sample, group: last.group, candidates: last.candidates,
                    alterations: last.alterations + alteration)
            } else {
                decisions.append(
                    Decision(
                        sample: sample, group: row["suggested_group"] ?? "",
                        candidates: (row["candidate_groups"] ?? "").split(separator: ",").map(String.init), alterations: alteration))
            }
        }
        return decisions
    }

    /// The text report: `sample S: suggested group G (candidates: …)`, the alteration table under its
    /// `gene  alteration  group  rule` header (columns two or more spaces apart), and the near-misses
    /// its `filtered-near-miss` flags name.
    static func textReport(_ text: String) -> [Decision] {
        var decisions: [Decision] = []
        var inTable = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let match = line.firstMatch(of: /^sample (\S+): suggested group (\S+) \(candidates: ([^)]*)\)/) {
                decisions.append(
                    Decision(
                        sample: String(match.1), group: String(match.2),
                        candidates: match.3.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) },
                        alterations: [], nearMisses: []))
                inTable = false
                continue
            }
            guard let current = decisions.last else { continue }
            let columns = line.split(separator: /\s{2,}/).map(String.init)
            if line.hasPrefix("  gene ") { inTable = true; continue }
            if inTable, line.hasPrefix("  "), columns.count >= 6 {
                decisions[decisions.count - 1] = Decision(
                    sample: current.sample, group: current.group, candidates: current.candidates,
                    alterations: current.alterations + ["\(columns[0]) \(columns[1]) \(columns[3])"],
                    nearMisses: current.nearMisses)
                continue
            }
            if let flag = line.firstMatch(of: /^  flag filtered-near-miss: (.+) \(([A-Z]+-[A-Z0-9-]+)\) would qualify/) {
                decisions[decisions.count - 1].nearMisses = (current.nearMisses ?? []) + ["\(flag.1) \(flag.2)"]
            }
        }
        return decisions
    }

    /// MultiQC's custom content: one row per sample with its group, candidates and `GENE alteration (RULE)` list.
    static func multiQC(_ data: Data) throws -> [Decision] {
        let table = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["data"] as? [String: [String: Any]])
        return table.keys.sorted().map { sample in
            let row = table[sample] ?? [:]
            let listed = (row["alterations"] as? String ?? "").components(separatedBy: "; ").filter { !$0.isEmpty }
            return Decision(
                sample: sample, group: row["suggested_group"] as? String ?? "",
                candidates: (row["candidate_groups"] as? String ?? "").split(separator: ",").map(String.init),
                alterations: listed.map { $0.replacing(/\ \(([A-Z]+-[A-Z0-9-]+)\)$/) { " \($0.1)" } })
        }
    }
}

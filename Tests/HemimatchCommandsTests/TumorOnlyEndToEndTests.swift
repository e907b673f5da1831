import Foundation
import HemimatchTestSupport
import Testing

/// Issue 14: an inherited allele never qualifies a child. Tumor-only files with and without
/// population-frequency annotation (VEP CSQ, an INFO tag from `bcftools annotate`, none at all, or
/// none but `--fasta`), in both builds, and tumor/normal files.
@Suite struct TumorOnlyEndToEndTests {
    enum Build: String, CaseIterable {
        case grch37 = "GRCh37"
        case grch38 = "GRCh38"
    }

    /// How the file tells population frequencies: VEP CSQ with gnomAD fields, VEP CSQ without any,
    /// VEP CSQ plus an INFO gnomAD_AF added by `bcftools annotate`, or no annotation at all.
    enum Annotation { case vepWithGnomAD, vepWithoutFrequencies, infoGnomAD, none }

    struct Variant {
        let chrom: String
        let grch37: Int
        let grch38: Int
        let ref: String
        let alt: String
        /// CSQ entry without the frequency fields.
        let csq: String
        /// gnomADe_AF and MAX_AF (empty: not in gnomAD).
        let gnomADe: String
        let maxAF: String

        func position(_ build: Build) -> Int { build == .grch37 ? grch37 : grch38 }
    }

    static let il7rT244I = Variant(
        chrom: "5", grch37: 35_874_575, grch38: 35_874_473, ref: "C", alt: "T",
        csq: "T|missense_variant|IL7R|ENST00000303115.8|c.731C>T|p.Thr244Ile|YES", gnomADe: "0.2717", maxAF: "0.2913")
    static let jak3V722I = Variant(
        chrom: "19", grch37: 17_945_696, grch38: 17_834_887, ref: "C", alt: "T",
        csq: "T|missense_variant|JAK3|ENST00000458235.7|c.2164G>A|p.Val722Ile|YES", gnomADe: "0.0098", maxAF: "0.0117")
    /// An in-frame insertion of two codons between IL7R codons 242 and 243 (c.726_727ins), in the transmembrane window.
    static let il7rInsertion = Variant(
        chrom: "5", grch37: 35_874_570, grch38: 35_874_468, ref: "G", alt: "GTGTCCT",
        csq: "TGTCCT|inframe_insertion|IL7R|ENST00000303115.8|c.726_727insTGTCCT|p.Leu242_Leu243insCysPro|YES",
        gnomADe: "", maxAF: "")
    static let jak2R683G = Variant(
        chrom: "9", grch37: 5_078_360, grch38: 5_078_360, ref: "A", alt: "G",
        csq: "G|missense_variant|JAK2|ENST00000381652.4|c.2047A>G|p.Arg683Gly|YES", gnomADe: "", maxAF: "")
    static let krasG12D = Variant(
        chrom: "12", grch37: 25_398_284, grch38: 25_245_350, ref: "C", alt: "T",
        csq: "T|missense_variant|KRAS|ENST00000311936.8|c.35G>A|p.Gly12Asp|YES", gnomADe: "0.000004", maxAF: "0.000009")
    /// A novel JAK2 missense inside the C-JAK2-DOMAINS window, with no frequency data at all.
    static let jak2L679F = Variant(
        chrom: "9", grch37: 5_078_348, grch38: 5_078_348, ref: "C", alt: "T",
        csq: "T|missense_variant|JAK2|ENST00000381652.4|c.2035C>T|p.Leu679Phe|YES", gnomADe: "", maxAF: "")

    static let lengths: [Build: [String: Int]] = [
        .grch37: ["5": 180_915_260, "9": 141_213_431, "12": 133_851_895, "19": 59_128_983],
        .grch38: ["5": 181_538_259, "9": 138_394_717, "12": 133_275_309, "19": 58_617_616],
    ]

    /// A VCF of `variants`, tumor-only (TUMOR) or tumor/normal (TUMOR, NORMAL with `##normal_sample`);
    /// every record also carries the caller's INFO AF (the tumor's allele fraction, never a population frequency).
    static func vcf(_ variants: [(Variant, tumorAD: String, normalAD: String?)], build: Build, annotation: Annotation) -> String {
        let normal = variants.contains { $0.normalAD != nil }
        var text = "##fileformat=VCFv4.2\n"
        for chrom in ["5", "9", "12", "19"] { text += "##contig=<ID=chr\(chrom),length=\(lengths[build]![chrom]!)>\n" }
        if normal { text += "##tumor_sample=TUMOR\n##normal_sample=NORMAL\n" }
        text += "##INFO=<ID=AF,Number=A,Type=Float,Description=\"Allele fraction of the tumor (caller)\">\n"
        switch annotation {
        case .vepWithGnomAD:
            text +=
                "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp|CANONICAL|gnomADe_AF|MAX_AF\">\n"
        case .vepWithoutFrequencies:
            text +=
                "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp|CANONICAL\">\n"
        case .infoGnomAD:
            text +=
                "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp|CANONICAL\">\n"
            text +=
                "##INFO=<ID=gnomAD_AF,Number=A,Type=Float,Description=\"Alternate allele frequency in samples (bcftools annotate from gnomAD v4.1 exomes)\">\n"
        case .none:
            break
        }
        text +=
            "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
        text += "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\(normal ? "\tNORMAL" : "")\n"
        for (variant, tumorAD, normalAD) in variants.sorted(by: {
            ($0.0.chrom.count, $0.0.chrom, $0.0.position(build)) < ($1.0.chrom.count, $1.0.chrom, $1.0.position(build))
        }) {
            let counts = tumorAD.split(separator: ",").compactMap { Double($0) }
            var info = ["AF=\((counts[1] / (counts[0] + counts[1]) * 100).rounded() / 100)"]
            switch annotation {
            case .vepWithGnomAD: info.append("CSQ=\(variant.csq)|\(variant.gnomADe)|\(variant.maxAF)")
            case .vepWithoutFrequencies: info.append("CSQ=\(variant.csq)")
            case .infoGnomAD:
                info.append("CSQ=\(variant.csq)")
                if !variant.gnomADe.isEmpty { info.append("gnomAD_AF=\(variant.gnomADe)") }
            case .none: break
            }
            let genotype = normalAD.map { ad in "\t\(ad.hasPrefix("0,") || ad.split(separator: ",").last == "0" ? "0/0" : "0/1"):\(ad)" } ?? ""
            text +=
                "chr\(variant.chrom)\t\(variant.position(build))\t.\t\(variant.ref)\t\(variant.alt)\t.\tPASS\t\(info.joined(separator: ";"))\tGT:AD\t0/1:\(tumorAD)\(genotype)\n"
        }
        return text
    }

    struct Report: Decodable {
        struct Run: Decodable {
            let mode: String
            let normal_samples: [String]
            let max_population_af: Double
            let population_af_fields: [String]
            let polymorphism_table_entries: Int
            let genome_build: String
        }
        struct Record: Decodable { let variant: String; let filter: String }
        struct Alteration: Decodable {
            let gene: String
            let alteration: String
            let groups: [String]
            let rule_id: String
            let near_miss_reason: String?
            let population_af: Double?
            let population_af_field: String?
            let records: [Record]
        }
        struct Flag: Decodable { let code: String; let message: String }
        struct Sample: Decodable {
            let sample: String
            let alterations: [Alteration]
            let near_misses: [Alteration]
            let candidate_groups: [String]
            let suggested_group: String
            let flags: [Flag]
        }
        let run: Run
        let samples: [Sample]
    }

    private func run(
        _ variants: [(Variant, tumorAD: String, normalAD: String?)], build: Build, annotation: Annotation,
        extra: [String] = [], fasta: ((URL) throws -> String)? = nil
    ) throws -> (Report, String) {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tumor.vcf")
        try Self.vcf(variants, build: build, annotation: annotation).write(to: path, atomically: true, encoding: .utf8)
        var arguments = [path.path, "--quiet"] + extra
        if let fasta { arguments += ["--fasta", try fasta(folder)] }
        let json = try Hemimatch.run(arguments + ["--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        try SchemaCheck.validate(json.stdout)
        let text = try Hemimatch.run(arguments + ["--format", "text"])
        return (try JSONDecoder().decode(Report.self, from: json.stdout), text.text)
    }

    private func tumorOnly(_ variants: [Variant], build: Build, annotation: Annotation, extra: [String] = []) throws -> (
        Report.Sample, Report.Run, String
    ) {
        let (report, text) = try run(variants.map { ($0, "52,48", nil) }, build: build, annotation: annotation, extra: extra)
        return (try #require(report.samples.first), report.run, text)
    }

    @Test(
        "IL7R p.T244I heterozygous, tumor-only: a near-miss, never group C", arguments: Build.allCases,
        [Annotation.vepWithGnomAD, .vepWithoutFrequencies, .infoGnomAD, .none])
    func il7rT244IIsNeverAnAlteration(build: Build, annotation: Annotation) throws {
        let (sample, run, text) = try tumorOnly([Self.il7rT244I], build: build, annotation: annotation)
        #expect(run.genome_build == build.rawValue)
        #expect(run.mode == "tumor-only")
        #expect(run.polymorphism_table_entries == 2)
        #expect(sample.alterations.isEmpty)
        #expect(sample.candidate_groups == ["A"])
        #expect(sample.suggested_group == "incomplete")
        #expect(!sample.candidate_groups.contains("C"))
        #expect(text.contains("mode: tumor-only (no matched normal)"))
        switch annotation {
        case .none:
            // Without annotation or --fasta the amino acid is unknown: no rule is met at all.
            #expect(sample.near_misses.isEmpty)
        case .vepWithGnomAD, .vepWithoutFrequencies, .infoGnomAD:
            let miss = try #require(sample.near_misses.first)
            #expect(sample.near_misses.count == 1)
            #expect("\(miss.gene) \(miss.alteration) \(miss.rule_id) \(miss.groups)" == "IL7R p.T244I C-IL7R-TM-MISSENSE [\"C\"]")
            #expect(miss.near_miss_reason == "common-polymorphism")
            let expected: (Double, String) =
                annotation == .vepWithGnomAD
                ? (0.2913, "CSQ/MAX_AF")
                : annotation == .infoGnomAD ? (0.2717, "gnomAD_AF") : (0.25, "hemimatch polymorphism table (rs6897932, approximate)")
            #expect(miss.population_af == expected.0)
            #expect(miss.population_af_field == expected.1)
            // A table entry decides whatever the threshold (issue 27); the highest frequency is what is shown.
            let listed = "\(expected.1) \(expected.0), listed as a polymorphism (never an alteration, whatever --max-population-af says)"
            #expect(miss.records.map(\.filter) == ["common-polymorphism: \(listed)"])
            #expect(sample.flags.map(\.code) == ["arm-not-recruiting", "common-polymorphism", "routes-not-assessable", "screen-incomplete"])
            #expect(
                sample.flags.first(where: { $0.code == "common-polymorphism" })?.message
                    == "IL7R p.T244I (C-IL7R-TM-MISSENSE) would qualify for C but is a common polymorphism: \(listed); not an alteration")
            #expect(text.contains("flag common-polymorphism: IL7R p.T244I (C-IL7R-TM-MISSENSE) would qualify for C but is a common polymorphism"))
        }
    }

    @Test("IL7R p.T244I in an unannotated file with --fasta: translated, then blocked by the polymorphism table", arguments: Build.allCases)
    func il7rT244IWithTheGenome(build: Build) throws {
        let variant = Self.il7rT244I
        let (report, _) = try run([(variant, "52,48", nil)], build: build, annotation: .none) { folder in
            // chr5 up to past IL7R, all A but codon 244 (c.730-732) reading ACC (Thr).
            var bases = [UInt8](repeating: UInt8(ascii: "A"), count: 35_900_000)
            let first = variant.position(build) - 1 // c.730
            for (offset, base) in "ACC".utf8.enumerated() { bases[first - 1 + offset] = base }
            var text = ">chr5\n"
            text.reserveCapacity(bases.count + bases.count / 60 + 8)
            for start in stride(from: 0, to: bases.count, by: 60) {
                text += String(decoding: bases[start..<min(start + 60, bases.count)], as: UTF8.self) + "\n"
            }
            let path = folder.appendingPathComponent("genome.fa").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let sample = try #require(report.samples.first)
        #expect(sample.alterations.isEmpty)
        #expect(sample.candidate_groups == ["A"])
        #expect(
            sample.near_misses.map { "\($0.gene) \($0.alteration) \($0.near_miss_reason ?? "-") \($0.population_af_field ?? "-")" }
                == ["IL7R p.T244I common-polymorphism hemimatch polymorphism table (rs6897932, approximate)"])
    }

    @Test("JAK3 p.V722I with a gnomAD frequency: a near-miss, never group C; without annotation nothing is met", arguments: Build.allCases)
    func jak3V722I(build: Build) throws {
        for annotation in [Annotation.vepWithGnomAD, .infoGnomAD] {
            let (sample, _, _) = try tumorOnly([Self.jak3V722I], build: build, annotation: annotation)
            #expect(sample.alterations.isEmpty)
            #expect(sample.candidate_groups == ["A"])
            let miss = try #require(sample.near_misses.first)
            #expect(
                "\(miss.gene) \(miss.alteration) \(miss.rule_id) \(miss.near_miss_reason ?? "-")" == "JAK3 p.V722I C-JAK3-DOMAINS common-polymorphism"
            )
            // The highest frequency counts: VEP's MAX_AF 0.0117, else the table's 0.01 over the INFO gnomAD_AF 0.0098.
            #expect(miss.population_af == (annotation == .vepWithGnomAD ? 0.0117 : 0.01))
            #expect(
                miss.population_af_field == (annotation == .vepWithGnomAD ? "CSQ/MAX_AF" : "hemimatch polymorphism table (rs3213409, approximate)"))
        }
        // VEP without frequencies: the polymorphism table's 1% blocks it.
        let (plain, _, _) = try tumorOnly([Self.jak3V722I], build: build, annotation: .vepWithoutFrequencies)
        #expect(plain.alterations.isEmpty && plain.candidate_groups == ["A"])
        #expect(plain.near_misses.map { "\($0.alteration) \($0.population_af ?? -1)" } == ["p.V722I 0.01"])
        // Unannotated: V722I left the hotspot table, so nothing meets a rule any more.
        let (bare, _, _) = try tumorOnly([Self.jak3V722I], build: build, annotation: .none)
        #expect(bare.alterations.isEmpty && bare.near_misses.isEmpty && bare.candidate_groups == ["A"])
    }

    @Test(
        "rare alterations still qualify: IL7R TM insertion, JAK2 p.R683G, KRAS p.G12D, a window missense without frequency data",
        arguments: Build.allCases, [Annotation.vepWithGnomAD, .vepWithoutFrequencies, .infoGnomAD])
    func rareAlterationsStillQualify(build: Build, annotation: Annotation) throws {
        let (sample, run, _) = try tumorOnly(
            [Self.il7rInsertion, Self.jak2R683G, Self.jak2L679F, Self.krasG12D, Self.il7rT244I],
            build: build, annotation: annotation)
        #expect(run.mode == "tumor-only")
        #expect(
            sample.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == [
                "IL7R p.L242_L243insCP C-IL7R-TM", "JAK2 p.L679F C-JAK2-DOMAINS", "JAK2 p.R683G C-JAK2-DOMAINS", "KRAS p.G12D D-KRAS-HOTSPOT",
            ])
        #expect(sample.candidate_groups == ["C", "D"])
        #expect(sample.suggested_group == "review")
        #expect(sample.near_misses.map { "\($0.gene) \($0.alteration) \($0.near_miss_reason ?? "-")" } == ["IL7R p.T244I common-polymorphism"])
        let kras = try #require(sample.alterations.last)
        #expect(kras.population_af == (annotation == .vepWithGnomAD ? 0.000009 : annotation == .infoGnomAD ? 0.000004 : nil))
        #expect(sample.alterations.dropLast().allSatisfy { $0.population_af == nil })
    }

    @Test("unannotated: the IL7R TM insertion (consequence engine), JAK2 p.R683G and KRAS p.G12D (hotspot table) qualify", arguments: Build.allCases)
    func unannotatedStillQualifies(build: Build) throws {
        let (sample, run, text) = try tumorOnly([Self.il7rInsertion, Self.jak2R683G, Self.krasG12D], build: build, annotation: .none)
        #expect(run.population_af_fields.isEmpty)
        // Without the genome the engine knows the codons of the insertion, not its residues.
        #expect(
            sample.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" }.sorted() == [
                "IL7R p.X242_X243insXX C-IL7R-TM", "JAK2 p.R683G C-JAK2-DOMAINS", "KRAS p.G12D D-KRAS-HOTSPOT",
            ])
        #expect(sample.candidate_groups == ["C", "D"])
        #expect(sample.near_misses.isEmpty)
        #expect(text.contains("no population-frequency field in this file"))
    }

    @Test("--max-population-af and --population-af-field move the line")
    func thresholdAndExtraField() throws {
        // At 0.5 the T244I frequency of 0.29 is below the threshold, but the polymorphism table lists it: never C (issue 27).
        let (loose, run, _) = try tumorOnly([Self.il7rT244I], build: .grch38, annotation: .vepWithGnomAD, extra: ["--max-population-af", "0.5"])
        #expect(run.max_population_af == 0.5)
        #expect(loose.alterations.isEmpty)
        #expect(loose.candidate_groups == ["A"])
        let bad = try Hemimatch.run([Hemimatch.testData("tumor_normal.grch38.vcf"), "--max-population-af", "2"])
        #expect(bad.status == 64)
        #expect(
            bad.stderr == "hemimatch: --max-population-af must be a fraction from 0 to 1, not 2.0; 2.0 looks like a percent: write 0.02 for 2.0%\n")
        let negative = try Hemimatch.run([Hemimatch.testData("tumor_normal.grch38.vcf"), "--cnv-loss-log2", "-1.0", "--format", "tsv"])
        #expect(negative.status == 0, "\(negative.stderr)")
    }

    @Test(
        "tumor/normal: an allele present in the normal is germline, not an alteration; low normal support is kept and flagged",
        arguments: Build.allCases)
    func matchedNormal(build: Build) throws {
        let (report, text) = try run(
            [
                (Self.krasG12D, tumorAD: "50,50", normalAD: "48,52"), // germline KRAS G12D: not a constitutional allele, no RASopathy flag
                (Self.jak2L679F, tumorAD: "55,45", normalAD: "30,28"), // germline, rare: still not the tumor's
                (Self.jak2R683G, tumorAD: "60,40", normalAD: "95,5"), // tumor-in-normal contamination: kept
            ], build: build, annotation: .vepWithoutFrequencies)
        #expect(report.run.mode == "tumor/normal")
        #expect(report.run.normal_samples == ["NORMAL"])
        #expect(report.samples.map(\.sample) == ["TUMOR"])
        let tumor = try #require(report.samples.first)
        #expect(tumor.alterations.map { "\($0.gene) \($0.alteration)" } == ["JAK2 p.R683G"])
        #expect(tumor.candidate_groups == ["C"])
        #expect(tumor.suggested_group == "C")
        #expect(
            tumor.near_misses.map { "\($0.gene) \($0.alteration) \($0.near_miss_reason ?? "-")" } == [
                "JAK2 p.L679F germline", "KRAS p.G12D germline",
            ])
        #expect(tumor.near_misses.last?.records.map(\.filter) == ["germline: VAF 0.52 in the normal NORMAL (>= 0.2)"])
        #expect(
            tumor.flags.map(\.code) == [
                "arm-not-recruiting", "germline-in-normal", "germline-in-normal", "routes-not-assessable", "screen-incomplete", "tumor-in-normal",
            ])
        #expect(
            tumor.flags.contains {
                $0.message
                    == "JAK2 p.R683G (C-JAK2-DOMAINS) has VAF 0.05 in the normal NORMAL, below the germline level 0.2: kept as the tumor's; possible tumor-in-normal contamination, check the normal"
            })
        #expect(text.contains("mode: tumor/normal (normal: NORMAL)"))
    }

    @Test(
        "--normal names the matched normal of a real Strelka pair whose header does not (megSAP)",
        .enabled(if: Hemimatch.hasSharedTestData, Hemimatch.sharedMissing))
    func namedNormal() throws {
        let path = Hemimatch.shared("megsap/an_vcf_out_som_vicc.vcf")
        let decode = { (result: Hemimatch.Result) throws -> Report in
            #expect(result.status == 0, "\(result.stderr)")
            try SchemaCheck.validate(result.stdout)
            return try JSONDecoder().decode(Report.self, from: result.stdout)
        }
        let tumorOnly = try decode(try Hemimatch.run([path, "--format", "json", "--quiet", "-s", "DX000001_01"]))
        #expect(tumorOnly.run.mode == "tumor-only")
        #expect(
            tumorOnly.run.population_af_fields == [
                "gnomADg_AF", "gnomADg_AFR_AF", "gnomADg_AMR_AF", "gnomADg_EAS_AF", "gnomADg_NFE_AF", "gnomADg_SAS_AF",
            ])
        let paired = try decode(try Hemimatch.run([path, "--format", "json", "--quiet", "--normal", "DX000002_01"]))
        #expect(paired.run.mode == "tumor/normal")
        #expect(paired.run.normal_samples == ["DX000002_01"])
        #expect(paired.samples.map(\.sample) == ["DX000001_01"])
        // KRAS p.G12V has no read in the normal: the tumor's, group D, no germline flag.
        let tumor = try #require(paired.samples.first)
        #expect(tumor.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == ["KRAS p.G12V D-KRAS-HOTSPOT"])
        #expect(tumor.candidate_groups == ["D"])
        #expect(!tumor.flags.contains { $0.code.hasPrefix("germline") || $0.code == "tumor-in-normal" })
        let wrong = try Hemimatch.run([path, "--normal", "NOPE"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("normal sample 'NOPE' is not in the file (it has DX000002_01, DX000001_01)"))
    }

    @Test("explain says a polymorphism of the table is never an alteration")
    func explainSaysSo() throws {
        let byProtein = try Hemimatch.run(["explain", "IL7R:p.Thr244Ile"])
        #expect(byProtein.status == 0)
        let lines = byProtein.text.split(separator: "\n").map(String.init)
        #expect(lines.first == "IL7R p.T244I")
        #expect(
            lines.dropFirst().first?.hasPrefix(
                "  common-polymorphism: IL7R p.T244I (rs6897932) has population frequency 0.25 (approximate) in the knowledge base's polymorphism table, above the default --max-population-af 0.001: in a variant file it is a near-miss (reason common-polymorphism), never an alteration"
            ) == true)
        #expect(lines.contains { $0.hasPrefix("  C-IL7R-TM-MISSENSE  met") })
        let byPosition = try Hemimatch.run(["explain", "chr19:17834887:C:T", "--build", "GRCh38"])
        #expect(byPosition.status == 0)
        #expect(
            byPosition.text.hasPrefix(
                "chr19:17834887:C:T is JAK3 p.V722I (NM_000215.4:c.2164G>A) in GRCh38\n  common-polymorphism: JAK3 p.V722I (rs3213409)"))
    }
}

import Foundation
import HemimatchTestSupport
import Testing

/// Per-sample support of structural records as each caller writes it: a tumor/normal file with
/// BCR::ABL1 in the tumor only gives the fusion to the tumor alone, whichever caller wrote it. The
/// FORMAT definitions and values follow each caller's own header and documentation (Manta, GRIDSS,
/// DELLY, LUMPY, SvABA, Sniffles/cuteSV, nanomonsv, GATK-SV); the files are written here.
@Suite struct CallerSupportEndToEndTests {
    /// BCR (chr22, + strand) 5' joined to ABL1 (chr9, + strand) 3', GRCh38, intron 13 to intron 1.
    static let bcr = 23_290_413, abl1 = 130_854_064

    struct Caller: Sendable, CustomTestStringConvertible {
        let name: String
        /// The caller as the run metadata names it.
        let recognisedAs: String
        let fields: [String]
        let header: [String]
        let format: String
        let tumor: String
        let normal: String
        var samples = ["T1", "N1"]
        /// The second column is recognised as the normal by its name (the one column beside `TUMOR`),
        /// so it is screened as the normal and not profiled.
        var normalRecognised = false
        /// `<BND>` with CHR2/END2/STRANDS (GATK-SV) rather than a breakend pair.
        var symbolic = false
        var testDescription: String { name }
    }

    /// LUMPY's FORMAT lines; smoove adds SVTyper's.
    static let lumpyHeader = [
        "##source=LUMPY",
        "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
        "##FORMAT=<ID=SU,Number=1,Type=Integer,Description=\"Number of pieces of evidence supporting the variant\">",
        "##FORMAT=<ID=PE,Number=1,Type=Integer,Description=\"Number of paired-end reads supporting the variant\">",
        "##FORMAT=<ID=SR,Number=1,Type=Integer,Description=\"Number of split reads supporting the variant\">",
    ]

    static let callers: [Caller] = [
        Caller(
            name: "Manta", recognisedAs: "Manta", fields: ["PR", "SR"],
            header: [
                "##source=GenerateSVCandidates 1.6.0",
                "##FORMAT=<ID=PR,Number=.,Type=Integer,Description=\"Spanning paired-read support for the ref and alt alleles in the order listed\">",
                "##FORMAT=<ID=SR,Number=.,Type=Integer,Description=\"Split reads for the ref and alt alleles in the order listed, for reads where P(allele|read)>0.999\">",
            ],
            format: "PR:SR", tumor: "20,15:18,12", normal: "30,0:25,0"),
        Caller(
            name: "GRIDSS", recognisedAs: "GRIDSS/GRIPSS/PURPLE", fields: ["VF", "BVF", "REF", "REFPAIR"],
            header: [
                "##gridssVersion=2.13.2-gridss",
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
                "##FORMAT=<ID=BVF,Number=1,Type=Integer,Description=\"Count of fragments providing breakend for the variant allele.\">",
                "##FORMAT=<ID=REF,Number=1,Type=Integer,Description=\"Count of reads mapping across this breakend\">",
                "##FORMAT=<ID=REFPAIR,Number=1,Type=Integer,Description=\"Count of reference read pairs spanning this breakend supporting the reference allele\">",
                "##FORMAT=<ID=SR,Number=1,Type=Integer,Description=\"Count of split reads supporting breakpoint per category\">",
                "##FORMAT=<ID=VF,Number=1,Type=Integer,Description=\"Count of fragments supporting the variant breakpoint allele and not the reference allele.\">",
            ],
            format: "GT:BVF:REF:REFPAIR:SR:VF", tumor: ".:40:30:10:22:40", normal: ".:0:45:20:0:0"),
        Caller(
            name: "DELLY", recognisedAs: "DELLY", fields: ["DV", "RV", "DR", "RR"],
            header: [
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
                "##FORMAT=<ID=DR,Number=1,Type=Integer,Description=\"# high-quality reference pairs\">",
                "##FORMAT=<ID=DV,Number=1,Type=Integer,Description=\"# high-quality variant pairs\">",
                "##FORMAT=<ID=RR,Number=1,Type=Integer,Description=\"# high-quality reference junction reads\">",
                "##FORMAT=<ID=RV,Number=1,Type=Integer,Description=\"# high-quality variant junction reads\">",
            ],
            format: "GT:DR:DV:RR:RV", tumor: "0/1:30:15:25:12", normal: "0/0:40:0:35:0"),
        Caller(
            name: "LUMPY", recognisedAs: "LUMPY/smoove", fields: ["SU", "PE", "SR"],
            header: lumpyHeader, format: "GT:SU:PE:SR", tumor: "./.:15:10:5", normal: "./.:0:0:0"),
        Caller(
            name: "smoove (LUMPY + SVTyper)", recognisedAs: "LUMPY/smoove", fields: ["SU", "PE", "SR", "AO", "RO"],
            header: lumpyHeader + [
                "##FORMAT=<ID=RO,Number=1,Type=Integer,Description=\"Reference allele observation count, with partial observations recorded fractionally\">",
                "##FORMAT=<ID=AO,Number=A,Type=Integer,Description=\"Alternate allele observations, with partial observations recorded fractionally\">",
            ],
            format: "GT:SU:PE:SR:RO:AO", tumor: "0/1:20:12:8:25:20", normal: "0/0:0:0:0:40:0"),
        Caller(
            name: "SvABA", recognisedAs: "SvABA", fields: ["AD", "DR", "SR", "DP"],
            header: [
                "##source=svaba",
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Most likely genotype\">",
                "##FORMAT=<ID=AD,Number=1,Type=Integer,Description=\"Allele depth: Number of reads supporting the variant\">",
                "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth of coverage: Number of reads covering site.\">",
                "##FORMAT=<ID=DR,Number=1,Type=Integer,Description=\"Number of discordant-supported reads for this variant\">",
                "##FORMAT=<ID=SR,Number=1,Type=Integer,Description=\"Number of spanning reads for this variants\">",
                "##FORMAT=<ID=LO,Number=1,Type=Float,Description=\"Log-odds that this variant is real vs artifact\">",
            ],
            format: "GT:AD:DP:DR:SR:LO", tumor: "0/1:20:60:12:8:35.2", normal: "0/0:0:50:0:0:-3.1"),
        Caller(
            name: "Sniffles2", recognisedAs: "Sniffles/cuteSV", fields: ["DV", "DR"],
            header: [
                "##source=Sniffles2_2.2",
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
                "##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Genotype quality\">",
                "##FORMAT=<ID=DR,Number=1,Type=Integer,Description=\"Number of reference reads\">",
                "##FORMAT=<ID=DV,Number=1,Type=Integer,Description=\"Number of variant reads\">",
            ],
            format: "GT:GQ:DR:DV", tumor: "0/1:60:20:15", normal: "0/0:60:25:0"),
        Caller(
            name: "cuteSV", recognisedAs: "Sniffles/cuteSV", fields: ["DV", "DR"],
            header: [
                "##source=cuteSV-1.0.11",
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
                "##FORMAT=<ID=DR,Number=1,Type=Integer,Description=\"# High-quality reference reads\">",
                "##FORMAT=<ID=DV,Number=1,Type=Integer,Description=\"# High-quality variant reads\">",
            ],
            format: "GT:DR:DV", tumor: "0/1:18:14", normal: "0/0:30:0"),
        Caller(
            name: "nanomonsv", recognisedAs: "nanomonsv", fields: ["VR", "TR"],
            header: [
                "##source=nanomonsv-0.7.0",
                "##FORMAT=<ID=TR,Number=1,Type=Integer,Description=\"The number of reads around the breakpoints\">",
                "##FORMAT=<ID=VR,Number=1,Type=Integer,Description=\"The number of variant supporting reads determined in the validation realignment step\">",
            ],
            format: "TR:VR", tumor: "40:18", normal: "35:0", samples: ["TUMOR", "CONTROL"], normalRecognised: true),
        Caller(
            name: "GATK-SV", recognisedAs: "GATK-SV", fields: ["GT", "EV"],
            header: [
                "##source=GATK-SV",
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
                "##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Genotype Quality\">",
                "##FORMAT=<ID=EV,Number=1,Type=String,Description=\"Classes of evidence supporting final genotype\">",
                "##FORMAT=<ID=PE_GT,Number=1,Type=Integer,Description=\"Paired-end genotype\">",
                "##FORMAT=<ID=SR_GT,Number=1,Type=Integer,Description=\"Split-read genotype\">",
            ],
            format: "GT:GQ:EV:PE_GT:SR_GT", tumor: "0/1:99:PE,SR:1:1", normal: "0/0:99:PE,SR:0:0", symbolic: true),
    ]

    /// A GRCh38 file with BCR::ABL1 written as this caller writes it.
    static func vcf(_ caller: Caller, extraRecords: [String] = []) -> String {
        var lines =
            ["##fileformat=VCFv4.2"] + caller.header + [
                "##contig=<ID=chr9,length=138394717>", "##contig=<ID=chr22,length=50818468>",
                "##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"Type of structural variant\">",
                "##INFO=<ID=MATEID,Number=.,Type=String,Description=\"ID of mate breakends\">",
                "##INFO=<ID=END,Number=1,Type=Integer,Description=\"End position of the variant described in this record\">",
                "##INFO=<ID=CHR2,Number=1,Type=String,Description=\"Second contig\">",
                "##INFO=<ID=END2,Number=1,Type=Integer,Description=\"Position of breakpoint on CHR2\">",
                "##INFO=<ID=STRANDS,Number=1,Type=String,Description=\"Breakpoint strandedness [++,+-,-+,--]\">",
                "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t" + caller.samples.joined(separator: "\t"),
            ]
        let samples = "\(caller.format)\t\(caller.tumor)\t\(caller.normal)"
        if caller.symbolic {
            lines.append("chr22\t\(bcr)\tBCR_ABL1\tN\t<BND>\t999\tPASS\tSVTYPE=BND;CHR2=chr9;END2=\(abl1);STRANDS=+-\t\(samples)")
        } else {
            lines += extraRecords
            lines.append("chr9\t\(abl1)\tbnd_2\tN\t]chr22:\(bcr)]N\t.\tPASS\tSVTYPE=BND;MATEID=bnd_1\t\(samples)")
            lines.append("chr22\t\(bcr)\tbnd_1\tN\tN[chr9:\(abl1)[\t.\tPASS\tSVTYPE=BND;MATEID=bnd_2\t\(samples)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func report(_ text: String, _ arguments: [String] = []) throws -> (Hemimatch.Result, [String: Any]) {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("calls.vcf")
        try text.write(to: file, atomically: true, encoding: .utf8)
        // The file is one bcftools reads as it is.
        try Hemimatch.tool("bcftools view -H '\(file.path)' > /dev/null")
        let result = try Hemimatch.run([file.path, "--format", "json"] + arguments)
        guard result.status == 0 else { return (result, [:]) }
        _ = try ReportJSON.decode(result.stdout)
        return (result, try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]))
    }

    private static func samples(_ json: [String: Any]) -> [String: [String: Any]] {
        let list = json["samples"] as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: list.map { ($0["sample"] as? String ?? "", $0) })
    }

    private static func alterations(_ sample: [String: Any]?, _ key: String = "alterations") -> [String] {
        (sample?[key] as? [[String: Any]] ?? []).map { "\($0["gene"] ?? "") \($0["alteration"] ?? "") \($0["rule_id"] ?? "")" }
    }

    @Test("the tumor alone carries BCR::ABL1", arguments: callers)
    func tumorAloneCarriesTheFusion(caller: Caller) throws {
        let (result, json) = try report(Self.vcf(caller))
        #expect(result.status == 0, "\(result.stderr)")
        let samples = Self.samples(json)
        let tumor = samples[caller.samples[0]], normal = samples[caller.samples[1]]
        #expect(Self.alterations(tumor) == ["ABL1 BCR::ABL1 B-BCR-ABL1"])
        #expect(tumor?["candidate_groups"] as? [String] == ["B"])
        if caller.normalRecognised {
            #expect(samples.keys.sorted() == [caller.samples[0]])
            #expect((json["run"] as? [String: Any])?["normal_samples"] as? [String] == [caller.samples[1]])
        } else {
            #expect(samples.keys.sorted() == caller.samples.sorted())
            #expect(Self.alterations(normal) == [])
            #expect(Self.alterations(normal, "near_misses") == [])
            #expect(normal?["candidate_groups"] as? [String] == ["A"])
            #expect(normal?["other_findings"] as? [String] == [])
        }
        let support = (json["run"] as? [String: Any])?["structural_support"] as? [String: Any]
        #expect(support?["caller"] as? String == caller.recognisedAs)
        #expect(support?["fields"] as? [String] == caller.fields)
        #expect(support?["records_without_sample_support"] as? Int == 0)
        #expect(!result.stderr.contains("support-not-per-sample"), "\(result.stderr)")
    }

    @Test("a caller that writes no per-sample support: every sample gets the call, flagged, warned and in the run metadata")
    func noPerSampleSupportIsSaid() throws {
        let caller = Caller(
            name: "none", recognisedAs: "generic", fields: [],
            header: ["##FORMAT=<ID=FT,Number=1,Type=String,Description=\"Per-sample filter\">"],
            format: "FT", tumor: "PASS", normal: "PASS")
        let (result, json) = try report(Self.vcf(caller))
        #expect(result.status == 0, "\(result.stderr)")
        let samples = Self.samples(json)
        for name in ["T1", "N1"] {
            #expect(Self.alterations(samples[name]) == ["ABL1 BCR::ABL1 B-BCR-ABL1"], "\(name)")
            let flags = (samples[name]?["flags"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
            #expect(flags.contains("support-not-per-sample"), "\(name): \(flags)")
        }
        let run = json["run"] as? [String: Any]
        let support = run?["structural_support"] as? [String: Any]
        #expect(support?["caller"] as? String == "generic")
        #expect(support?["fields"] as? [String] == [])
        #expect(support?["records_without_sample_support"] as? Int == 2)
        #expect(support?["examples"] as? [String] == ["chr9:130854064:bnd_2", "chr22:23290413:bnd_1"])
        #expect(support?["samples_given_unsupported_records"] as? [String] == ["T1", "N1"])
        let warnings = run?["warnings"] as? [String] ?? []
        #expect(
            warnings.contains { $0.hasPrefix("2 structural records (e.g. chr9:130854064:bnd_2; chr22:23290413:bnd_1) give no sample any support") },
            "\(warnings)")
    }

    @Test("a GRIDSS single breakend in ABL1 keeping its 3' part is a near-miss of the ABL1 rules, in the tumor only")
    func singleBreakendIsANearMiss() throws {
        let gridss = Self.callers[1]
        let single = "chr9\t\(Self.abl1 + 50)\tsbe_1\tN\t.N\t.\tPASS\tSVTYPE=BND\t\(gridss.format)\t.:12:30:10:5:0\t.:0:40:20:0:0"
        // The reverse: a breakend keeping ABL1's 5' part leaves no kinase fusion and is not reported.
        let reverse = "chr9\t\(Self.abl1 + 90)\tsbe_2\tN\tN.\t.\tPASS\tSVTYPE=BND\t\(gridss.format)\t.:12:30:10:5:0\t.:0:40:20:0:0"
        let (result, json) = try report(Self.vcf(gridss, extraRecords: [single, reverse]))
        #expect(result.status == 0, "\(result.stderr)")
        let samples = Self.samples(json)
        #expect(Self.alterations(samples["T1"]) == ["ABL1 BCR::ABL1 B-BCR-ABL1"])
        #expect(Self.alterations(samples["T1"], "near_misses") == ["ABL1 ?::ABL1 B-ABL1-FUSION", "ABL1 ?::ABL1 B-BCR-ABL1"])
        let records = (samples["T1"]?["near_misses"] as? [[String: Any]])?.first?["records"] as? [[String: Any]]
        #expect(records?.first?["filter"] as? String == "single breakend, partner unknown (FILTER PASS)")
        #expect(Self.alterations(samples["N1"], "near_misses") == [])
    }

    @Test("Long Ranger's telomeric POS 0 and novoBreak's extra columns: read, each warned about once by record")
    func oddRecordsAreReadAndWarned() throws {
        let delly = Self.callers[2]
        let telomere = "chr9\t0\tlr_del\tN\t<DEL>\t.\tPASS\tSVTYPE=DEL;END=10000\t\(delly.format)\t0/1:30:15:25:12\t0/0:40:0:35:0"
        let extra = "chr22\t30000000\tnb_1\tA\tC\t.\tPASS\t.\t\(delly.format)\t0/1:30:15:25:12\t0/0:40:0:35:0\t9\t4"
        var text = Self.vcf(delly, extraRecords: [telomere])
        text += extra + "\n"
        let (result, json) = try report(text)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.alterations(Self.samples(json)["T1"]) == ["ABL1 BCR::ABL1 B-BCR-ABL1"])
        let run = json["run"] as? [String: Any]
        #expect(run?["records_read"] as? Int == 4)
        let warnings = run?["warnings"] as? [String] ?? []
        #expect(
            warnings.contains("record 1 (chr9:0): POS 0, the VCF specification's telomere position: read as htslib and bcftools read it"),
            "\(warnings)")
        #expect(
            warnings.contains(
                "record 4 (chr22:30000000, 13 columns, the header 11): more columns than the header names, off the VCF specification: the extra columns are ignored, as htslib and bcftools ignore them"
            ),
            "\(warnings)")
        // Fewer columns than the header names is what htslib itself cannot parse: still an error.
        let short = Self.vcf(delly) + "chr22\t30000000\tnb_1\tA\tC\t.\tPASS\t.\t\(delly.format)\t0/1:30:15:25:12\n"
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("short.vcf")
        try short.write(to: file, atomically: true, encoding: .utf8)
        let refused = try Hemimatch.run([file.path])
        #expect(refused.status == 65)
        #expect(
            refused.stderr.contains("line 18 (after chr22:23290413) is malformed: it has 10 tab-separated columns, the header needs 11"),
            "\(refused.stderr)")
    }

    @Test("POS 0 in a BCF is read as in the VCF it came from")
    func telomereInBCF() throws {
        let delly = Self.callers[2]
        let telomere = "chr9\t0\tlr_del\tN\t<DEL>\t.\tPASS\tSVTYPE=DEL;END=10000\t\(delly.format)\t0/1:30:15:25:12\t0/0:40:0:35:0"
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let vcf = folder.appendingPathComponent("t.vcf"), bcf = folder.appendingPathComponent("t.bcf")
        try Self.vcf(delly, extraRecords: [telomere]).write(to: vcf, atomically: true, encoding: .utf8)
        try Hemimatch.tool("bcftools view -Ob -o '\(bcf.path)' '\(vcf.path)'")
        let result = try Hemimatch.run([bcf.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try ReportJSON.decode(result.stdout)
        #expect(report.sample("T1")?.alterations.map(\.rule_id) == ["B-BCR-ABL1"])
        #expect(report.run.records_read == 3)
        #expect(result.stderr.contains("record 1 (chr9:0): POS 0"), "\(result.stderr)")
    }
}

import Foundation
import HemimatchTestSupport
import Testing

/// MAF input through the command line (run in process): the project's vcf2maf-layout fixture, bad rows, and TCGA LAML's
/// MAF 2.x checked against a VCF of the same calls.
@Suite struct MAFEndToEndTests {
    static let fixture = Hemimatch.testData("somatic.grch38.maf")

    private func report(_ arguments: [String]) throws -> ReportJSON {
        let result = try Hemimatch.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try ReportJSON.decode(result.stdout)
    }

    private func alterations(_ sample: ReportJSON.Sample?) -> [String] {
        (sample?.alterations ?? []).map { "\($0.gene) \($0.alteration) \($0.rule_id)" }
    }

    @Test func theFixtureGivesOneProfilePerTumorBarcodeAndScreensTheMatchedNormal() throws {
        let report = try report([Self.fixture])
        #expect(report.run.genome_build == "GRCh38")
        #expect(report.samples.map(\.sample) == ["P001-T", "P002-T", "P003-T"], "the matched normals are not profiled")
        let first = report.sample("P001-T")
        // The ITD labelled stop_gained,inframe_insertion without a protein change: the engine reads its alleles.
        #expect(alterations(first) == ["KRAS p.G12D D-KRAS-HOTSPOT", "FLT3 ITD D-FLT3-ITD"])
        #expect(first?.alterations.map { $0.records.map(\.vaf) } == [[0.4], [0.3]])
        #expect(first?.suggested_group == "D")
        // The ITD labelled protein_altering_variant, written as a delins gaining residues.
        let second = report.sample("P002-T")
        // NRAS G12D at 0.45 in the normal beside 0.47 in the tumor: a somatic-only hotspot below the tumor's VAF is kept (issue 27).
        #expect(alterations(second) == ["FLT3 ITD D-FLT3-ITD", "NRAS p.G12D D-NRAS-HOTSPOT"])
        #expect(
            second?.flags.filter { $0.code == "tumor-in-normal" }.map(\.message) == [
                "NRAS p.G12D (D-NRAS-HOTSPOT) has VAF 0.45 in the normal P002-N, a somatic-only hotspot below the tumor's VAF 0.4667: kept as the tumor's; "
                    + "possible tumor-in-normal contamination, check the normal"
            ])
        #expect(report.sample("P003-T")?.suggested_group == "incomplete")
    }

    @Test func theRunRecordsTheMatchedNormalsAndTheBuildBasis() throws {
        let result = try Hemimatch.run([Self.fixture, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let run = try #require(json["run"] as? [String: Any])
        #expect(run["normal_samples"] as? [String] == ["P001-N", "P002-N", "P003-N"])
        #expect(run["mode"] as? String == "tumor/normal")
        #expect(run["genome_build_basis"] as? String == "NCBI_Build")
        #expect((run["inputs"] as? [[String: Any]])?.first?["format"] as? String == "maf")
    }

    @Test func aGzippedMAFIsToldFromItsContentNotItsName() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let packed = folder.appendingPathComponent("calls.txt").path
        try Hemimatch.tool("gzip -c '\(Self.fixture)' > '\(packed)'")
        let plain = try report([Self.fixture])
        let gzipped = try report([packed])
        #expect(gzipped.samples.map(\.sample) == plain.samples.map(\.sample))
        #expect(gzipped.samples.map { alterations($0) } == plain.samples.map { alterations($0) })
    }

    @Test func aMalformedRowIsOneLineNamingFileLineAndColumn() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = try String(contentsOfFile: Self.fixture, encoding: .utf8).split(separator: "\n").map(String.init)
        let header = lines[1].split(separator: "\t", omittingEmptySubsequences: false)
        let column = try #require(header.firstIndex(of: "t_alt_count"))
        var cells = lines[3].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        cells[column] = "many"
        lines[3] = cells.joined(separator: "\t")
        let bad = folder.appendingPathComponent("bad.maf").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: bad, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.json").path
        let result = try Hemimatch.run([bad, "-o", output])
        #expect(result.status == 65)
        #expect(result.stderr == "hemimatch: \(bad) line 4: column t_alt_count 'many' is not a whole number from 0 to 2147483647\n")
        #expect(!FileManager.default.fileExists(atPath: output), "no half-written output")
    }

    @Test func anUnknownOrContradictedBuildExits67() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: Self.fixture, encoding: .utf8)
        let unknown = folder.appendingPathComponent("unknown.maf").path
        try text.replacingOccurrences(of: "\tGRCh38\t", with: "\tCHM13\t").write(toFile: unknown, atomically: true, encoding: .utf8)
        let result = try Hemimatch.run([unknown])
        #expect(result.status == 67)
        #expect(result.stderr.contains("NCBI_Build 'CHM13' names no known genome build"))
        let contradicted = try Hemimatch.run([Self.fixture, "--build", "GRCh37"])
        #expect(contradicted.status == 67)
        #expect(contradicted.stderr.contains("--build GRCh37 contradicts the MAF's NCBI_Build GRCh38"))
    }

    // MARK: TCGA LAML (MAF 2.x, GRCh37, WashU's annotation columns, no HGVSp)

    static let laml = "vcf2maf/tcga_laml.maf"

    /// WashU's `trv_type` as the test reads it into a VEP consequence term (a canonical splice site by the
    /// sign of `c_position`'s offset); anything else is left empty.
    private static func term(_ type: String, _ cPosition: String) -> String {
        let terms = [
            "missense": "missense_variant", "nonsense": "stop_gained", "nonstop": "stop_lost", "silent": "synonymous_variant",
            "frame_shift_del": "frameshift_variant", "frame_shift_ins": "frameshift_variant", "in_frame_del": "inframe_deletion",
            "in_frame_ins": "inframe_insertion", "splice_region": "splice_region_variant", "rna": "non_coding_transcript_exon_variant",
            "3_prime_untranslated_region": "3_prime_UTR_variant",
        ]
        if let term = terms[type] { return term }
        guard type.hasPrefix("splice_site") else { return "" }
        if cPosition.contains("+1") || cPosition.contains("+2") { return "splice_donor_variant" }
        if cPosition.contains("-1") || cPosition.contains("-2") { return "splice_acceptor_variant" }
        return ""
    }

    /// A VCF of the MAF's calls, as the test writes it: one record per row, the tumor `0/1` with its
    /// read counts, its normal `0/0` with its read counts, every other sample `0/0`; indels anchored on an `N`;
    /// WashU's annotation columns as a VEP `CSQ` (gene, transcript, `transcript:c_position`, a `p.` change, the term).
    private func vcf(fromMAF path: String) throws -> String {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        let header = lines[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        func column(_ name: String) -> Int { header.firstIndex(of: name)! }
        let rows = lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        var tumors: [String] = [], normals: [String] = []
        for row in rows {
            if !tumors.contains(row[column("Tumor_Sample_Barcode")]) { tumors.append(row[column("Tumor_Sample_Barcode")]) }
            if !normals.contains(row[column("Matched_Norm_Sample_Barcode")]) { normals.append(row[column("Matched_Norm_Sample_Barcode")]) }
        }
        let samples = tumors + normals
        var text = "##fileformat=VCFv4.2\n" + normals.map { "##normal_sample=\($0)\n" }.joined()
        text +=
            "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp\">\n"
        text += "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
        text += "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
        text += "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
        text += "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t" + samples.joined(separator: "\t") + "\n"
        for row in rows {
            var position = Int(row[column("Start_Position")])!
            var ref = row[column("Reference_Allele")], alt = row[column("Tumor_Seq_Allele2")]
            if ref == "-" { (ref, alt) = ("N", "N" + alt) } else if alt == "-" { (position, ref, alt) = (position - 1, "N" + ref, "N") }
            func call(_ genotype: String, _ refColumn: String, _ altColumn: String) -> String {
                guard let r = Int(row[column(refColumn)]), let a = Int(row[column(altColumn)]) else { return genotype + ":.:." }
                return "\(genotype):\(r),\(a):\(r + a)"
            }
            let cells = samples.map { sample -> String in
                if sample == row[column("Tumor_Sample_Barcode")] { return call("0/1", "TumorRefReads_WU", "TumorVarReads_WU") }
                if sample == row[column("Matched_Norm_Sample_Barcode")] { return call("0/0", "NormalRefReads_WU", "NormalVarReads_WU") }
                return "0/0:.:."
            }
            let transcript = row[column("transcript_name")], cPosition = row[column("c_position")], protein = row[column("amino_acid_change")]
            let csq = [
                row[column("Tumor_Seq_Allele2")], Self.term(row[column("trv_type")], cPosition), row[column("Hugo_Symbol")], transcript,
                cPosition.hasPrefix("c.") && cPosition != "c.NULL" ? transcript + ":" + cPosition : "",
                protein.hasPrefix("p.") ? protein : "",
            ].joined(separator: "|")
            text +=
                "\(row[column("Chromosome")])\t\(position)\t.\t\(ref)\t\(alt)\t.\tPASS\tCSQ=\(csq)\tGT:AD:DP\t" + cells.joined(separator: "\t") + "\n"
        }
        return text
    }

    @Test(.enabled(if: Hemimatch.hasSharedTestData, Hemimatch.sharedMissing))
    func tcgaLAMLGivesDForTheRASAndFLT3SamplesAsAVCFOfTheSameCallsDoes() throws {
        let maf = Hemimatch.shared(Self.laml)
        let fromMAF = try report([maf])
        #expect(fromMAF.run.genome_build == "GRCh37")
        #expect(fromMAF.samples.count == 197, "one profile per Tumor_Sample_Barcode")
        // Samples with an alteration of each rule, as the knowledge base decides on WashU's annotation (transcript_name,
        // trv_type, amino_acid_change): every KRAS, NRAS and PTPN11 row at a rule's codon (checked row by row over the MAF).
        var samplesPerRule: [String: Int] = [:]
        for sample in fromMAF.samples {
            for rule in Set(sample.alterations.map(\.rule_id)) { samplesPerRule[rule, default: 0] += 1 }
        }
        // KRAS on NM_033360 (not MANE NM_004985): G12D x2, G12V, G13D, A59E, Q61H, A146T, each at the same MANE codon; not I36M.
        #expect(samplesPerRule["D-KRAS-HOTSPOT"] == 7)
        // 15 NRAS rows at G12/G13/Q61; the fifteenth (Q61K, TCGA-AB-2892) has VAF 0.25 in its matched normal, below the
        // tumor's: a somatic-only hotspot kept as tumor-in-normal (issue 27).
        #expect(samplesPerRule["D-NRAS-HOTSPOT"] == 15)
        // PTPN11 on NM_002834.3 (MANE NM_002834.5 unversioned): D61N, G60V, F71L, A72V, S502P; Q510L and Q510H. Not I545L, P491L.
        #expect(samplesPerRule["D-PTPN11-ACTIVATING"] == 5)
        #expect(samplesPerRule["D-PTPN11-NSML-CODONS"] == 2)
        // 39 FLT3 In_Frame_Ins rows: 38 ITDs. Not the delins that loses residues (TCGA-AB-2870). WashU's `p.601in_frame_ins…`
        // is not HGVS: the engine reads the rows from their alleles; four are written 0-4 bp into intron 14 beside exon 14
        // (13:28608214-28608218) and placed as duplications of exon 14's bases, each flagged itd-site-intronic.
        #expect(samplesPerRule["D-FLT3-ITD"] == 38)
        #expect(!fromMAF.samples.contains { $0.sample.hasPrefix("TCGA-AB-2870-") && $0.alterations.contains { $0.rule_id == "D-FLT3-ITD" } })
        let placed = fromMAF.samples.filter { $0.flags.contains { $0.code == "itd-site-intronic" } }
        #expect(placed.map { String($0.sample.prefix(12)) } == ["TCGA-AB-2825", "TCGA-AB-2844", "TCGA-AB-2895", "TCGA-AB-2988"])
        #expect(
            placed.allSatisfy {
                $0.suggested_group == "D"
                    && $0.flags.contains {
                        $0.message.hasPrefix("FLT3 ITD (D-FLT3-ITD): the ") && $0.message.contains("intron 14 of FLT3")
                            && $0.message.hasSuffix("confirm by fragment analysis/PCR")
                    }
            })
        #expect(
            placed.last?.flags.first { $0.code == "itd-site-intronic" }?.message
                == "FLT3 ITD (D-FLT3-ITD): the 36 bp in-frame insertion is written in intron 14 of FLT3, 4 bp from exon 14; it was placed as a tandem duplication of the neighbouring exon sequence (NM_004119:c.1806_1837dup): confirm by fragment analysis/PCR"
        )
        #expect(samplesPerRule["D-FLT3-TKD"] == 17, "D839 joined the TKD codons (issue 27)")
        // Every one of them has D among its candidates; D alone unless another group qualifies too.
        let rasOrFLT3 = fromMAF.samples.filter { $0.alterations.contains { $0.groups == ["D"] } }
        #expect(rasOrFLT3.allSatisfy { $0.candidate_groups.contains("D") })
        #expect(rasOrFLT3.count == 84)
        #expect(
            rasOrFLT3.filter { $0.suggested_group != "D" }.map { alterations($0) }
                == [
                    ["JAK2 p.V617F C-JAK2-DOMAINS", "KRAS p.G12D D-KRAS-HOTSPOT"],
                    ["NF1 p.R1306* D-NF1-TRUNCATING", "DNM2 p.T471fs C-DNM2-MUTATION"],
                ],
            "review: KRAS G12D beside JAK2 V617F, NF1 R1306* beside a DNM2 frameshift")
        // The fifteenth NRAS row (Q61K) has VAF 0.25 in its matched normal, below the tumor's: kept, flagged tumor-in-normal.
        let inherited = try #require(fromMAF.samples.first { $0.sample.hasPrefix("TCGA-AB-2892-") })
        #expect(
            inherited.candidate_groups.contains("D")
                && inherited.flags.contains { $0.code == "tumor-in-normal" && $0.message.contains("NRAS p.Q61K") })
        #expect(!fromMAF.samples.contains { $0.flags.contains { $0.code == "rules-not-evaluated" } }, "every row is annotated")

        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let vcfPath = folder.appendingPathComponent("tcga_laml.vcf").path
        try vcf(fromMAF: maf).write(toFile: vcfPath, atomically: true, encoding: .utf8)
        let fromVCF = try report([vcfPath, "--build", "GRCh37"])
        #expect(fromVCF.samples.map(\.sample) == fromMAF.samples.map(\.sample))
        #expect(fromVCF.samples.map(\.suggested_group) == fromMAF.samples.map(\.suggested_group))
        #expect(fromVCF.samples.map { alterations($0) } == fromMAF.samples.map { alterations($0) })
        #expect(
            fromVCF.samples.map { $0.alterations.map { $0.records.map(\.vaf) } }
                == fromMAF.samples.map { $0.alterations.map { $0.records.map(\.vaf) } })
    }

    @Test(.enabled(if: Hemimatch.hasSharedTestData, Hemimatch.sharedMissing))
    func cohortOverTheMAFWritesOneSummaryRowPerTumorBarcode() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = folder.appendingPathComponent("cohort.tsv").path
        let result = try Hemimatch.run(["cohort", Hemimatch.shared(Self.laml), "--summary", summary, "-o", "/dev/null"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try String(contentsOfFile: summary, encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
        #expect(rows.count == 198)
        let header = rows[0].map(String.init)
        let sample = try #require(header.firstIndex(of: "sample")), groupD = try #require(header.firstIndex(of: "group_D"))
        #expect(Set(rows.dropFirst().map { String($0[sample]) }).count == 197)
        #expect(rows.dropFirst().filter { $0[groupD] == "1" }.count == 84)
        let flt3 = try #require(header.firstIndex(of: "gene_FLT3"))
        #expect(rows.dropFirst().filter { $0[flt3] != "0" }.count == 55)
    }
}

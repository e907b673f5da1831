import Foundation
import HemimatchTestSupport
import Testing

/// MAF input through the binary: the project's vcf2maf-layout fixture, bad rows, and TCGA LAML's
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
        #expect(alterations(second) == ["FLT3 ITD D-FLT3-ITD"])
        #expect(second?.flags.contains { $0.code == "germline-in-normal" && $0.message.contains("NRAS p.G12D") && $0.message.contains("P002-N") } == true)
        #expect(report.sample("P003-T")?.suggested_group == "A")
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

    // MARK: TCGA LAML (MAF 2.x, GRCh37, no protein columns)

    static let laml = "vcf2maf/tcga_laml.maf"

    /// A VCF of the MAF's calls, as the test writes it: one record per row, the tumor `0/1` with its
    /// read counts, its normal `0/0` with its read counts, every other sample `0/0`; indels anchored on an `N`.
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
            text += "\(row[column("Chromosome")])\t\(position)\t.\t\(ref)\t\(alt)\t.\tPASS\t.\tGT:AD:DP\t" + cells.joined(separator: "\t") + "\n"
        }
        return text
    }

    @Test(.enabled(if: Hemimatch.hasSharedTestData, Hemimatch.sharedMissing))
    func tcgaLAMLGivesDForTheRASAndFLT3SamplesAsAVCFOfTheSameCallsDoes() throws {
        let maf = Hemimatch.shared(Self.laml)
        let fromMAF = try report([maf])
        #expect(fromMAF.run.genome_build == "GRCh37")
        #expect(fromMAF.samples.count == 197, "one profile per Tumor_Sample_Barcode")
        // Samples with an alteration of each rule, as the knowledge base decides on unannotated calls
        // (no --fasta: missense rules are met by the hotspot allele table only, so PTPN11 G60V, D61N,
        // F71L and the other PTPN11 rows not in the table are not seen; see rules-not-evaluated).
        var samplesPerRule: [String: Int] = [:]
        for sample in fromMAF.samples {
            for rule in Set(sample.alterations.map(\.rule_id)) { samplesPerRule[rule, default: 0] += 1 }
        }
        #expect(samplesPerRule["D-KRAS-HOTSPOT"] == 6)
        #expect(samplesPerRule["D-NRAS-HOTSPOT"] == 14)
        #expect(samplesPerRule["D-PTPN11-ACTIVATING"] == 1)
        // 39 FLT3 In_Frame_Ins rows: 34 are ITDs here. Not: a delins that loses residues (TCGA-AB-2870), and four insertions
        // written 1-5 bp into intron 14 beside exon 14 (13:28608214-28608218; TCGA-AB-2825, 2844, 2895, 2988), which the
        // engine places where they are written, outside the codons (a VCF of the same calls gives the same).
        #expect(samplesPerRule["D-FLT3-ITD"] == 34)
        #expect(samplesPerRule["D-FLT3-TKD"] == 15)
        // Every one of them has D among its candidates; D alone unless another group qualifies too.
        let rasOrFLT3 = fromMAF.samples.filter { $0.alterations.contains { $0.groups == ["D"] } }
        #expect(rasOrFLT3.allSatisfy { $0.candidate_groups.contains("D") })
        #expect(rasOrFLT3.count == 69)
        #expect(rasOrFLT3.filter { $0.suggested_group != "D" }.map { alterations($0) }
            == [["JAK2 p.V617F C-JAK2-DOMAINS", "KRAS p.G12D D-KRAS-HOTSPOT"]], "one is review: KRAS G12D beside JAK2 V617F")
        // The fifteenth NRAS row (Q61K) has VAF 0.25 in its matched normal: germline by the screen, not an alteration.
        let inherited = try #require(fromMAF.samples.first { $0.sample.hasPrefix("TCGA-AB-2892-") })
        #expect(inherited.suggested_group == "A" && inherited.flags.contains { $0.code == "germline-in-normal" && $0.message.contains("NRAS p.Q61K") })
        #expect(fromMAF.samples.allSatisfy { $0.flags.contains { $0.code == "rules-not-evaluated" } })

        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let vcfPath = folder.appendingPathComponent("tcga_laml.vcf").path
        try vcf(fromMAF: maf).write(toFile: vcfPath, atomically: true, encoding: .utf8)
        let fromVCF = try report([vcfPath, "--build", "GRCh37"])
        #expect(fromVCF.samples.map(\.sample) == fromMAF.samples.map(\.sample))
        #expect(fromVCF.samples.map(\.suggested_group) == fromMAF.samples.map(\.suggested_group))
        #expect(fromVCF.samples.map { alterations($0) } == fromMAF.samples.map { alterations($0) })
        #expect(fromVCF.samples.map { $0.alterations.map { $0.records.map(\.vaf) } } == fromMAF.samples.map { $0.alterations.map { $0.records.map(\.vaf) } })
    }

    @Test(.enabled(if: Hemimatch.hasSharedTestData, Hemimatch.sharedMissing))
    func cohortOverTheMAFWritesOneSummaryRowPerTumorBarcode() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = folder.appendingPathComponent("cohort.tsv").path
        let result = try Hemimatch.run(["cohort", Hemimatch.shared(Self.laml), "--summary", summary, "-o", "/dev/null"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try String(contentsOfFile: summary, encoding: .utf8).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.count == 198)
        let header = rows[0].map(String.init)
        let sample = try #require(header.firstIndex(of: "sample")), groupD = try #require(header.firstIndex(of: "group_D"))
        #expect(Set(rows.dropFirst().map { String($0[sample]) }).count == 197)
        #expect(rows.dropFirst().filter { $0[groupD] == "1" }.count == 69)
        let flt3 = try #require(header.firstIndex(of: "gene_FLT3"))
        #expect(rows.dropFirst().filter { $0[flt3] != "0" }.count == 49)
    }
}

import Foundation
import HemimatchTestSupport
import Testing

/// A cohort of per-sample reports whose VCF sample is `TUMOR` in every file, as a browser shows it.
@Suite struct BoardCohortEndToEndTests {
    /// GRCh38, one tumor sample, unannotated SNVs: KRAS G12D, JAK2 R683G, JAK2 Y931C.
    static let header = """
        ##fileformat=VCFv4.2
        ##contig=<ID=chr9,length=138394717>
        ##contig=<ID=chr12,length=133275309>
        ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
        ##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">
        #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR

        """

    static func row(_ fields: String) -> String { fields + "\t.\tGT:AD\t0/1:55,45\n" }

    @Test func patientsNamedTUMORAreToldApartAndExclusionsAreDrawnAsExcluded() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases = [
            ("p01.vcf", Self.row("chr12\t25245350\t.\tC\tT\t.\tPASS")),
            ("p02.vcf", Self.row("chr9\t5078360\t.\tA\tG\t.\tPASS") + Self.row("chr9\t5090476\t.\tA\tG\t.\tPASS")),
            ("p03.vcf", Self.row("chr12\t25245350\t.\tC\tT\t.\tLowQual")),
        ]
        var reports: [String] = []
        for (name, rows) in cases {
            let vcf = folder.appendingPathComponent(name)
            try (Self.header + rows).write(to: vcf, atomically: true, encoding: .utf8)
            let json = folder.appendingPathComponent(name + ".json").path
            let result = try Hemimatch.run([vcf.path, "--format", "json", "-o", json])
            #expect(result.status == 0, "\(result.stderr)")
            reports.append(json)
        }
        let html = folder.appendingPathComponent("cohort.html").path
        let merged = try Hemimatch.run(["merge"] + reports + ["-o", "/dev/null", "--html", html])
        #expect(merged.status == 0, "\(merged.stderr)")
        let dom = try Hemimatch.execute(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://\(html)"])
        #expect(dom.status == 0, "\(dom.stderr.suffix(500))")
        let rows = dom.text.components(separatedBy: "<tr data-sample=\"").dropFirst().map { String($0.prefix(while: { $0 != "\"" })) }
        #expect(rows == cases.map { folder.appendingPathComponent($0.0).path + ":TUMOR" })
        #expect(Set(rows).count == 3)
        #expect(dom.text.contains("<td class=\"cell excluded\""), "the JAK2 Y931C exclusion is drawn as excluded")
        #expect(dom.text.contains("<td class=\"cell near-miss\""), "the filtered KRAS is visible as a near-miss")
        #expect(dom.text.contains("<td>JAK2 p.Y931C (bars C; NCT05745714-EXCL11)</td>"))
        #expect(dom.text.contains("<td>all-excluded</td>") && dom.text.contains("<td>only-near-misses</td>"))
        #expect(
            dom.text.contains(
                "NCT05745714-EXCL11</a>: HEM-iSMART sub-protocol C (ruxolitinib), ClinicalTrials.gov registry record, exclusion criterion 11"))
    }
}

import Foundation
import HemimatchTestSupport
import Testing

/// The cohort HTML report as a browser shows it: headless Chromium (Debian's `chromium`, installed by
/// `make test`) renders it to a screenshot and to its DOM.
@Suite struct HTMLReportEndToEndTests {
    static let hostile = "<script>alert(1)</script>"

    private func chromium(_ arguments: [String]) throws -> Hemimatch.Result {
        try Hemimatch.execute(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1200,900"] + arguments)
    }

    @Test func theCohortPageRendersOneRowPerSampleAndShowsAScriptNameAsText() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let samples = try EcosystemSamples.make(in: folder, names: ["P001", Self.hostile, "P003"])
        let html = folder.appendingPathComponent("cohort.html").path
        let merged = try Hemimatch.run(["merge"] + EcosystemSamples.reports(samples, in: folder) + ["-o", "/dev/null", "--html", html])
        #expect(merged.status == 0, "\(merged.stderr)")

        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!page.contains(Self.hostile))
        #expect(!page.contains("<script"), "the report carries no script at all")
        #expect(!page.contains("<link") && !page.contains("src="), "nothing is fetched: no stylesheet, image or script link")
        #expect(page.contains("hemimatch 0.2.0 | knowledge base 0.8.2 | GRCh38"))

        let dom = try chromium(["--dump-dom", "file://\(html)"])
        #expect(dom.status == 0, "\(dom.stderr.suffix(500))")
        let rows = dom.text.components(separatedBy: "<tr data-sample=").dropFirst().map { $0.prefix(while: { $0 != ">" }) }
        #expect(rows == ["\"P001\"", "\"&lt;script&gt;alert(1)&lt;/script&gt;\"", "\"P003\""])
        #expect(!dom.text.contains("<script"), "the sample name became text, not a script element")
        #expect(dom.text.contains("<td class=\"group\">incomplete</td>") && dom.text.contains("<td class=\"group\">review</td>"))

        let png = folder.appendingPathComponent("cohort.png").path
        let shot = try chromium(["--screenshot=\(png)", "file://\(html)"])
        #expect(shot.status == 0, "\(shot.stderr.suffix(500))")
        let colours = try Hemimatch.execute(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "python3", "-c",
                "import sys; from PIL import Image; im = Image.open(sys.argv[1]); print(im.size[0], im.size[1], len(set(im.convert('RGB').getdata())))",
                png,
            ])
        let fields = colours.text.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(fields.count == 3, "\(colours.stderr)")
        #expect(Array(fields.prefix(2)) == [1200, 900])
        #expect((fields.last ?? 0) > 10, "the screenshot is not blank: it has pathway colours and text")
    }

    @Test func matchWritesTheSameReportForOneSample() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("one.html").path
        let result = try Hemimatch.run([Hemimatch.testData("tumor_normal.grch38.vcf"), "--html", html, "-o", "/dev/null"])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        // One sample gets the one-sample layout (its group in the summary line), not a cohort table of one row.
        #expect(!page.contains("<tr data-sample="))
        #expect(page.contains("<summary>TUMOR: suggested group review</summary>"))
        #expect(page.contains("<title>hemimatch: TUMOR</title>"))
        for cell in ["p.R683G", "p.G12D", "ITD", "D-KRAS-HOTSPOT", "https://clinicaltrials.gov/study/NCT05658640", "filtered-near-miss"] {
            #expect(page.contains(cell), "\(cell)")
        }
    }

    @Test func theHTMLAndMultiQCBytesDoNotDependOnTheThreadCount() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputs = try [1, 2].map { threads -> [Data] in
            let html = folder.appendingPathComponent("t\(threads).html"), mqc = folder.appendingPathComponent("t\(threads)_mqc.json")
            let result = try Hemimatch.run([
                Hemimatch.testData("structural.grch38.vcf"), "--threads", String(threads), "-o", "/dev/null",
                "--html", html.path, "--multiqc", mqc.path,
            ])
            #expect(result.status == 0, "\(result.stderr)")
            return [try Data(contentsOf: html), try Data(contentsOf: mqc)]
        }
        #expect(outputs[0] == outputs[1])
        #expect(!outputs[0][0].isEmpty && !outputs[0][1].isEmpty)
    }

    @Test func aFailedRunLeavesNoReport() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("none.html").path
        let result = try Hemimatch.run([folder.appendingPathComponent("missing.vcf").path, "--html", html])
        #expect(result.status == 66)
        #expect(!FileManager.default.fileExists(atPath: html))
    }
}

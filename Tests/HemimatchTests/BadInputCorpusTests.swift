import Foundation
import HemimatchTestSupport
import Testing

/// A corpus of broken and odd inputs, generated here, run through the built binary: every case ends
/// with its documented exit code, one line on stderr naming the file, no signal death and no output
/// file left behind; oddities that are not errors are read.
@Suite struct BadInputCorpusTests {
    private static let header = """
        ##fileformat=VCFv4.2
        ##contig=<ID=chr12,length=133275309>
        ##INFO=<ID=SVTYPE,Number=1,Type=String,Description="Type">
        ##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp|CANONICAL">
        ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
        #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tT

        """
    private static let good = "chr12\t25245350\t.\tC\tT\t.\tPASS\t.\tGT\t0/1\n"

    /// A case: how to make the input in a folder, the arguments after it, the exit code, and what stderr must say.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let make: @Sendable (URL) throws -> String
        var arguments: [String] = []
        /// Further arguments that need files of their own in the case's folder.
        var extra: @Sendable (URL) throws -> [String] = { _ in [] }
        let status: Int32
        var mentions: [String] = []
        /// Whether the one line names the input file (a broken knowledge base, table or output folder names its own).
        var namesTheInput = true
        var testDescription: String { name }
    }

    private static func text(_ name: String, _ body: String) -> @Sendable (URL) throws -> String {
        { folder in
            let path = folder.appendingPathComponent(name).path
            try body.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
    }

    private static func bgzipped(_ body: String, keep: @escaping @Sendable (Data) -> Data) -> @Sendable (URL) throws -> String {
        { folder in
            let plain = try text("plain.vcf", body)(folder)
            try Hemimatch.tool("bgzip -c '\(plain)' > '\(plain).gz'")
            let data = try Data(contentsOf: URL(fileURLWithPath: plain + ".gz"))
            let path = folder.appendingPathComponent("cut.vcf.gz").path
            try keep(data).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    static let errors: [Case] = [
        Case(name: "a file that does not exist", make: { _ in "/nonexistent/sample.vcf.gz" }, status: 66, mentions: ["no such file"]),
        Case(name: "empty file", make: text("empty.vcf", ""), status: 65, mentions: ["not a VCF or BCF file"]),
        Case(name: "plain text", make: text("notes.txt", "this is not a VCF\njust text\n"), status: 65, mentions: ["not a VCF or BCF file"]),
        Case(
            name: "random bytes",
            make: { folder in
                let path = folder.appendingPathComponent("random.bin").path
                try Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 7) }).write(to: URL(fileURLWithPath: path))
                return path
            }, status: 65),
        Case(
            name: "BGZF cut mid-block", make: bgzipped(header + String(repeating: good, count: 4000)) { $0.prefix($0.count / 2) },
            status: 65, mentions: ["truncated"]),
        Case(
            name: "BGZF cut at the end-of-file block", make: bgzipped(header + good) { $0.prefix($0.count - 28) },
            status: 65, mentions: ["truncated"]),
        Case(
            name: "BCF cut short",
            make: { folder in
                let plain = try text("plain.vcf", header + String(repeating: good, count: 2000))(folder)
                try Hemimatch.tool("bcftools view -Ob -o '\(plain).bcf' '\(plain)'")
                let data = try Data(contentsOf: URL(fileURLWithPath: plain + ".bcf"))
                let path = folder.appendingPathComponent("cut.bcf").path
                try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
                return path
            }, status: 65, mentions: ["truncated"]),
        Case(name: "no #CHROM line", make: text("nochrom.vcf", "##fileformat=VCFv4.2\n" + good), status: 65, mentions: ["there is no #CHROM line"]),
        Case(
            name: "duplicate sample names", make: text("dup.vcf", header.replacingOccurrences(of: "\tT\n", with: "\tT\tT\n")),
            status: 65, mentions: ["sample name 'T' appears twice in the #CHROM line"]),
        Case(
            name: "too few columns", make: text("short.vcf", header + good + "chr12\t25245351\t.\tC\n"), status: 65,
            mentions: ["line 8", "after chr12:25245350", "tab-separated columns"]),
        Case(
            name: "space-separated columns", make: text("spaces.vcf", (header + good).replacingOccurrences(of: "\t", with: " ")),
            status: 65, mentions: ["the #CHROM line is not tab-separated"]),
        Case(
            name: "POS beyond the contig", make: text("beyond.vcf", header + "chr12\t200000000\t.\tC\tT\t.\tPASS\t.\tGT\t0/1\n"),
            status: 65, mentions: ["line 7 (after the header)", "POS 200000000 lies beyond chr12's declared length 133275309"]),
        Case(
            name: "more alleles than the limit",
            make: text(
                "alleles.vcf",
                header + "chr12\t25245350\t.\tC\t"
                    + (0..<1100).map { _ in "T" }.enumerated().map { index, _ in "T" + String(repeating: "A", count: index + 1) }.joined(
                        separator: ",")
                    + "\t.\tPASS\t.\tGT\t0/1\n"), status: 65, mentions: ["line 7 (after the header)", "more than the 1024 hemimatch accepts"]),
        Case(
            name: "a sample that does not exist", make: text("ok.vcf", header + good), arguments: ["-s", "NOPE"], status: 64,
            mentions: ["sample 'NOPE' is not in the file"]),
        Case(
            name: "a build the header contradicts", make: text("ok.vcf", header + good), arguments: ["--build", "GRCh37"], status: 67,
            mentions: ["--build GRCh37 contradicts", "chr12"]),
        Case(
            name: "no contig lines and no annotation to tell the build",
            make: text(
                "nocontig.vcf",
                "##fileformat=VCFv4.2\n"
                    + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n12\t25398284\t.\tC\tT\t.\tPASS\t.\n"), status: 67, mentions: ["--build"]),
        Case(
            name: "a knowledge base with a rule for an unknown gene", make: text("ok.vcf", header + good),
            extra: { folder in
                let kb = folder.appendingPathComponent("kb")
                try FileManager.default.copyItem(at: Hemimatch.repositoryRoot.appendingPathComponent("Reference"), to: kb)
                let rules = kb.appendingPathComponent("rules.tsv")
                let text = try String(contentsOf: rules, encoding: .utf8).replacingOccurrences(
                    of: "D-NRAS-HOTSPOT\tNRAS\t", with: "D-NRAS-HOTSPOT\tNRASX\t")
                try text.write(to: rules, atomically: true, encoding: .utf8)
                return ["--kb", kb.path]
            }, status: 78, mentions: ["rules.tsv line 4, field gene", "unknown gene 'NRASX'"], namesTheInput: false),
        Case(
            name: "a fusion table missing a partner", make: text("ok.vcf", header + good),
            extra: { folder in ["--fusions", try text("fusions.txt", "::ABL1\n")(folder)] }, status: 65, mentions: ["fusions.txt line 1"],
            namesTheInput: false),
        Case(
            name: "an output folder that does not exist", make: text("ok.vcf", header + good), arguments: ["-o", "/nonexistent/out.json"],
            status: 73, mentions: ["/nonexistent/out.json"], namesTheInput: false),
    ]

    @Test(arguments: errors)
    func errorsEndCleanly(_ testCase: Case) throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try testCase.make(folder)
        var arguments = [input] + testCase.arguments + (try testCase.extra(folder))
        let output = folder.appendingPathComponent("report.json").path
        if !arguments.contains("-o") { arguments += ["-o", output] }
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let result = try Hemimatch.run(arguments)
        #expect(!result.signalled)
        #expect(result.status == testCase.status, "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("hemimatch: "))
        for fragment in testCase.mentions { #expect(result.stderr.contains(fragment), "\(result.stderr)") }
        if testCase.namesTheInput { #expect(result.stderr.contains(input), "the line names \(input): \(result.stderr)") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before.sorted(), "no output file left behind")
    }

    /// Oddities that are not errors: the file is read, and the report says exactly what it holds.
    struct Oddity: CustomTestStringConvertible, Sendable {
        let name: String
        let make: @Sendable (URL) throws -> String
        var mentions: [String] = []
        /// Records the report counts as read, and its alterations (`GENE alteration`).
        var recordsRead = 1
        var alterations: [String] = []
        var testDescription: String { name }
    }

    static let oddities: [Oddity] = [
        Oddity(name: "header only", make: text("header.vcf", header), recordsRead: 0),
        Oddity(
            name: "plain gzip, not BGZF",
            make: { folder in
                let plain = try text("plain.vcf", header + good)(folder)
                try Hemimatch.tool("gzip -c '\(plain)' > '\(plain).gz'")
                return plain + ".gz"
            }, mentions: ["plain gzip, not BGZF"], alterations: ["KRAS p.G12D"]),
        Oddity(
            name: "a 10 MB INFO field",
            make: text("big.vcf", header + "chr12\t25245350\t.\tC\tT\t.\tPASS\tBIG=" + String(repeating: "x", count: 10_000_000) + "\tGT\t0/1\n"),
            alterations: ["KRAS p.G12D"]),
        Oddity(
            name: "a CSQ whose field count disagrees with its Format",
            make: text("csq.vcf", header + "chr12\t25245350\t.\tC\tT\t.\tPASS\tCSQ=T|missense_variant\tGT\t0/1\n"),
            mentions: ["CSQ is ignored"], alterations: ["KRAS p.G12D"]),
        Oddity(
            name: "a malformed breakend ALT", make: text("bnd.vcf", header + "chr12\t25245350\tb\tN\tN[chr9:x[\t.\tPASS\tSVTYPE=BND\tGT\t0/1\n"),
            mentions: ["malformed breakend ALT"]),
        Oddity(
            name: "a mate that never appears",
            make: text("mate.vcf", header + "chr12\t25245350\tb1\tN\tN[chr9:130854000[\t.\tPASS\tSVTYPE=BND;MATEID=b2\tGT\t0/1\n")),
        Oddity(
            name: "END before POS", make: text("end.vcf", header + "chr12\t25245350\td\tN\t<DEL>\t.\tPASS\tSVTYPE=DEL;END=100\tGT\t0/1\n"),
            mentions: ["END before POS"]),
        Oddity(
            name: "undeclared INFO field", make: text("undeclared.vcf", header + "chr12\t25245350\t.\tC\tT\t.\tPASS\tNOVEL=1\tGT\t0/1\n"),
            alterations: ["KRAS p.G12D"]),
    ]

    @Test(arguments: oddities)
    func odditiesAreRead(_ oddity: Oddity) throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Hemimatch.run([try oddity.make(folder), "--format", "json"])
        #expect(!result.signalled)
        #expect(result.status == 0, "\(result.stderr)")
        for fragment in oddity.mentions { #expect(result.stderr.contains(fragment), "\(result.stderr)") }
        let report = try ReportJSON.decode(result.stdout)
        #expect(report.samples.map(\.sample) == ["T"])
        #expect(report.run.records_read == oddity.recordsRead)
        #expect(report.samples.first?.alterations.map { "\($0.gene) \($0.alteration)" } == oddity.alterations)
    }
}

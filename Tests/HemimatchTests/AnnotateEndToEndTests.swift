import Foundation
import HemimatchTestSupport
import Testing

/// `hemimatch annotate`: the output is read back by bcftools, indexed, and carries the tags on the
/// matched records only.
@Suite struct AnnotateEndToEndTests {
    static let input = Hemimatch.testData("tumor_normal.grch38.vcf")
    static let tagged = [
        "chr9:5078360:A:G\tC-JAK2-DOMAINS\tC\tJAK2:p.R683G",
        "chr12:25245350:C:T\tD-KRAS-HOTSPOT\tD\tKRAS:p.G12D",
        "chr13:28034105:A:AGAAGTACTTCTCGAAATCCAT\tD-FLT3-ITD\tD\tFLT3:ITD",
    ]

    private func output(_ command: String) throws -> String {
        let result = try Hemimatch.execute(URL(fileURLWithPath: "/bin/sh"), ["-c", command])
        guard result.status == 0 else { throw Hemimatch.ToolFailure(command: command, stderr: result.stderr) }
        return result.text
    }

    @Test(arguments: [("out.vcf.gz", "z"), ("out.bcf", "b")])
    func bcftoolsReadsAndIndexesTheAnnotatedFile(name: String, type: String) throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        let result = try Hemimatch.run(["annotate", Self.input, "-o", path, "-O", type])
        #expect(result.status == 0, "\(result.stderr)")
        try Hemimatch.tool("bcftools index '\(path)'")
        #expect(FileManager.default.fileExists(atPath: path + ".csi"))
        let records = { (file: String) throws in try self.output("bcftools view -H '\(file)' | wc -l").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try records(path) == records(Self.input))
        #expect(try records(path) == "6")
        let tags = try output(
            "bcftools query -i 'INFO/HEMI_RULE!=\".\"' -f '%CHROM:%POS:%REF:%ALT\\t%HEMI_RULE\\t%HEMI_GROUP\\t%HEMI_ALTERATION\\n' '\(path)'")
        #expect(tags.split(separator: "\n").map(String.init) == Self.tagged)
        let header = try output("bcftools view -h '\(path)'")
        for line in [
            "##hemimatch_version=0.2.0", "##hemimatch_kb_version=0.8.2", "##hemimatch_genome_build=GRCh38",
            "##INFO=<ID=HEMI_RULE,Number=.,Type=String,", "##INFO=<ID=HEMI_GROUP,Number=.,Type=String,",
            "##INFO=<ID=HEMI_ALTERATION,Number=.,Type=String,",
        ] {
            #expect(header.contains(line), "\(line)")
        }
        // Only the tags were added: the records are otherwise the input's.
        let strip = "bcftools annotate -x INFO/HEMI_RULE,INFO/HEMI_GROUP,INFO/HEMI_ALTERATION"
        #expect(try output("\(strip) '\(path)' | bcftools view -H") == output("bcftools view -H '\(Self.input)'"))
    }

    /// bcftools' convention: `-o -` is standard output (VCF by default, or the `-O` asked for), and no
    /// file named `-` is made.
    @Test func dashWritesStandardOutput() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tags = try output(
            "cd '\(folder.path)' && '\(Hemimatch.binary.path)' annotate '\(Self.input)' -o - | bcftools query -i 'INFO/HEMI_RULE!=\".\"' "
                + "-f '%CHROM:%POS:%REF:%ALT\\t%HEMI_RULE\\t%HEMI_GROUP\\t%HEMI_ALTERATION\\n'")
        #expect(tags.split(separator: "\n").map(String.init) == Self.tagged)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let bcf = try Hemimatch.run(["annotate", Self.input, "-o", "-", "-O", "u"])
        #expect(bcf.status == 0 && bcf.stdout.prefix(3) == Data("BCF".utf8))
    }

    @Test(arguments: ["again.vcf", "again.bcf"])
    func annotatingTwiceGivesTheSameFileAsOnce(name: String) throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let once = folder.appendingPathComponent("once." + name.split(separator: ".").last!).path
        let twice = folder.appendingPathComponent(name).path
        #expect(try Hemimatch.run(["annotate", Self.input, "-o", once]).status == 0)
        let result = try Hemimatch.run(["annotate", once, "-o", twice])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try output("bcftools view '\(twice)' | grep -v '^##bcftools'") == output("bcftools view '\(once)' | grep -v '^##bcftools'"))
        #expect(try output("bcftools view -h '\(twice)' | grep -c '^##hemimatch_version='") == "1\n")
    }

    @Test func structuralRecordsAreTaggedByTheirID() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sv.vcf").path
        let result = try Hemimatch.run(["annotate", Hemimatch.testData("structural.grch38.vcf"), "-o", path])
        #expect(result.status == 0, "\(result.stderr)")
        let tags = try output("bcftools query -i 'INFO/HEMI_RULE!=\".\"' -f '%ID\\t%HEMI_GROUP\\n' '\(path)'")
        // Every record of the seven alterations, both mates of each fusion, in file order.
        #expect(
            tags.split(separator: "\n").map(String.init) == [
                "EBF1_PDGFRB_2\tB", "EBF1_PDGFRB_1\tB", "PAX5_JAK2_2\tC", "PAX5_JAK2_1\tC", "ABL1_AMP\tB", "NUP214_ABL1_2\tB", "ETV6_ABL1_TRA\tB",
                "NUP214_ABL1_1\tB", "NF1_DEL\tD", "P2RY8_CRLF2_2\tC", "P2RY8_CRLF2_DEL\tC", "P2RY8_CRLF2_1\tC",
            ])
    }

    @Test func badInputIsOneLineNamingTheFileAndLeavesNoOutput() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.vcf")
        try "not a VCF\n".write(to: bad, atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("out.vcf.gz").path
        let result = try Hemimatch.run(["annotate", bad.path, "-o", path])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("hemimatch: \(bad.path):") && result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bad.vcf"])
    }
}

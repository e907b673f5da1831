import Foundation
import HemimatchTestSupport
import Testing

/// The same biology from different callers, annotators and encodings gives the same answer.
@Suite struct CallerDialectEndToEndTests {
    @Test(.enabled(if: Hemimatch.hasSharedTestData, Hemimatch.sharedMissing))
    func megsapHotspotsOnceEachOnceItsSamplesAreRenamed() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = Hemimatch.shared("megsap/an_somatic_cancerhotspots_in1.vcf")
        let refused = try Hemimatch.run([original])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("sample name 'DX0000000_01' appears twice in the #CHROM line"))
        let names = folder.appendingPathComponent("names.txt"), renamed = folder.appendingPathComponent("renamed.vcf")
        // Strelka writes the normal's column first, the tumor's second.
        try "NORMAL\nTUMOR\n".write(to: names, atomically: true, encoding: .utf8)
        try Hemimatch.tool("bcftools reheader -s '\(names.path)' -o '\(renamed.path)' '\(original)'")
        let report = try ReportJSON.decode(try Hemimatch.run([renamed.path, "--format", "json"]).stdout)
        let tumor = try #require(report.sample("TUMOR"))
        // BRAF V600E is also p.V640E on another transcript: one alteration, named on MANE Select. Both
        // BRAF and NRAS have a few reads in the normal (VAF 0.03 and 0.04): kept, flagged as possible
        // tumor-in-normal contamination. The KRAS p.G12V record has no A read in the tumor's Strelka
        // counts (AU 0 of 181), so it is not the tumor's (it was met only when the columns were read
        // the other way round, from a column whose counts said nothing).
        #expect(tumor.alterations.map { "\($0.gene) \($0.alteration)" }.sorted() == ["BRAF p.V600E", "NRAS p.Q61K"])
        #expect(tumor.flags.map(\.code) == ["routes-not-assessable", "screen-incomplete", "tumor-in-normal", "tumor-in-normal"])
        #expect(report.run.records_read == 7)
    }

    @Test(.enabled(if: Hemimatch.hasSharedTestData, Hemimatch.sharedMissing))
    func tcgaAMLGivesNRASQ61H() throws {
        let result = try Hemimatch.run([Hemimatch.shared("vcf2maf/TCGA-AB-2968-03.laml.vcf"), "--build", "GRCh37", "--format", "json"])
        let report = try ReportJSON.decode(result.stdout)
        #expect(report.sample("TCGA-AB-2968-03A-01D-0739-09")?.alterations.map { "\($0.gene) \($0.alteration)" } == ["NRAS p.Q61H"])
        #expect(report.sample("TCGA-AB-2968-11A-01D-0739-09")?.alterations.isEmpty == true, "the normal has no NRAS read")
    }

    @Test(.enabled(if: Hemimatch.hasSharedTestData, Hemimatch.sharedMissing))
    func anABL2PointMutationIsNotAnABLClassFusion() throws {
        let result = try Hemimatch.run([Hemimatch.shared("pcgr/tumor_sample.BRCA.pcgr.vcf.gz"), "--build", "GRCh37", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let sample = try #require(try ReportJSON.decode(result.stdout).samples.first)
        #expect(!sample.candidate_groups.contains("B"))
        #expect(sample.suggested_group == "incomplete")
    }

    /// KRAS p.G12D and NRAS p.Q61R (GRCh38) written with one annotator's tag, or none.
    private static func vcf(annotation: String, chr: Bool) -> String {
        let prefix = chr ? "chr" : ""
        let descriptions = [
            "CSQ": "Consequence annotations from Ensembl VEP. Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp|CANONICAL",
            "ANN":
                "Functional annotations: 'Allele | Annotation | Annotation_Impact | Gene_Name | Gene_ID | Feature_Type | Feature_ID | Transcript_BioType | Rank | HGVS.c | HGVS.p | cDNA.pos / cDNA.length | CDS.pos / CDS.length | AA.pos / AA.length | Distance | ERRORS / WARNINGS / INFO' ",
            "BCSQ": "Local consequence annotation from BCFtools/csq. Format: Consequence|gene|transcript|biotype|strand|amino_acid_change|dna_change",
        ]
        let values: [String: [String]] = [
            "CSQ": [
                "T|missense_variant|KRAS|ENST00000311936.8|c.35G>A|p.Gly12Asp|YES",
                "C|missense_variant|NRAS|ENST00000369535.5|c.182A>G|p.Gln61Arg|YES",
            ],
            "ANN": [
                "T|missense_variant|MODERATE|KRAS|ENSG00000133703|transcript|ENST00000311936.8|protein_coding|2/5|c.35G>A|p.Gly12Asp|||||",
                "C|missense_variant|MODERATE|NRAS|ENSG00000213281|transcript|ENST00000369535.5|protein_coding|3/7|c.182A>G|p.Gln61Arg|||||",
            ],
            "BCSQ": [
                "missense|KRAS|ENST00000311936|protein_coding|-|12G>12D|25245350C>T",
                "missense|NRAS|ENST00000369535|protein_coding|-|61Q>61R|114713908T>C",
            ],
        ]
        var text = "##fileformat=VCFv4.2\n##contig=<ID=\(prefix)1,length=248956422>\n##contig=<ID=\(prefix)12,length=133275309>\n"
        if let description = descriptions[annotation] {
            text += "##INFO=<ID=\(annotation),Number=.,Type=String,Description=\"\(description)\">\n"
        }
        text +=
            "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
        text += "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\n"
        let info = values[annotation].map { ["\(annotation)=\($0[1])", "\(annotation)=\($0[0])"] } ?? [".", "."]
        text += "\(prefix)1\t114713908\t.\tT\tC\t.\tPASS\t\(info[0])\tGT:AD\t0/1:30,20\n"
        text += "\(prefix)12\t25245350\t.\tC\tT\t.\tPASS\t\(info[1])\tGT:AD\t0/1:25,25\n"
        return text
    }

    /// PTPN11 D61N, G60V, F71L and KRAS A59E as VEP writes them without `--hgvs` (HGVSp empty), one
    /// build's coordinates (PTPN11 c.181G>A, c.179G>T, c.211T>C; KRAS c.176C>A on the minus strand).
    private static func vepWithoutHGVS(grch38: Bool) -> String {
        let fields =
            "Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|HGVSp|cDNA_position|CDS_position|Protein_position|Amino_acids|Codons"
        let records: [(pos37: Int, pos38: Int, ref: String, alt: String, csq: String)] = [
            (
                25380282, 25227348, "G", "T",
                "T|missense_variant|MODERATE|KRAS|ENSG00000133703|Transcript|ENST00000311936|protein_coding|3/6||||366|176|59|A/E|gCa/gAa"
            ),
            (
                112888163, 112450359, "G", "T",
                "T|missense_variant|MODERATE|PTPN11|ENSG00000179295|Transcript|ENST00000351677|protein_coding|3/16||||343|179|60|G/V|gGt/gTt"
            ),
            (
                112888165, 112450361, "G", "A",
                "A|missense_variant|MODERATE|PTPN11|ENSG00000179295|Transcript|ENST00000351677|protein_coding|3/16||||345|181|61|D/N|Gat/Aat"
            ),
            (
                112888195, 112450391, "T", "C",
                "C|missense_variant|MODERATE|PTPN11|ENSG00000179295|Transcript|ENST00000351677|protein_coding|3/16||||375|211|71|F/L|Ttt/Ctt"
            ),
        ]
        var text = "##fileformat=VCFv4.2\n##contig=<ID=12,length=\(grch38 ? 133275309 : 133851895)>\n"
        text += "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: \(fields)\">\n"
        text +=
            "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
        text += "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\n"
        for record in records.sorted(by: { $0.pos37 < $1.pos37 }) {
            text += "12\t\(grch38 ? record.pos38 : record.pos37)\t.\t\(record.ref)\t\(record.alt)\t.\tPASS\tCSQ=\(record.csq)\tGT:AD\t0/1:30,20\n"
        }
        return text
    }

    @Test(arguments: [false, true])
    func vepWithoutHGVSStillNamesTheChange(grch38: Bool) throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let vcf = folder.appendingPathComponent("vep-default.vcf")
        try Self.vepWithoutHGVS(grch38: grch38).write(to: vcf, atomically: true, encoding: .utf8)
        let result = try Hemimatch.run([vcf.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try ReportJSON.decode(result.stdout)
        #expect(report.run.genome_build == (grch38 ? "GRCh38" : "GRCh37"))
        let sample = try #require(report.samples.first)
        #expect(
            sample.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" }.sorted() == [
                "KRAS p.A59E D-KRAS-HOTSPOT", "PTPN11 p.D61N D-PTPN11-ACTIVATING", "PTPN11 p.F71L D-PTPN11-ACTIVATING",
                "PTPN11 p.G60V D-PTPN11-ACTIVATING",
            ])
        #expect(sample.suggested_group == "D")
    }

    @Test func everyAnnotationEncodingAndContigStyleGivesTheSameProfile() throws {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var profiles: [String: [String]] = [:]
        for annotation in ["CSQ", "ANN", "BCSQ", "none"] {
            for chr in [true, false] {
                let vcf = folder.appendingPathComponent("\(annotation)-\(chr).vcf")
                try Self.vcf(annotation: annotation, chr: chr).write(to: vcf, atomically: true, encoding: .utf8)
                let gz = vcf.path + ".gz", bcf = vcf.path + ".bcf"
                try Hemimatch.tool("bcftools view -Oz -o '\(gz)' '\(vcf.path)' && bcftools view -Ob -o '\(bcf)' '\(vcf.path)'")
                for input in [vcf.path, gz, bcf] {
                    let sample = try #require(try ReportJSON.decode(try Hemimatch.run([input, "--format", "json"]).stdout).samples.first)
                    profiles["\(annotation) chr=\(chr) \(URL(fileURLWithPath: input).pathExtension)"] =
                        sample.alterations.map { "\($0.gene) \($0.alteration) \($0.groups.joined()) \($0.rule_id) \($0.records.first?.vaf ?? -1)" }
                }
            }
        }
        let expected = ["NRAS p.Q61R D D-NRAS-HOTSPOT 0.4", "KRAS p.G12D D D-KRAS-HOTSPOT 0.5"]
        #expect(profiles.count == 24)
        for (key, profile) in profiles.sorted(by: { $0.key < $1.key }) {
            #expect(profile == expected, "\(key)")
        }
    }
}

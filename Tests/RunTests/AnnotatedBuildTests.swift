import Foundation
import HemimatchTestSupport
import Knowledge
import Profile
import Run
import Testing

/// VCFs with neither `##contig` lines nor `##reference` (TCGA-era files, MAF→VCF conversions), annotated by
/// VEP without `--hgvs` (the change only in `Protein_position`/`Amino_acids`): the build comes from where the
/// annotated codons sit on each build's MANE models; none or both is exit 67 (`buildMismatch`).
@Suite struct AnnotatedBuildTests {
    static let csqHeader =
        "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. "
        + "Format: Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|HGVSp|cDNA_position|"
        + "CDS_position|Protein_position|Amino_acids|Codons\">"

    /// One VEP entry without HGVS, on the gene's MANE Ensembl transcript.
    static func csq(_ gene: String, _ consequence: String, alt: String, protein: Int, aminoAcids: String, codons: String) -> String {
        let transcript = shippedKnowledgeBase.genes[gene]!.maneEnsembl
        return "\(alt)|\(consequence)|MODERATE|\(gene)|ENSG|Transcript|\(transcript)|protein_coding|2/6||||\(protein * 3)|\(protein * 3 - 2)|"
            + "\(protein)|\(aminoAcids)|\(codons)"
    }

    /// KRAS p.G12D and PTPN11 p.D61N where `build` puts them (PTPN11's codon from the knowledge base's MANE model).
    static func records(_ build: GenomeBuild) throws -> [String] {
        let kras = build == .grch38 ? 25_245_350 : 25_398_284
        let d61 = try #require(shippedKnowledgeBase.transcripts[build]?["PTPN11"]?.genomicPosition(ofCoding: 181))
        return [
            [
                "12", "\(kras)", ".", "C", "T", ".", "PASS",
                "CSQ=" + csq("KRAS", "missense_variant", alt: "T", protein: 12, aminoAcids: "G/D", codons: "gGt/gAt"), "GT", "0/1",
            ],
            [
                "12", "\(d61)", ".", "G", "A", ".", "PASS",
                "CSQ=" + csq("PTPN11", "missense_variant", alt: "A", protein: 61, aminoAcids: "D/N", codons: "Gat/Aat"), "GT", "0/1",
            ],
        ].map { $0.joined(separator: "\t") }
    }

    static func vcf(_ records: [String], in folder: TemporaryDirectory) throws -> String {
        try folder.write(
            "tcga.vcf",
            [
                "##fileformat=VCFv4.2", csqHeader, "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
                "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR",
            ] + records)
    }

    static func report(_ path: String) throws(RunError) -> MatchReport {
        try FileRun(knowledgeBase: shippedKnowledgeBase, options: RunOptions()).report(input: path, threads: 1)
    }

    @Test("each build is told by its own codons, said in genome_build_basis and a warning", arguments: GenomeBuild.allCases)
    func eachBuild(build: GenomeBuild) throws {
        let folder = try TemporaryDirectory()
        let report = try Self.report(try Self.vcf(try Self.records(build), in: folder))
        #expect(report.run.genomeBuild == build)
        #expect(report.run.genomeBuildBasis == .annotation)
        let position = build == .grch38 ? 25_245_350 : 25_398_284
        #expect(
            report.run.warnings.first == "no contig lengths and no ##reference line: genome build \(build.rawValue) told by the "
                + "annotation: 2 annotated codons of panel genes sit on the \(build.rawValue) MANE models (e.g. KRAS p.G12D at 12:\(position)), "
                + "none on the other build's; pass --build to be sure")
        let sample = try #require(report.samples.first)
        #expect(sample.alterations.map { "\($0.gene) \($0.alteration)" } == ["KRAS p.G12D", "PTPN11 p.D61N"])
        #expect(sample.suggestedGroup == "D")
    }

    @Test("codons of both builds in one file conflict: exit 67's error, naming both")
    func conflicting() throws {
        let folder = try TemporaryDirectory()
        let path = try Self.vcf([try Self.records(.grch38)[0], try Self.records(.grch37)[1]], in: folder)
        do {
            _ = try Self.report(path)
            Issue.record("a file pointing to both builds was matched")
        } catch {
            #expect(error.kind == .buildMismatch)
            #expect(error.message.contains("and the annotation points to both: 1 annotated codon of panel genes sit on the GRCh37 MANE models"))
            #expect(error.message.contains("1 annotated codon of panel genes sit on the GRCh38 MANE models (e.g. KRAS p.G12D at 12:25245350)"))
        }
    }

    @Test("annotated records that place no panel codon leave the build undecided")
    func noEvidence() throws {
        let folder = try TemporaryDirectory()
        let other = [
            "1", "1000000", ".", "C", "T", ".", "PASS",
            "CSQ=T|missense_variant|MODERATE|SAMD11|ENSG|Transcript|ENST00000342066|protein_coding|2/6||||30|28|10|G/D|gGt/gAt",
            "GT", "0/1",
        ].joined(separator: "\t")
        let path = try Self.vcf([other], in: folder)
        do {
            _ = try Self.report(path)
            Issue.record("a file without evidence was matched")
        } catch {
            #expect(error.kind == .buildMismatch)
            #expect(error.message.hasSuffix("pass --build GRCh37 or --build GRCh38; and no annotated codon of a panel gene tells it either"))
        }
    }
}

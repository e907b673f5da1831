import Foundation
import HemimatchTestSupport
import Testing

/// `--fasta`: substitutions of unannotated input translated with the reference sequence, REF checked.
@Suite struct FastaEndToEndTests {
    /// JAK2 codon 700 (c.2098-2100) on GRCh38 chr9, + strand, read from Reference/transcripts.tsv.
    private static func codon700() throws -> [Int] {
        let rows = try String(contentsOf: Hemimatch.repositoryRoot.appendingPathComponent("Reference/transcripts.tsv"), encoding: .utf8)
            .split(separator: "\n").map { $0.components(separatedBy: "\t") }
        let jak2 = try #require(rows.first { $0[0] == "JAK2" && $0[1] == "GRCh38" })
        let cdsStart = try #require(Int(jak2[7])), cdsEnd = try #require(Int(jak2[8]))
        let exons = zip(jak2[9].split(separator: ",").compactMap { Int($0) }, jak2[10].split(separator: ",").compactMap { Int($0) })
        let coding = exons.flatMap { start, end -> [Int] in
            let low = max(start, cdsStart), high = min(end, cdsEnd)
            return low <= high ? Array(low...high) : []
        }
        return Array(coding[2097...2099])
    }

    /// A FASTA of chr9 up to JAK2's end: all `A`, but codon 700 reads CTG (Leu).
    private func genome(in folder: URL) throws -> String {
        let positions = try Self.codon700()
        var bases = [UInt8](repeating: UInt8(ascii: "A"), count: 5_200_000)
        for (position, base) in zip(positions, "CTG".utf8) { bases[position - 1] = base }
        var text = ">chr9\n"
        for start in stride(from: 0, to: bases.count, by: 60) {
            text += String(decoding: bases[start..<min(start + 60, bases.count)], as: UTF8.self) + "\n"
        }
        let path = folder.appendingPathComponent("genome.fa").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func run(_ records: [(Int, String, String)], fasta: Bool) throws -> (ReportJSON.Sample, Hemimatch.Result) {
        let folder = try Hemimatch.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var vcf = "##fileformat=VCFv4.2\n##contig=<ID=chr9,length=138394717>\n##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
        vcf += "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\n"
        vcf += records.map { "chr9\t\($0.0)\t.\t\($0.1)\t\($0.2)\t.\tPASS\t.\tGT\t0/1\n" }.joined()
        let path = folder.appendingPathComponent("tumor.vcf")
        try vcf.write(to: path, atomically: true, encoding: .utf8)
        let arguments = [path.path, "--format", "json"] + (fasta ? ["--fasta", try genome(in: folder)] : [])
        let result = try Hemimatch.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return (try #require(try ReportJSON.decode(result.stdout).samples.first), result)
    }

    @Test func aMissenseInTheJAK2DomainsIsFoundOnlyWithTheGenome() throws {
        let second = try Self.codon700()[1]
        // c.2099T>C: CTG → CCG, p.L700P.
        let (with, _) = try run([(second, "T", "C")], fasta: true)
        #expect(with.alterations.map { "\($0.gene) \($0.alteration) \($0.rule_id)" } == ["JAK2 p.L700P C-JAK2-DOMAINS"])
        #expect(
            with.flags.map(\.code) == ["arm-not-recruiting", "routes-not-assessable", "screen-incomplete"],
            "with the genome every rule is evaluated; only the fixed note, group A's unknown recruitment and the screen (no fusions or segments) are left"
        )
        let (without, _) = try run([(second, "T", "C")], fasta: false)
        #expect(without.alterations.isEmpty)
        #expect(without.flags.map(\.code) == ["arm-not-recruiting", "routes-not-assessable", "rules-not-evaluated", "screen-incomplete"])
    }

    @Test func anMNVInsideOneCodonIsTranslatedWhole() throws {
        let positions = try Self.codon700()
        // c.2099_2100delinsCA: CTG → CCA, p.L700P, written as one two-base record.
        let (sample, _) = try run([(positions[1], "TG", "CA")], fasta: true)
        #expect(sample.alterations.map { "\($0.gene) \($0.alteration)" } == ["JAK2 p.L700P"])
    }

    @Test func aSynonymousChangeMatchesNothing() throws {
        // c.2098C>T: CTG → TTG, still Leu.
        let (sample, _) = try run([(try Self.codon700()[0], "C", "T")], fasta: true)
        #expect(sample.alterations.isEmpty)
    }

    @Test func aREFThatDisagreesWithTheGenomeIsWarnedAbout() throws {
        let (_, result) = try run([(try Self.codon700()[1], "G", "C")], fasta: true)
        #expect(result.stderr.contains("1 panel records have a REF that disagrees with"), "\(result.stderr)")
    }
}

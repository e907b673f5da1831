import Foundation
import HemimatchTestSupport
import Testing

@testable import Knowledge

/// Every refusal of the knowledge-base loader that `KnowledgeBaseErrorTests`, `PolymorphismTableTests`
/// and `TrialPolicyTests` do not already pin: one broken copy of `Reference/` per row, and the full
/// error it must give (file, line, field, problem), so that a loader that stops checking one of them
/// fails here rather than loading a table that would decide a child's arm.
@Suite struct KnowledgeBaseRefusalTests {
    /// A way to break a copy of `Reference/`, and the error the load must then give.
    struct Refusal: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let breakCopy: @Sendable (ReferenceCopy) throws -> KnowledgeBaseError
    }

    /// Inserts `row` as the last line of `file` (before its final newline) and returns its line number.
    static func append(_ row: String, to file: String, in copy: ReferenceCopy) throws -> Int {
        var number = 0
        try copy.edit(file) { lines in
            let index = lines.last == "" ? lines.count - 1 : lines.count
            lines.insert(row, at: index)
            number = index + 1
        }
        return number
    }

    /// Repeats line `line` of `file` right after it and returns the repeat's line number.
    static func repeatLine(_ line: Int, of file: String, in copy: ReferenceCopy) throws -> Int {
        try copy.edit(file) { lines in lines.insert(lines[line - 1], at: line) }
        return line + 1
    }

    /// Sets field `column` of line `line` of `file` and expects `problem` there (on `field`, when the loader names one).
    static func field(
        _ description: String, _ file: String, line: Int, column: Int, to value: String, field: String?,
        _ problem: String
    ) -> Refusal {
        Refusal(testDescription: description) { copy in
            try copy.setField(file, line: line, column: column, to: value)
            return KnowledgeBaseError(file: copy.path(file), line: line, field: field, problem: problem)
        }
    }

    /// The first line of `file` starting with `prefix`.
    static func line(_ file: String, _ prefix: String, in copy: ReferenceCopy) throws -> Int {
        try copy.lineNumber(in: file) { $0.hasPrefix(prefix) }
    }

    static let rules: [Refusal] = [
        // rules.tsv line 2 is D-KRAS-HOTSPOT: rule_id gene transcript groups role pathway kind target evidence verified source_ids note
        field("a rule id with a space", "rules.tsv", line: 2, column: 0, to: "D KRAS", field: "rule_id", "a rule needs an id without spaces"),
        field(
            "a role the loader does not know", "rules.tsv", line: 2, column: 4, to: "includes", field: "role",
            "must be qualifies, excludes or advisory"),
        field("a rule kind the loader does not know", "rules.tsv", line: 2, column: 6, to: "hotspot", field: "kind", "unknown rule kind 'hotspot'"),
        field(
            "a target that does not fit its kind", "rules.tsv", line: 2, column: 7, to: "from 242", field: "target",
            "'from 242' does not fit rule kind missense_codon"),
        field(
            "an evidence level the loader does not know", "rules.tsv", line: 2, column: 8, to: "strong", field: "evidence",
            "unknown evidence level 'strong'"),
        field("verified neither yes nor no", "rules.tsv", line: 2, column: 9, to: "maybe", field: "verified", "must be yes or no"),
        field("a rule citing no source", "rules.tsv", line: 2, column: 10, to: "", field: "source_ids", "names no source"),
    ]

    static let genesGroupsSources: [Refusal] = [
        // genes.tsv line 2 is ABL1: gene mane_refseq mane_ensembl strand grch37_chrom/start/end grch38_chrom/start/end source
        Refusal(testDescription: "a gene listed twice") { copy in
            KnowledgeBaseError(file: copy.path("genes.tsv"), line: try repeatLine(2, of: "genes.tsv", in: copy), problem: "duplicate gene 'ABL1'")
        },
        field("a strand that is neither + nor -", "genes.tsv", line: 2, column: 3, to: "x", field: nil, "strand must be + or -"),
        field("a GRCh37 span ending before it starts", "genes.tsv", line: 2, column: 5, to: "133763063", field: nil, "ABL1 has no valid GRCh37 span"),
        field("a GRCh38 span without a contig", "genes.tsv", line: 2, column: 7, to: "", field: nil, "ABL1 has no valid GRCh38 span"),
        // groups.tsv lines 2-5 are A-D: group name drugs qualifying_alterations source_ids
        field("a group letter in lower case", "groups.tsv", line: 3, column: 0, to: "b", field: nil, "group must be one capital letter, not 'b'"),
        field("a group defined twice", "groups.tsv", line: 3, column: 0, to: "A", field: nil, "duplicate group 'A'"),
        Refusal(testDescription: "no generic group A") { copy in
            try copy.setField("groups.tsv", line: 2, column: 0, to: "E")
            return KnowledgeBaseError(
                file: copy.path("groups.tsv"), problem: "defines no group A (the arm for samples without a qualifying alteration)")
        },
        // sources.tsv: source_id citation url
        field("a source without a citation", "sources.tsv", line: 2, column: 1, to: "", field: nil, "source needs an id and a citation"),
        field("a source id listed twice", "sources.tsv", line: 3, column: 0, to: "NCT05658640", field: nil, "duplicate source id 'NCT05658640'"),
    ]

    static let transcripts: [Refusal] = {
        // transcripts.tsv: gene build transcript chrom strand tx_start tx_end cds_start cds_end exon_starts exon_ends source
        func kras(_ description: String, column: Int, to value: String, field: String, _ problem: String) -> Refusal {
            Refusal(testDescription: description) { copy in
                let line = try line("transcripts.tsv", "KRAS\tGRCh38\t", in: copy)
                try copy.setField("transcripts.tsv", line: line, column: column, to: value)
                return KnowledgeBaseError(file: copy.path("transcripts.tsv"), line: line, field: field, problem: problem)
            }
        }
        return [
            kras("a transcript of a gene genes.tsv does not list", column: 0, to: "NOTAGENE", field: "gene", "unknown gene 'NOTAGENE'"),
            kras("a transcript on build hg38", column: 1, to: "hg38", field: "build", "must be GRCh37 or GRCh38"),
            kras("a transcript strand that disagrees with genes.tsv", column: 4, to: "+", field: "strand", "disagrees with genes.tsv"),
            kras(
                "exon starts without their ends", column: 10, to: "25209911", field: "exon_starts", "exon starts and ends must pair up, start <= end"),
            kras("no coding range", column: 7, to: "", field: "cds_start", "needs a coding range"),
            kras("a transcript on another chromosome than its gene", column: 3, to: "11", field: "chrom", "disagrees with the gene's GRCh38 span"),
            Refusal(testDescription: "a second GRCh38 model for one gene") { copy in
                let line = try repeatLine(try line("transcripts.tsv", "KRAS\tGRCh38\t", in: copy), of: "transcripts.tsv", in: copy)
                return KnowledgeBaseError(file: copy.path("transcripts.tsv"), line: line, field: "gene", problem: "second GRCh38 model for KRAS")
            },
        ]
    }()

    static let hotspotsBuildsCentromeres: [Refusal] = {
        // hotspot_alleles.tsv: gene protein hgvsc grch37_chrom grch37_pos grch38_chrom grch38_pos ref alt source
        func g12d(_ description: String, column: Int, to value: String, field: String?, _ problem: String) -> Refusal {
            Refusal(testDescription: description) { copy in
                let line = try line("hotspot_alleles.tsv", "KRAS\tp.G12D\t", in: copy)
                try copy.setField("hotspot_alleles.tsv", line: line, column: column, to: value)
                return KnowledgeBaseError(file: copy.path("hotspot_alleles.tsv"), line: line, field: field, problem: problem)
            }
        }
        return [
            g12d("a hotspot allele of a gene genes.tsv does not list", column: 0, to: "NOTAGENE", field: nil, "unknown gene 'NOTAGENE'"),
            g12d("a hotspot allele without its p. change", column: 1, to: "G12D", field: nil, "incomplete hotspot allele"),
            g12d("a hotspot allele without an ALT", column: 8, to: "", field: nil, "incomplete hotspot allele"),
            g12d(
                "a hotspot allele outside its gene's GRCh38 span", column: 6, to: "1000", field: "grch38_pos",
                "12:1000 lies outside KRAS's GRCh38 span"),
            g12d(
                "a hotspot allele on another chromosome in GRCh37", column: 3, to: "11", field: "grch37_pos",
                "11:25398284 lies outside KRAS's GRCh37 span"),
            // genome_builds.tsv: build contig length source
            field(
                "a contig of length 0", "genome_builds.tsv", line: 2, column: 2, to: "0", field: nil,
                "needs a build (GRCh37/GRCh38) and a positive length"),
            Refusal(testDescription: "contig lengths for one build only") { copy in
                try copy.edit("genome_builds.tsv") { lines in lines.removeAll { $0.hasPrefix("GRCh38\t") } }
                return KnowledgeBaseError(file: copy.path("genome_builds.tsv"), problem: "must list contig lengths for GRCh37 and GRCh38")
            },
            // centromeres.tsv: build contig start end source
            field(
                "a centromere ending before it starts", "centromeres.tsv", line: 2, column: 3, to: "121535433", field: nil,
                "needs a build (GRCh37/GRCh38), 0 < start < end and a source"),
            field(
                "a centromere without a source", "centromeres.tsv", line: 2, column: 4, to: "", field: nil,
                "needs a build (GRCh37/GRCh38), 0 < start < end and a source"),
        ]
    }()

    static let polymorphismsAndPolicy: [Refusal] = {
        // polymorphisms.tsv line 2 is IL7R p.T244I: gene protein hgvsc rsid grch37_chrom grch37_pos grch38_chrom grch38_pos ref alt
        // population_af frequency_verified rule_ids source
        func il7r(_ description: String, column: Int, to value: String, field: String, _ problem: String) -> Refusal {
            Self.field(description, "polymorphisms.tsv", line: 2, column: column, to: value, field: field, problem)
        }
        func policyRow(_ description: String, _ row: String, field: String, _ problem: String) -> Refusal {
            Refusal(testDescription: description) { copy in
                KnowledgeBaseError(file: copy.path("policy.tsv"), line: try append(row, to: "policy.tsv", in: copy), field: field, problem: problem)
            }
        }
        return [
            il7r("a polymorphism of a gene genes.tsv does not list", column: 0, to: "NOTAGENE", field: "gene", "unknown gene 'NOTAGENE'"),
            il7r("a polymorphism without its p. change", column: 1, to: "", field: "protein", "incomplete polymorphism entry"),
            il7r("a polymorphism without an rsID", column: 3, to: "6897932", field: "source", "needs an rsID and a source"),
            il7r(
                "a polymorphism rarer than the table's floor", column: 10, to: "0.0009", field: "population_af",
                "must be a frequency from 0.001 to 1: a rarer variant does not belong in the table"),
            il7r(
                "a polymorphism frequency above 1", column: 10, to: "1.5", field: "population_af",
                "must be a frequency from 0.001 to 1: a rarer variant does not belong in the table"),
            il7r("frequency_verified neither yes nor no", column: 11, to: "maybe", field: "frequency_verified", "must be yes or no"),
            il7r("a polymorphism naming no rule", column: 12, to: "", field: "rule_ids", "names no rule"),
            il7r("a polymorphism naming an unknown rule", column: 12, to: "C-IL7R-NOSUCH", field: "rule_ids", "unknown rule 'C-IL7R-NOSUCH'"),
            il7r(
                "a polymorphism outside its gene's GRCh38 span", column: 7, to: "1000", field: "grch38_pos", "5:1000 lies outside IL7R's GRCh38 span"),
            // policy.tsv: cue gene value source_ids note
            policyRow(
                "a not-assessed note naming a gene", "not-assessed-note\tKRAS\tanother note\tNCT05751044\t", field: "gene",
                "the not-assessed note names no gene"),
            policyRow(
                "an undermined drug without its drug", "undermined-drug\tBCL2\t\tBLOMBERY2019\t", field: "value", "undermined-drug needs a value"),
            policyRow(
                "a constitutional syndrome listed twice for a gene", "constitutional-syndrome\tCBL\tCBL syndrome\tNIEMEYER2019\t",
                field: "gene", "CBL has this constitutional-syndrome already"),
            policyRow(
                "an undermined drug listed twice", "undermined-drug\tABL1\tdasatinib\tBRANFORD2009\t", field: "gene",
                "ABL1 has this undermined-drug already"),
        ]
    }()

    static let all = rules + genesGroupsSources + transcripts + hotspotsBuildsCentromeres + polymorphismsAndPolicy

    @Test(arguments: all)
    func aBrokenTableIsRefusedNamingFileLineAndField(_ refusal: Refusal) throws {
        let copy = try ReferenceCopy()
        let expected = try refusal.breakCopy(copy)
        #expect(copy.loadError() == expected)
    }

    @Test func aPanelGeneWithoutAGeneSpanRowIsRefusedByTheSpanCheck() throws {
        let copy = try ReferenceCopy()
        try ChildProcess.editBgzipped(copy.path("gene_spans.tsv.gz")) { lines in lines.removeAll { $0.hasPrefix("ABL1\t") } }
        let knowledgeBase = try KnowledgeBase(directory: copy.folder.path)
        #expect(
            throws: KnowledgeBaseError(
                file: copy.path("gene_spans.tsv.gz"),
                problem: "has no GRCh37 span for panel gene ABL1 (genes.tsv places it at 9:133589333-133763062)")
        ) {
            try knowledgeBase.validateGeneSpans()
        }
    }

    @Test func geneSpansCutShortOrNotBgzippedAreRefusedWhenFirstRead() throws {
        // Cut after a whole block, the stream reads as a valid file without the genes after the cut.
        let cut = try ReferenceCopy()
        let cutPath = cut.path("gene_spans.tsv.gz")
        try Data(try Data(contentsOf: URL(fileURLWithPath: cutPath)).dropLast(28)).write(to: URL(fileURLWithPath: cutPath))
        let plain = try ReferenceCopy()
        let plainPath = plain.path("gene_spans.tsv.gz")
        try ChildProcess.shell("bgzip -dc '\(plainPath)' > '\(plainPath).txt' && mv '\(plainPath).txt' '\(plainPath)'")
        for (copy, problem) in [
            (cut, "truncated: the BGZF end-of-file marker is missing"), (plain, "is not bgzip-compressed (write it with bgzip)"),
        ] {
            // Read lazily: the load succeeds, the first run that names partners stops.
            let knowledgeBase = try KnowledgeBase(directory: copy.folder.path)
            #expect(throws: KnowledgeBaseError(file: copy.path("gene_spans.tsv.gz"), problem: problem)) {
                try knowledgeBase.geneLocator(build: .grch38)
            }
        }
    }
}

import Foundation
import HemimatchTestSupport
import Knowledge
import Profile
import Run
import Testing

/// Every row of a fusion or copy-number table reaches exactly the sample it names, or the run stops
/// (issue 25): multi-patient segment tables (DNAcopy, GDC, ASCAT), a JAFFA table naming the FASTQ,
/// tables without a sample column, and `--table-sample`. Tables in each tool's documented layout.
@Suite struct TableAttributionTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
    }

    /// A GRCh38 VCF (contig lengths) with these samples and one record outside the panel.
    func vcf(_ samples: [String], meta: [String] = []) throws -> String {
        try folder.write(
            "calls.vcf",
            [
                "##fileformat=VCFv4.2", "##contig=<ID=chr9,length=138394717>", "##contig=<ID=chr12,length=133275309>",
                "##contig=<ID=chr17,length=83257441>", "##contig=<ID=chr22,length=50818468>",
            ] + meta + [
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
                (["#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO", "FORMAT"] + samples).joined(separator: "\t"),
                (["chr22", "30000000", ".", "A", "C", ".", "PASS", ".", "GT"] + samples.map { _ in "0/1" }).joined(separator: "\t"),
            ])
    }

    func report(_ input: String, _ configure: (inout RunOptions) -> Void) throws(RunError) -> MatchReport {
        var options = RunOptions()
        configure(&options)
        return try FileRun(knowledgeBase: shippedKnowledgeBase, options: options).report(input: input, threads: 1)
    }

    func usageError(_ input: String, _ configure: (inout RunOptions) -> Void) -> String? {
        do {
            _ = try report(input, configure)
            return nil
        } catch {
            return error.kind == .usage ? error.message : "\(error.kind): \(error.message)"
        }
    }

    /// Each sample's alterations as `gene alteration rule`, and its suggested group.
    func outcome(_ report: MatchReport) -> [String: (alterations: [String], group: String)] {
        Dictionary(
            uniqueKeysWithValues: report.samples.map { profile in
                (profile.sample, (profile.alterations.map { "\($0.gene) \($0.alteration) \($0.ruleID)" }, profile.suggestedGroup))
            })
    }

    /// NF1's GRCh38 span (17:31094927-31382116), lost focally.
    static let nf1 = (contig: "chr17", start: "31094900", end: "31382200")

    @Test("DNAcopy with two patients: only the patient whose segment it is gets the focal NF1 loss")
    func dnacopyTwoPatients() throws {
        let table = try folder.write(
            "cohort.seg",
            [
                tsv("ID", "chrom", "loc.start", "loc.end", "num.mark", "seg.mean"),
                tsv("T1", Self.nf1.contig, Self.nf1.start, Self.nf1.end, "120", "-1.25"),
                tsv("T2", Self.nf1.contig, Self.nf1.start, Self.nf1.end, "118", "0.01"),
            ])
        let result = try report(try vcf(["T1", "T2"])) { $0.copyNumberFiles = [table] }
        let byName = outcome(result)
        #expect(byName["T1"]?.alterations == ["NF1 deletion (homozygous) D-NF1-DELETION"])
        #expect(byName["T1"]?.group == "D")
        #expect(byName["T2"]?.alterations == [])
        // T2's copy number was assessed (the table names it) but no fusion table or structural record speaks for it.
        #expect(byName["T2"]?.group == "incomplete")
        #expect(result.run.inputs.map(\.format) == ["vcf", "dnacopy"])
    }

    @Test("GDC .seg naming one aliquot, one profiled sample of another name: attached to it, and the pairing said")
    func gdcSegOneToOne() throws {
        let table = try folder.write(
            "gdc.seg.txt",
            [
                tsv("GDC_Aliquot", "Chromosome", "Start", "End", "Num_Probes", "Segment_Mean"),
                tsv("TCGA-AB-2802-03A", "17", Self.nf1.start, Self.nf1.end, "64", "-1.02"),
                tsv("TCGA-AB-2802-03A", "17", "31382201", "83000000", "4000", "0.003"),
            ])
        let result = try report(try vcf(["PATIENT_7"])) { $0.copyNumberFiles = [table] }
        #expect(outcome(result)["PATIENT_7"]?.alterations == ["NF1 deletion (single-copy) D-NF1-DELETION"])
        #expect(
            result.run.warnings.contains(
                "gdc.seg.txt: its rows name sample TCGA-AB-2802-03A, which \(try vcf(["PATIENT_7"])) "
                    + "does not have; they were given to PATIENT_7, the one sample profiled (--table-sample TCGA-AB-2802-03A=SAMPLE says it outright)"
            ),
            "\(result.run.warnings)")
        #expect(result.run.inputs.map(\.format) == ["vcf", "seg"])
    }

    @Test("a table naming samples the input lacks, with several profiled: exit 64 naming the table, its names and the input's samples")
    func unknownNamesRefused() throws {
        let table = try folder.write(
            "gdc.seg.txt",
            [
                tsv("Sample", "Chromosome", "Start", "End", "Num_Probes", "Segment_Mean"),
                tsv("TCGA-AB-2802-03A", "17", Self.nf1.start, Self.nf1.end, "64", "-1.02"),
                tsv("T2", "17", Self.nf1.start, Self.nf1.end, "64", "0.0"),
            ])
        let input = try vcf(["T1", "T2"])
        #expect(
            usageError(input) { $0.copyNumberFiles = [table] }
                == "\(table): rows name sample TCGA-AB-2802-03A that \(input) does not have (the table names TCGA-AB-2802-03A, T2; "
                + "the input has T1, T2): map each with --table-sample NAME=SAMPLE")
        let mapped = try report(input) {
            $0.copyNumberFiles = [table]
            $0.tableSamples = ["TCGA-AB-2802-03A": "T1"]
        }
        #expect(outcome(mapped)["T1"]?.alterations == ["NF1 deletion (single-copy) D-NF1-DELETION"])
        #expect(outcome(mapped)["T2"]?.alterations == [])
    }

    @Test("JAFFA names the FASTQ: mapped with --table-sample, BCR::ABL1 reaches that sample only")
    func jaffaMapped() throws {
        let header =
            "\"sample\",\"fusion genes\",\"chrom1\",\"base1\",\"strand1\",\"chrom2\",\"base2\",\"strand2\",\"gap (kb)\","
            + "\"spanning pairs\",\"spanning reads\",\"inframe\",\"aligns\",\"rearrangement\",\"contig\",\"contig break\",\"classification\",\"known\""
        let table = try folder.write(
            "jaffa_results.csv",
            [
                header,
                "\"ALL07_R1\",\"BCR:ABL1\",\"chr22\",23290413,\"+\",\"chr9\",130854064,\"+\",Inf,\"12\",30,TRUE,TRUE,TRUE,\"ALL07_R1-contig_1\",401,\"HighConfidence\",\"Yes\"",
            ])
        let input = try vcf(["T1", "T2"])
        #expect(
            usageError(input) { $0.fusionTables = [table] }
                == "\(table): rows name sample ALL07_R1 that \(input) does not have (the table names ALL07_R1; the input has T1, T2): "
                + "map each with --table-sample NAME=SAMPLE")
        let result = try report(input) {
            $0.fusionTables = [table]
            $0.tableSamples = ["ALL07_R1": "T2"]
        }
        #expect(outcome(result)["T2"]?.alterations == ["ABL1 BCR::ABL1 B-BCR-ABL1"])
        #expect(outcome(result)["T2"]?.group == "B")
        #expect(outcome(result)["T1"]?.alterations == [])
        // The table is T2's alone: T1's rearrangements were never looked at, so T1 is not a finished A.
        #expect(outcome(result)["T1"]?.group == "incomplete")
    }

    @Test("a table without a sample column: the one profiled sample's; with two, -s or --table-sample FILE=SAMPLE says whose")
    func sampleLessTable() throws {
        let table = try folder.write(
            "tumor.cns",
            [
                tsv("chromosome", "start", "end", "gene", "log2", "depth", "probes", "weight"),
                tsv(Self.nf1.contig, "31094899", Self.nf1.end, "NF1", "-1.3", "80.2", "40", "30.1"),
            ])
        let pair = try vcf(["T1", "T2"])
        #expect(
            usageError(pair) { $0.copyNumberFiles = [table] }
                == "\(table): the table names no sample, and \(pair) profiles 2 samples (T1, T2): say whose it is with -s SAMPLE or --table-sample tumor.cns=SAMPLE"
        )
        let selected = try report(pair) {
            $0.copyNumberFiles = [table]
            $0.samples = ["T2"]
        }
        #expect(selected.samples.map(\.sample) == ["T2"])
        #expect(outcome(selected)["T2"]?.alterations == ["NF1 deletion (homozygous) D-NF1-DELETION"])
        let mapped = try report(pair) {
            $0.copyNumberFiles = [table]
            $0.tableSamples = ["tumor.cns": "T1"]
        }
        #expect(outcome(mapped)["T1"]?.alterations == ["NF1 deletion (homozygous) D-NF1-DELETION"])
        #expect(outcome(mapped)["T2"]?.alterations == [])
        let single = try report(try vcf(["T1"])) { $0.copyNumberFiles = [table] }
        #expect(outcome(single)["T1"]?.alterations == ["NF1 deletion (homozygous) D-NF1-DELETION"])
    }

    @Test("a tumor/normal pair with a sample-less table: the tumor's, never the normal's")
    func sampleLessTableGoesToTheTumor() throws {
        let table = try folder.write(
            "tumor.cns",
            [
                tsv("chromosome", "start", "end", "gene", "log2", "depth", "probes", "weight"),
                tsv(Self.nf1.contig, "31094899", Self.nf1.end, "NF1", "-1.3", "80.2", "40", "30.1"),
            ])
        let result = try report(try vcf(["TUMOR", "NORMAL"], meta: ["##normal_sample=NORMAL"])) { $0.copyNumberFiles = [table] }
        #expect(result.samples.map(\.sample) == ["TUMOR"])
        #expect(outcome(result)["TUMOR"]?.alterations == ["NF1 deletion (homozygous) D-NF1-DELETION"])
    }

    @Test("ASCAT with the tumor's and the normal's segments: each row to its own sample, the normal's never profiled")
    func ascatPair() throws {
        let table = try folder.write(
            "pair.segments.txt",
            [
                tsv("sample", "chr", "startpos", "endpos", "nMajor", "nMinor"),
                tsv("NORMAL", "17", Self.nf1.start, Self.nf1.end, "1", "1"),
                tsv("TUMOR", "17", Self.nf1.start, Self.nf1.end, "0", "0"),
            ])
        let result = try report(try vcf(["TUMOR", "NORMAL"], meta: ["##normal_sample=NORMAL"])) { $0.copyNumberFiles = [table] }
        #expect(outcome(result)["TUMOR"]?.alterations == ["NF1 deletion (homozygous) D-NF1-DELETION"])
        #expect(result.samples.map(\.sample) == ["TUMOR"])
    }

    @Test("--table-sample onto a sample the input lacks, or for a name no table uses, is a usage error")
    func badMappings() throws {
        let table = try folder.write(
            "cohort.seg",
            [
                tsv("ID", "chrom", "loc.start", "loc.end", "num.mark", "seg.mean"),
                tsv("T1", Self.nf1.contig, Self.nf1.start, Self.nf1.end, "120", "-1.25"),
            ])
        let input = try vcf(["T1", "T2"])
        #expect(
            usageError(input) {
                $0.copyNumberFiles = [table]
                $0.tableSamples = ["T1": "T9"]
            } == "--table-sample T1=T9: \(input) has no sample T9 (has T1, T2)")
        #expect(
            usageError(input) {
                $0.copyNumberFiles = [table]
                $0.tableSamples = ["T7": "T2"]
            } == "--table-sample T7=T2: no table names T7 (they name T1)")
    }
}

private func tsv(_ cells: String...) -> String { cells.joined(separator: "\t") }

import CallerEvidence
import HemimatchTestSupport
import Testing

/// The callers' purity/ploidy summaries given with `--cnv`: recognised by their documented columns, one
/// ploidy per sample, a missing or zero ploidy said.
@Suite struct PloidySummaryTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
    }

    @Test("PURPLE .purple.purity.tsv: the ploidy column of its one row, no sample named")
    func purple() throws {
        let path = try folder.write(
            "TUMOR.purple.purity.tsv",
            [
                tsv("purity", "normFactor", "score", "diploidProportion", "ploidy", "gender", "status", "wholeGenomeDuplication"),
                tsv("0.81", "0.97", "0.41", "0.02", "4.4", "FEMALE", "NORMAL", "true"),
            ])
        let table = try CopyNumberReader.read(path: path)
        #expect(table.format == .purplePurity)
        #expect(table.segments.isEmpty && table.warnings.isEmpty && table.samples.isEmpty)
        #expect(
            table.ploidies == [SamplePloidy(ploidy: 4.4, sample: nil, evidence: .summary(.purplePurity, file: "TUMOR.purple.purity.tsv", line: 2))])
    }

    @Test("ASCAT .purityploidy.txt (nf-core/sarek): Ploidy; the 0 it writes when no solution is found is no ploidy")
    func ascat() throws {
        let solved = try folder.write("solved.purityploidy.txt", [tsv("AberrantCellFraction", "Ploidy"), tsv("0.92", "5.1")])
        let table = try CopyNumberReader.read(path: solved)
        #expect(table.format == .ascatPurityPloidy)
        #expect(
            table.ploidies == [
                SamplePloidy(ploidy: 5.1, sample: nil, evidence: .summary(.ascatPurityPloidy, file: "solved.purityploidy.txt", line: 2))
            ])
        let unsolved = try folder.write("unsolved.purityploidy.txt", [tsv("AberrantCellFraction", "Ploidy"), tsv("0", "0")])
        let none = try CopyNumberReader.read(path: unsolved)
        #expect(none.ploidies.isEmpty)
        #expect(
            none.warnings == ["\(unsolved) line 2: ASCAT purity/ploidy gives no ploidy ('0'): an amplification is judged by --cnv-gain-copies alone"])
    }

    @Test("FACETS run summary (facets-suite): each sample's first row; a two-pass run's second ploidy is warned about")
    func facets() throws {
        let path = try folder.write(
            "P1.txt",
            [
                tsv("sample", "purity", "ploidy", "diplogr", "facets_version", "cval"),
                tsv("T1", "0.6", "4.4", "-0.4", "0.5.14", "100"),
                tsv("T1", "0.6", "4.3", "-0.4", "0.5.14", "50"),
                tsv("T2", "0.7", "2.1", "0.02", "0.5.14", "100"),
            ])
        let table = try CopyNumberReader.read(path: path)
        #expect(table.format == .facetsRun)
        #expect(table.samples == ["T1", "T2"])
        #expect(
            table.ploidies == [
                SamplePloidy(ploidy: 4.4, sample: "T1", evidence: .summary(.facetsRun, file: "P1.txt", line: 2)),
                SamplePloidy(ploidy: 2.1, sample: "T2", evidence: .summary(.facetsRun, file: "P1.txt", line: 4)),
            ])
        #expect(table.warnings == ["\(path) line 3: FACETS run summary gives ploidy 4.3 for T1, but P1.txt line 2 gave 4.4: the first row's is used"])
    }

    @Test("a ploidy that is not a number stops the read, naming file, line and column")
    func malformed() throws {
        let path = try folder.write("bad.purity.tsv", [tsv("purity", "normFactor", "ploidy"), tsv("0.8", "1.0", "four")])
        #expect(copyNumberError(path)?.description == "\(path) line 2: column ploidy 'four' is not a number")
    }
}

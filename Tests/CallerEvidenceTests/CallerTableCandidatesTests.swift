import CallerEvidence
import HemimatchTestSupport
import Testing

/// The caller tables hand on the candidates the matcher uses: fusions as `FusionCandidate`s, segments as
/// copy-number events decided once by the thresholds.
struct CallerTableCandidatesTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
    }

    @Test func aFusionListGivesCandidatesNamedByTheirTable() throws {
        let path = try folder.write("fusions.txt", ["BCR::ABL1", "P2RY8--CRLF2"])
        let table = try FusionTableReader.candidates(path: path)
        #expect(table.format == .plainList)
        #expect(table.candidates.map { "\($0.first.gene)::\($0.second.gene)" } == ["BCR::ABL1", "P2RY8::CRLF2"])
        #expect(table.candidates.allSatisfy { $0.fromCallerTable && $0.support.isEmpty })
        #expect(table.candidates.map(\.evidence) == [.tableRow(file: "fusions.txt", line: 1), .tableRow(file: "fusions.txt", line: 2)])
    }

    @Test func onlyLossesAndGainsBecomeEventsTheCopyNumberFirst() throws {
        let path = try folder.write(
            "tumor.call.cns",
            [
                tsv("chromosome", "start", "end", "gene", "log2", "cn", "depth", "probes", "weight"),
                tsv("chr9", "130713945", "130887675", "ABL1", "1.58", "6", "412.3", "38", "35.1"),
                tsv("chr12", "0", "25000000", "-", "-0.1", "2", "120.0", "900", "800.2"),
                tsv("chr7", "50304067", "50405101", "IKZF1", "0.1", "1", "80.0", "40", "30.0"),
            ])
        let events = try CopyNumberReader.read(path: path).events(thresholds: CopyNumberThresholds())
        #expect(
            events.map { "\($0.contig):\($0.start)-\($0.end) \($0.direction)" }
                == ["chr9:130713946-130887675 gain", "chr7:50304068-50405101 loss"])
    }
}

import CallerEvidence
import Foundation
import HemimatchTestSupport
import Testing

/// Real public files in `../shared/testdata`, read in place.
enum SharedTestData {
    static var isPresent: Bool { Repository.hasSharedTestData }
    static let missing: Comment = "../shared/testdata is absent: real-data tests skipped"

    static func path(_ relative: String) -> String { Repository.shared(relative) }
}

/// Tab-joins cells into one table line.
func tsv(_ cells: String...) -> String { cells.joined(separator: "\t") }

/// The error reading `path` throws, or nil (and a recorded issue) when it reads.
func fusionError(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) -> CallerTableError? {
    do {
        let result = try FusionTableReader.read(path: path)
        Issue.record("read \(result.calls.count) \(result.format.rawValue) calls", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// The error reading `path` throws, or nil (and a recorded issue) when it reads.
func copyNumberError(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) -> CallerTableError? {
    do {
        let table = try CopyNumberReader.read(path: path)
        Issue.record("read \(table.segments.count) segments", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// The refusal of a table no format fits (its full text is pinned by `CallerTableLayoutTests.unknownTable`).
func noFormatFits(line: Int, cell: String) -> String {
    "is no fusion table hemimatch reads. Formats tried: Arriba (gene1, gene2, strand1(gene/fusion) first); "
        + "ctat-LR-fusion (FusionName and num_LR); FusionInspector (FusionName and NumCounterFusionLeft or FAR_left); "
        + "STAR-Fusion (FusionName, first or after one sample column); FusionCatcher (Gene_1_symbol(5end_fusion_partner) first); "
        + "JAFFA/JAFFAL (fusion genes and classification, comma- or tab-separated); CICERO (geneA, geneB and rating); "
        + "a plain list (GENE1::GENE2 or GENE1--GENE2 in the first column, a single '-' belonging to gene names), "
        + "but line \(line) starts with '\(cell)'"
}

import CallerEvidence
import Foundation
import Profile

/// The fusion tables and copy-number files given beside the VCF, read before any record is.
struct CallerTables {
    /// One file read: its role and format, for the run metadata, and its rows as candidates.
    struct File {
        let path: String
        let role: InputFile.Role
        let format: String
        var fusions: [FusionCandidate] = []
        var copyNumberEvents: [CopyNumberEvent] = []
        /// A purity/ploidy summary's tumor ploidies (role `ploidy`).
        var ploidies: [SamplePloidy] = []
        /// The samples its rows name, in order of first row; nil for a table without a sample column.
        let samples: [String]?
    }

    var files: [File] = []
    /// Rows read past with a reason (a CNVkit segment without probes), for the run's warnings.
    var warnings: [String] = []

    var isEmpty: Bool { files.allSatisfy { $0.fusions.isEmpty && $0.copyNumberEvents.isEmpty } }

    static func load(fusionTables: [String], copyNumberFiles: [String], thresholds: CopyNumberThresholds) throws(RunError) -> CallerTables {
        var tables = CallerTables()
        for path in fusionTables {
            try requireReadable(path)
            do {
                let table = try FusionTableReader.candidates(path: path)
                let named = table.candidates.compactMap(\.tableSample)
                tables.files.append(File(path: path, role: .fusions, format: table.format.rawValue, fusions: table.candidates,
                                         samples: named.isEmpty && !table.candidates.isEmpty ? nil : distinct(named)))
            } catch {
                throw RunError(.invalidInput, error.description)
            }
        }
        for path in copyNumberFiles {
            try requireReadable(path)
            do {
                let table = try CopyNumberReader.read(path: path)
                let samples = table.samples
                let rows = table.segments.count + table.ploidies.count
                // A purity/ploidy summary speaks for no copy-number screen: its role is `ploidy`.
                tables.files.append(File(path: path, role: table.format.isPloidySummary ? .ploidy : .copyNumber,
                                         format: table.format.rawValue, copyNumberEvents: table.events(thresholds: thresholds),
                                         ploidies: table.ploidies, samples: samples.isEmpty && rows > 0 ? nil : samples))
                tables.warnings += table.warnings
            } catch {
                throw RunError(.invalidInput, error.description)
            }
        }
        return tables
    }

    private static func distinct(_ names: [String]) -> [String] {
        names.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    private static func requireReadable(_ path: String) throws(RunError) {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw RunError(.unreadableInput, "\(path): no such readable file")
        }
    }
}

import Assessment
import CallerEvidence
import Foundation

/// The fusion tables and copy-number files given beside the VCF, read before any record is.
struct CallerTables {
    /// A file read, with its role and format, for the run metadata.
    struct File {
        let path: String
        let role: String
        let format: String
        /// The samples its rows name; empty when the rows name none (the table is every sample's).
        var samples: Set<String> = []
    }

    var fusions: [FusionCandidate] = []
    var copyNumberEvents: [CopyNumberEvent] = []
    var files: [File] = []
    /// Rows read past with a reason (a CNVkit segment without probes), for the run's warnings.
    var warnings: [String] = []

    var isEmpty: Bool { fusions.isEmpty && copyNumberEvents.isEmpty }

    /// The tables of `role` as the screen sees them.
    func screened(_ role: String) -> [Screening.Table] {
        files.filter { $0.role == role }.map { Screening.Table(path: $0.path, samples: $0.samples) }
    }

    static func load(fusionTables: [String], copyNumberFiles: [String], thresholds: CopyNumberThresholds) throws(RunError) -> CallerTables {
        var tables = CallerTables()
        for path in fusionTables {
            try requireReadable(path)
            do {
                let table = try FusionTableReader.candidates(path: path)
                tables.fusions += table.candidates
                tables.files.append(File(path: path, role: "fusions", format: table.format.rawValue,
                                         samples: Set(table.candidates.compactMap(\.tableSample))))
            } catch {
                throw RunError(.invalidInput, error.description)
            }
        }
        for path in copyNumberFiles {
            try requireReadable(path)
            do {
                let table = try CopyNumberReader.read(path: path)
                tables.copyNumberEvents += table.events(thresholds: thresholds)
                tables.files.append(File(path: path, role: "copy-number", format: table.format.rawValue))
                tables.warnings += table.warnings
            } catch {
                throw RunError(.invalidInput, error.description)
            }
        }
        return tables
    }

    private static func requireReadable(_ path: String) throws(RunError) {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw RunError(.unreadableInput, "\(path): no such readable file")
        }
    }
}
